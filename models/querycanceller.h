#pragma once
#include <QMutex>

class QSqlDatabase;
struct pg_cancel;
struct sqlite3;

// Stops the statement a worker's connection is running, from any thread: libpq's cancel
// request on PostgreSQL, sqlite3_interrupt() on SQLite. Qt's drivers offer neither, so this
// reaches under them through QSqlDriver::handle().
class QueryCanceller
{
public:
    QueryCanceller() = default;
    ~QueryCanceller();
    QueryCanceller(const QueryCanceller &) = delete;
    QueryCanceller &operator=(const QueryCanceller &) = delete;

    void attach(const QSqlDatabase &db);  // on the worker's thread, after opening
    void detach();                        // before the connection closes
    bool cancel();                        // any thread; false when nothing is attached

private:
    QMutex m_mutex;
    pg_cancel *m_postgres = nullptr;
    sqlite3 *m_sqlite = nullptr;
};
