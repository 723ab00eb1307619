#include "subnetreference.h"
#include <QHostAddress>
#include <QStringList>

namespace {

bool isDecimalOctet(const QString &part)
{
    if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith('0')))
        return false;
    for (const QChar c : part) {
        if (c < '0' || c > '9')
            return false;
    }
    return part.toInt() <= 255;
}

bool isIpv4(const QString &text)
{
    const QStringList parts = text.split('.');
    return parts.size() == 4 && std::all_of(parts.cbegin(), parts.cend(), isDecimalOctet);
}

bool isHexGroup(const QString &group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    for (const QChar c : group) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

// Counts the 16-bit groups a run of "a:b:c" (or "a:b:1.2.3.4" when tailAllowed) stands for.
std::optional<int> groupCount(const QString &run, bool tailAllowed)
{
    if (run.isEmpty())
        return 0;
    const QStringList groups = run.split(':');
    int count = 0;
    for (int i = 0; i < groups.size(); ++i) {
        if (i == groups.size() - 1 && tailAllowed && groups.at(i).contains('.')) {
            if (!isIpv4(groups.at(i)))
                return std::nullopt;
            count += 2;
        } else if (isHexGroup(groups.at(i))) {
            ++count;
        } else {
            return std::nullopt;
        }
    }
    return count;
}

bool isIpv6(const QString &text)
{
    const int doubleColon = int(text.indexOf("::"));
    if (doubleColon < 0) {
        const std::optional<int> n = groupCount(text, true);
        return n && *n == 8;
    }
    if (text.indexOf("::", doubleColon + 1) >= 0)
        return false;  // a second "::" (":::" included)
    const std::optional<int> before = groupCount(text.left(doubleColon), false);
    const std::optional<int> after = groupCount(text.mid(doubleColon + 2), true);
    return before && after && *before + *after <= 7;  // "::" stands for one group at least
}

bool isZone(const QString &zone)
{
    if (zone.isEmpty())
        return false;
    for (const QChar c : zone) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != '.' && c != '_' && c != '~' && c != '-')
            return false;
    }
    return true;
}

} // namespace

std::optional<SubnetReference::Address> SubnetReference::address(const QString &text)
{
    Address a;
    if (isIpv4(text)) {
        const quint32 v4 = QHostAddress(text).toIPv4Address();
        a.ipv4 = true;
        for (int i = 0; i < 4; ++i)
            a.bytes[i] = (v4 >> (24 - 8 * i)) & 0xff;
        return a;
    }
    const int percent = int(text.indexOf('%'));
    const QString bare = percent < 0 ? text : text.left(percent);
    if (!isIpv6(bare) || (percent >= 0 && !isZone(text.mid(percent + 1))))
        return std::nullopt;
    const Q_IPV6ADDR v6 = QHostAddress(bare).toIPv6Address();
    for (int i = 0; i < 16; ++i)
        a.bytes[i] = v6[i];
    // IPv4-mapped: ten zero bytes, then ff ff.
    const bool mapped = std::all_of(a.bytes.cbegin(), a.bytes.cbegin() + 10, [](unsigned char b) { return b == 0; })
                     && a.bytes[10] == 0xff && a.bytes[11] == 0xff;
    if (mapped) {
        Address v4;
        v4.ipv4 = true;
        std::copy(a.bytes.cbegin() + 12, a.bytes.cend(), v4.bytes.begin());
        return v4;
    }
    return a;
}

bool SubnetReference::matches(const QString &stored, const QString &filter)
{
    const QString typed = filter.trimmed();
    const int slash = int(typed.indexOf('/'));
    std::optional<Address> network = address(slash < 0 ? typed : typed.left(slash));
    const std::optional<Address> row = address(stored);
    if (!network || !row)
        return false;
    const bool typedIpv4 = isIpv4(slash < 0 ? typed : typed.left(slash));
    int prefix = slash < 0 ? (typedIpv4 ? 32 : 128) : typed.mid(slash + 1).toInt();
    if (network->ipv4 && !typedIpv4) {
        // Typed as ::ffff:a.b.c.d/n: the IPv4 range /n-96, or a plain IPv6 range below /96.
        if (prefix < 96) {
            network->ipv4 = false;
            network->bytes = Bytes{};
            const Q_IPV6ADDR v6 = QHostAddress(typed.left(slash)).toIPv6Address();
            for (int i = 0; i < 16; ++i)
                network->bytes[i] = v6[i];
        } else {
            prefix -= 96;
        }
    }
    if (network->ipv4 != row->ipv4)
        return false;
    for (int bit = 0; bit < prefix; ++bit) {
        const unsigned char mask = 0x80 >> (bit % 8);
        if ((network->bytes[bit / 8] & mask) != (row->bytes[bit / 8] & mask))
            return false;
    }
    return true;
}
