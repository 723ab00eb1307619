#include "databaseurl.h"
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq keywords that may pass through from the URL's query; anything else is refused rather
// than silently dropped, so a typo in sslmode cannot turn TLS off unnoticed.
const QStringList passThroughOptions = {
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
    QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
};

const QStringList postgresDrivers = {
    QString(), QStringLiteral("psycopg2"), QStringLiteral("psycopg"), QStringLiteral("asyncpg"),
    QStringLiteral("pg8000"),
};

} // namespace

DatabaseUrl::Parsed DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, tr("The database URL is empty.")};

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return {std::nullopt, tr("\"%1\" is not a valid URL: %2").arg(trimmed, url.errorString())};

    const QString scheme = url.scheme().toLower();
    const int plus = scheme.indexOf(QLatin1Char('+'));
    const QString dialect = plus < 0 ? scheme : scheme.left(plus);
    const QString driver = plus < 0 ? QString() : scheme.mid(plus + 1);

    ConnectionSettings settings;
    if (dialect == QLatin1String("sqlite")) {
        if (!driver.isEmpty() && driver != QLatin1String("pysqlite"))
            return {std::nullopt, tr("The SQLite driver \"%1\" is not supported.").arg(driver)};
        if (!url.host().isEmpty())
            return {std::nullopt, tr("A SQLite URL has no host: write sqlite:///relative.db or sqlite:////absolute/path.db.")};
        settings.backend = Backend::SQLite;
        const QString path = url.path(QUrl::FullyDecoded);
        // QUrl keeps the slash after the authority; SQLAlchemy drops exactly one.
        settings.sqlitePath = path.isEmpty() || path == QLatin1String("/") ? QStringLiteral(":memory:") : path.mid(1);
        return {settings, {}};
    }

    if (dialect != QLatin1String("postgresql") && dialect != QLatin1String("postgres"))
        return {std::nullopt, tr("The database kind \"%1\" is not supported: use sqlite:// or postgresql://.").arg(dialect)};
    if (!postgresDrivers.contains(driver))
        return {std::nullopt, tr("The PostgreSQL driver \"%1\" is not supported.").arg(driver)};

    settings.backend = Backend::PostgreSQL;
    settings.host = url.host(QUrl::FullyDecoded);
    settings.port = url.port(5432);
    settings.userName = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.database = url.path(QUrl::FullyDecoded).mid(1);
    if (settings.database.isEmpty())
        return {std::nullopt, tr("The URL names no database: add it after the host, as in postgresql://host/agent_factory.")};
    if (settings.database.contains(QLatin1Char('/')))
        return {std::nullopt, tr("The database name \"%1\" contains a slash.").arg(settings.database)};

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        QString key = item.first;
        if (key == QLatin1String("ssl"))  // asyncpg spells sslmode this way
            key = QStringLiteral("sslmode");
        if (key == QLatin1String("host")) {  // SQLAlchemy's form for a Unix socket directory
            settings.host = item.second;
            continue;
        }
        if (key == QLatin1String("port")) {
            bool ok = false;
            settings.port = item.second.toInt(&ok);
            if (!ok || settings.port <= 0 || settings.port > 65535)
                return {std::nullopt, tr("The port \"%1\" is not a number from 1 to 65535.").arg(item.second)};
            continue;
        }
        if (!passThroughOptions.contains(key))
            return {std::nullopt, tr("The URL option \"%1\" is not supported.").arg(item.first)};
        if (item.second.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(' ')))
            return {std::nullopt, tr("The URL option \"%1\" has an invalid value.").arg(item.first)};
        settings.options.append({key, item.second});
    }
    if (settings.host.isEmpty())
        settings.host = QStringLiteral("localhost");
    return {settings, {}};
}
