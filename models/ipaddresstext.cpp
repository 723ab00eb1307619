#include "ipaddresstext.h"
#include <QRegularExpression>

namespace {

// RFC 3986's IPv6address and dec-octet grammar, written out as a regular expression.
QString buildPattern()
{
    const QString h16 = QStringLiteral("[0-9A-Fa-f]{1,4}");
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    const QString v4 = QStringLiteral("%1(?:\\.%1){3}").arg(octet);
    const QString ls32 = QStringLiteral("(?:%1:%1|%2)").arg(h16, v4);
    // Groups before "::" (at most n of them) and the fixed tail after it.
    auto compressed = [&](int before, const QString &tail) {
        const QString head = before == 0 ? QString() : before == 1 ? QStringLiteral("(?:%1)?").arg(h16)
                                                   : QStringLiteral("(?:(?:%1:){0,%2}%1)?").arg(h16).arg(before - 1);
        return head + QStringLiteral("::") + tail;
    };
    auto groups = [&](int n) { return QStringLiteral("(?:%1:){%2}").arg(h16).arg(n); };
    const QStringList v6 = {
        groups(6) + ls32,
        compressed(0, groups(5) + ls32),
        compressed(1, groups(4) + ls32),
        compressed(2, groups(3) + ls32),
        compressed(3, groups(2) + ls32),
        compressed(4, h16 + QStringLiteral(":") + ls32),
        compressed(5, ls32),
        compressed(6, h16),
        compressed(7, QString()),
    };
    return QStringLiteral("^(?:%1|(?:%2)(?:%[0-9A-Za-z._~-]+)?)$").arg(v4, v6.join(QLatin1Char('|')));
}

const QRegularExpression &addressExpression()
{
    static const QRegularExpression expression(IpAddressText::pattern());
    return expression;
}

QHostAddress unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | quint32(bytes[15]));
}

QString withoutZone(const QString &text)
{
    const qsizetype percent = text.indexOf(QLatin1Char('%'));
    return percent < 0 ? text : text.left(percent);
}

} // namespace

QString IpAddressText::pattern()
{
    static const QString built = buildPattern();
    return built;
}

QString IpAddressText::example()
{
    return QStringLiteral("10.0.0.0/8, 192.0.2.7, 2001:db8::/32");
}

QString IpAddressText::Subnet::text() const
{
    return QStringLiteral("%1/%2").arg(network.toString()).arg(prefixLength);
}

std::optional<QHostAddress> IpAddressText::address(const QString &text)
{
    // PCRE's $ also matches before a final newline, PostgreSQL's does not: "192.0.2.1\n" is
    // no address on either side only if the match must cover the whole text.
    const QRegularExpressionMatch match = addressExpression().match(text);
    if (!match.hasMatch() || match.capturedLength() != text.size())
        return std::nullopt;
    const QHostAddress address(withoutZone(text));
    if (address.isNull())
        return std::nullopt;
    return unmapped(address);
}

std::optional<IpAddressText::Subnet> IpAddressText::subnet(const QString &typed, QString *problem)
{
    const QString text = typed.trimmed();
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    const std::optional<QHostAddress> address = IpAddressText::address(addressText);
    auto fail = [problem](const QString &message) -> std::optional<Subnet> {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(tr("Type an address or a range, such as %1.").arg(example()));
    if (!address)
        return fail(tr("\u201C%1\u201D is not an IP address; try %2.").arg(addressText, example()));
    // The prefix length as PostgreSQL reads it: decimal digits only (QHostAddress would also
    // take a dotted netmask).
    const QString typedAddress = withoutZone(addressText);
    const bool ipv4Typed = QHostAddress(typedAddress).protocol() == QAbstractSocket::IPv4Protocol;
    const int maxLength = ipv4Typed ? 32 : 128;
    int length = maxLength;
    if (slash >= 0) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
        const QString lengthText = text.mid(slash + 1);
        bool ok = digits.match(lengthText).hasMatch();
        length = ok ? lengthText.toInt(&ok) : -1;
        if (!ok || length > maxLength)
            return fail(tr("\u201C/%1\u201D is not a prefix length: use /0 to /%2.").arg(lengthText).arg(maxLength));
    }
    QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(QStringLiteral("%1/%2").arg(typedAddress).arg(length));
    if (parsed.second < 0)
        return fail(tr("\u201C%1\u201D is not an IP address or range; try %2.").arg(text, example()));
    // A range inside ::ffff:0:0/96 is the IPv4 range it maps.
    const QHostAddress mapped = unmapped(parsed.first);
    if (mapped.protocol() == QAbstractSocket::IPv4Protocol && !ipv4Typed && parsed.second >= 96)
        parsed = QHostAddress::parseSubnet(QStringLiteral("%1/%2").arg(mapped.toString()).arg(parsed.second - 96));
    if (parsed.second < 0)
        return fail(tr("\u201C%1\u201D is not an IP address or range; try %2.").arg(text, example()));
    return Subnet{parsed.first, parsed.second};
}

bool IpAddressText::contains(const Subnet &subnet, const QHostAddress &address)
{
    return subnet.prefixLength >= 0 && address.isInSubnet(subnet.network, subnet.prefixLength);
}
