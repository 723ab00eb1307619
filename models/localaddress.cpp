#include "localaddress.h"
#include <QHostAddress>
#include <QNetworkInterface>

QString LocalAddress::primary()
{
    QString ipv6;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!(flags & QNetworkInterface::IsUp) || (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return address.toString();
            if (ipv6.isEmpty() && address.protocol() == QAbstractSocket::IPv6Protocol && !address.isLinkLocal())
                ipv6 = address.toString();
        }
    }
    return ipv6.isEmpty() ? QHostAddress(QHostAddress::LocalHost).toString() : ipv6;
}
