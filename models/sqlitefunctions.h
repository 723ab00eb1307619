#pragma once

class QSqlDatabase;

// SQL functions the app's own SQL relies on, registered on each SQLite connection it opens
// (DatabaseConnection::open does it). PostgreSQL needs none: its inet type does the work.
class SqliteFunctions
{
public:
    // afadmin_in_subnet(text, range): 1 when text is an IP address inside range (the text of
    // IpAddressText::Subnet), else 0, NULL and malformed text included; see IpAddressText.
    static constexpr const char *inSubnet = "afadmin_in_subnet";

    // false when db is not an open SQLite connection or the registration failed.
    static bool install(const QSqlDatabase &db);
};
