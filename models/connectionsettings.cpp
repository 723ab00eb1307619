#include "connectionsettings.h"
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

QString ConnectionSettings::option(const QString &key) const
{
    for (const auto &pair : options) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

QString ConnectionSettings::connectOptions() const
{
    QStringList parts;
    for (const auto &pair : options)
        parts.append(pair.first + QLatin1Char('=') + pair.second);
    // Without a timeout an unreachable host would hang the connecting thread for minutes.
    if (backend == Backend::PostgreSQL && option(QStringLiteral("connect_timeout")).isEmpty())
        parts.append(QStringLiteral("connect_timeout=10"));
    return parts.join(QLatin1Char(';'));
}

QString ConnectionSettings::displayName() const
{
    if (backend == Backend::SQLite)
        return sqlitePath == QLatin1String(":memory:") ? sqlitePath : QFileInfo(sqlitePath).fileName();
    QString name = database;
    if (!host.isEmpty())
        name += QLatin1Char('@') + host + (port != 5432 ? QLatin1Char(':') + QString::number(port) : QString());
    return name;
}

QString ConnectionSettings::toUrl(bool withPassword) const
{
    QUrl url;
    if (backend == Backend::SQLite) {
        if (sqlitePath == QLatin1String(":memory:"))
            return QStringLiteral("sqlite://");
        // SQLAlchemy: three slashes then the path, so an absolute path shows four.
        return QStringLiteral("sqlite:///") + sqlitePath;
    }
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(userName);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(options);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

bool ConnectionSettings::operator==(const ConnectionSettings &other) const
{
    return backend == other.backend && sqlitePath == other.sqlitePath && host == other.host
        && port == other.port && database == other.database && userName == other.userName
        && password == other.password && options == other.options;
}
