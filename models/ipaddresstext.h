#pragma once
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <optional>

// IP addresses as audit_logs.ip_address stores them (free text: whatever the platform's proxy
// reported), and the address or CIDR range a user types to filter them. Parsing is
// QHostAddress's; the strict pattern below only decides which texts count as an address at
// all, so that SQLite (which asks QHostAddress) and PostgreSQL (which casts to inet) agree on
// every row. Both parsers accept more than the pattern on their own, and not the same more:
// QHostAddress reads "127.1" as 127.0.0.1, "010.0.0.1" as octal 8.0.0.1 and trims spaces,
// inet refuses all three; the pattern refuses them on both sides.
//
// What counts as an address (both backends, for rows and for filter text alike):
//  - IPv4 in dotted decimal, four parts 0-255, no leading zeros, no spaces;
//  - IPv6 in any RFC 4291 text form (compressed, with an IPv4 tail, any letter case);
//  - IPv6 zone ids ("fe80::1%eth0") are allowed and ignored: a zone names an interface on the
//    machine that logged the address, not a different address;
//  - IPv4-mapped IPv6 addresses (::ffff:a.b.c.d, as dual-stack servers log IPv4 clients) are
//    the IPv4 address they map: ::ffff:10.0.0.1 is in 10.0.0.0/8, and a filter typed as
//    ::ffff:10.0.0.0/104 means 10.0.0.0/8. A mapped range shorter than /96 stays IPv6.
// An IPv4 range never contains an IPv6 address and the other way round; anything else (NULL,
// '', 'unknown', '999.1.1.1', '::::', '10.0.0.1/24' in a row) contains nothing and is in no range.
class IpAddressText
{
    Q_DECLARE_TR_FUNCTIONS(IpAddressText)
public:
    struct Subnet
    {
        QHostAddress network;   // host bits cleared; never IPv4-mapped, never with a zone
        int prefixLength = -1;  // 0-32 for IPv4, 0-128 for IPv6
        bool isIpv4() const { return network.protocol() == QAbstractSocket::IPv4Protocol; }
        QString text() const;   // "10.0.0.0/8", "2001:db8::/32": what PostgreSQL casts
    };

    // The anchored pattern an address text must match whole (the zone id included; PCRE lets
    // $ match before a final newline, so check the match length there), in the
    // regular-expression dialect PCRE and PostgreSQL's ARE share.
    static QString pattern();
    // A stored value as an address: nullopt when it is not one (see above).
    static std::optional<QHostAddress> address(const QString &text);
    // What the user typed (spaces around it ignored): one address (a /32 or /128 range), or an
    // address, '/' and a prefix length. nullopt when unreadable, with the reason in *problem.
    static std::optional<Subnet> subnet(const QString &text, QString *problem = nullptr);
    static bool contains(const Subnet &subnet, const QHostAddress &address);
    static QString example();  // "10.0.0.0/8 or 2001:db8::/32", for placeholders and messages
};
