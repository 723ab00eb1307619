#pragma once
#include <QString>

// The operator machine's address for audit rows: its first non-loopback IPv4 address that is up,
// else the first such IPv6 address, else the loopback address.
class LocalAddress
{
public:
    static QString primary();
};
