#include "testdatabase.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "ddl.h"
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool runAdmin(const ConnectionSettings &admin, const QString &sql, QString *error)
{
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("test-admin")));
    const auto opened = connection.open(admin);
    if (!opened.ok()) {
        *error = opened.message;
        return false;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Backend TestDatabase::backendUnderTest()
{
    return qEnvironmentVariable("AFADMIN_TEST_BACKEND") == QLatin1String("postgresql") ? Backend::PostgreSQL
                                                                                       : Backend::SQLite;
}

QString TestDatabase::backendLabel()
{
    return backendUnderTest() == Backend::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
{
    if (backendUnderTest() == Backend::SQLite) {
        m_settings.backend = Backend::SQLite;
        m_settings.sqlitePath = m_dir.filePath(QStringLiteral("test.db"));
    } else {
        const QString adminUrl = qEnvironmentVariable("AFADMIN_TEST_PG_URL");
        if (adminUrl.isEmpty()) {
            m_error = QStringLiteral("AFADMIN_TEST_PG_URL is not set: run the PostgreSQL tests through scripts/test");
            return;
        }
        const auto parsed = DatabaseUrl::parse(adminUrl);
        if (!parsed.settings) {
            m_error = parsed.error;
            return;
        }
        m_admin = *parsed.settings;
        m_settings = m_admin;
        m_settings.database = QStringLiteral("afadmin_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        if (!runAdmin(m_admin, QStringLiteral("CREATE DATABASE %1").arg(m_settings.database), &m_error))
            return;
    }
    m_connection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("test")));
    const auto opened = m_connection->open(m_settings, DatabaseConnection::Mode::CreateIfMissing);
    if (!opened.ok())
        m_error = opened.message;
}

TestDatabase::~TestDatabase()
{
    m_connection.reset();
    if (m_settings.backend == Backend::PostgreSQL && !m_admin.database.isEmpty()) {
        QString ignored;
        runAdmin(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.database), &ignored);
    }
}

QSqlDatabase TestDatabase::db() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

QString TestDatabase::tempPath(const QString &fileName) const
{
    return m_dir.filePath(fileName);
}

bool TestDatabase::exec(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_error = q.lastError().text() + QStringLiteral(" in: ") + sql;
        qWarning("%s", qPrintable(m_error));
        return false;
    }
    return true;
}

bool TestDatabase::createSchema()
{
    for (const QString &statement : Ddl::createAll(m_settings.backend)) {
        if (!exec(statement))
            return false;
    }
    return true;
}
