#pragma once
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

class QSqlDatabase;
struct SqlFragment;
struct pg_conn;
struct pg_result;
struct sqlite3;
struct sqlite3_stmt;

// A forward-only statement run straight through the C API under a QSqlDatabase's driver
// (sqlite3 or libpq, reached through QSqlDriver::handle()). Qt's drivers cost twice what the
// C API does on a page read: QSQLITE transcodes every text value to UTF-16 and QPSQL spends
// three round trips (PREPARE, EXECUTE, DEALLOCATE) where PQexecParams makes one.
// The statement's '?' placeholders take its values as parameters; values never become SQL text.
// Use on the thread that owns the connection, with no QSqlQuery on it still reading rows.
class NativeQuery
{
    Q_DECLARE_TR_FUNCTIONS(NativeQuery)
public:
    explicit NativeQuery(const QSqlDatabase &db);
    ~NativeQuery();
    NativeQuery(const NativeQuery &) = delete;
    NativeQuery &operator=(const NativeQuery &) = delete;

    // False when the connection is neither SQLite nor PostgreSQL (or not open): use QSqlQuery.
    bool isSupported() const { return m_sqlite || m_postgres; }
    bool exec(const SqlFragment &statement);
    bool next();
    // SQLite: by storage class (integer -> qlonglong, real -> double, text -> QString, blob ->
    // QByteArray); PostgreSQL: by column type (int2/4/8 -> qlonglong, float4/8 and numeric ->
    // double, bool -> bool, anything else as its text). NULL is a null QVariant.
    QVariant value(int column) const;
    int columnCount() const;
    QString errorText() const { return m_error; }  // empty after success
    bool isConnectionLost() const;

private:
    enum class PostgresKind : char { Text, Integer, Real, Boolean, Bytes };

    void finish();
    bool execSqlite(const SqlFragment &statement);
    bool execPostgres(const SqlFragment &statement);
    bool step();
    QVariant postgresValue(int column) const;

    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_pendingRow = false;   // SQLite: exec() stepped onto the first row already
    pg_conn *m_postgres = nullptr;
    pg_result *m_result = nullptr;
    QVector<PostgresKind> m_kinds;
    int m_row = -1;
    int m_rows = 0;
    QString m_error;
};
