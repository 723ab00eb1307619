#pragma once
#include "connectionsettings.h"
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

class DatabaseConnection;

// A fresh, empty database for one test on the backend named by AFADMIN_TEST_BACKEND:
// "sqlite" (a file in a temporary directory) or "postgresql" (a new database on the server
// at AFADMIN_TEST_PG_URL, dropped afterwards). A missing server is an error, never a skip.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_settings.backend; }
    ConnectionSettings settings() const { return m_settings; }
    QString url() const { return m_settings.toUrl(true); }
    QSqlDatabase db() const;
    QString tempPath(const QString &fileName) const;  // a scratch file beside the database

    bool createSchema();           // the schema description's DDL
    bool exec(const QString &sql); // for a test's own fixtures (legacy schemas and the like)

    static Backend backendUnderTest();
    static QString backendLabel();  // "sqlite" or "postgresql", for data-driven names

private:
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
    ConnectionSettings m_admin;
    std::unique_ptr<DatabaseConnection> m_connection;
    QString m_error;
};

// Use at the top of a test function: fails (never skips) when the database is not ready.
#define AFADMIN_REQUIRE_DB(testDb) \
    do { if (!(testDb).isReady()) QFAIL(qPrintable((testDb).error())); } while (false)
