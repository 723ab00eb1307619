#include "databaseconnection.h"
#include "sqlitefunctions.h"
#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

DatabaseConnection::Failure classifyPostgresError(const QString &text)
{
    using F = DatabaseConnection::Failure;
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied"))
        || (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist"))))
        return F::AuthFailed;
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return F::MissingDatabase;
    if (text.contains(QLatin1String("could not translate host name")))
        return F::UnknownHost;
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("No such file or directory")))
        return F::Refused;
    return F::Other;
}

} // namespace

DatabaseConnection::DatabaseConnection(const QString &name)
    : m_name(name)
{
}

DatabaseConnection::~DatabaseConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseConnection::uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

Backend DatabaseConnection::backendOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

DatabaseConnection::Result DatabaseConnection::open(const ConnectionSettings &settings, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(qtDriverName(settings.backend)))
        return {Failure::Other, tr("The Qt driver %1 is not installed.").arg(qtDriverName(settings.backend))};

    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                      : QSqlDatabase::addDatabase(qtDriverName(settings.backend), m_name);
    if (settings.backend == Backend::SQLite) {
        const bool inMemory = settings.sqlitePath == QLatin1String(":memory:");
        const QFileInfo file(settings.sqlitePath);
        if (!inMemory && mode == Mode::OpenExisting && !file.exists())
            return {Failure::MissingFile, tr("The SQLite file %1 does not exist.").arg(file.absoluteFilePath())};
        if (!inMemory && file.exists() && !file.isFile())
            return {Failure::NotADatabase, tr("%1 is not a file.").arg(file.absoluteFilePath())};
        db.setDatabaseName(settings.sqlitePath);
        // Another process (the platform) may hold a write lock for a moment: wait, don't fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return {Failure::Other, tr("Cannot open %1: %2").arg(settings.sqlitePath, db.lastError().databaseText())};
        // SQLite opens anything lazily; the first read tells a corrupt or foreign file apart.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            db.close();
            return {Failure::NotADatabase,
                    tr("%1 is not a SQLite database, or it is damaged (%2).").arg(file.absoluteFilePath(), probe.lastError().databaseText())};
        }
        // Every SQLite connection the app opens gets the functions its filters call.
        if (!SqliteFunctions::install(db))
            qWarning("could not register the app's SQL functions on %s", qPrintable(m_name));
        return {};
    }

    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.userName);
    db.setPassword(settings.password);
    db.setConnectOptions(settings.connectOptions());
    if (db.open())
        return {};

    const QString text = db.lastError().databaseText().isEmpty() ? db.lastError().driverText()
                                                                 : db.lastError().databaseText();
    const Failure failure = classifyPostgresError(text);
    switch (failure) {
    case Failure::AuthFailed:
        return {failure, tr("The server at %1 refused the user name or password for \"%2\".").arg(settings.host, settings.userName)};
    case Failure::MissingDatabase:
        return {failure, tr("The server at %1 has no database named \"%2\".").arg(settings.host, settings.database)};
    case Failure::UnknownHost:
        return {failure, tr("The host name \"%1\" cannot be resolved.").arg(settings.host)};
    case Failure::Refused:
        return {failure, tr("Nothing accepts connections at %1, port %2: is PostgreSQL running there?").arg(settings.host).arg(settings.port)};
    default:
        return {failure, tr("Cannot connect to %1: %2").arg(settings.displayName(), text.trimmed())};
    }
}
