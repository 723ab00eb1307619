#pragma once
#include <QString>
#include <array>
#include <optional>

// What ColumnFilter::Op::InSubnet means, written apart from IpAddressText for the tests: its
// own reading of which texts are addresses (RFC 3986's grammar, checked piece by piece rather
// than by one pattern), QHostAddress only to turn an address already judged valid into bytes,
// and the prefix compared bit by bit.
class SubnetReference
{
public:
    using Bytes = std::array<unsigned char, 16>;
    struct Address
    {
        bool ipv4 = false;
        Bytes bytes{};  // IPv4 in the first four
    };
    static std::optional<Address> address(const QString &text);
    // filter: what the user typed (an address, optionally "/prefix"), spaces around allowed.
    static bool matches(const QString &stored, const QString &filter);
};
