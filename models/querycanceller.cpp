#include "querycanceller.h"
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <libpq-fe.h>
#include <sqlite3.h>

QueryCanceller::~QueryCanceller()
{
    detach();
}

void QueryCanceller::attach(const QSqlDatabase &db)
{
    detach();
    const QVariant handle = db.driver()->handle();
    QMutexLocker lock(&m_mutex);
    // QPSQL names the type after the struct behind the PGconn typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0) {
        if (auto *connection = *static_cast<PGconn *const *>(handle.data()))
            m_postgres = PQgetCancel(connection);
    } else if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
    }
}

void QueryCanceller::detach()
{
    QMutexLocker lock(&m_mutex);
    if (m_postgres)
        PQfreeCancel(m_postgres);
    m_postgres = nullptr;
    m_sqlite = nullptr;
}

bool QueryCanceller::cancel()
{
    QMutexLocker lock(&m_mutex);
    if (m_postgres) {
        char error[256];
        return PQcancel(m_postgres, error, sizeof error) == 1;
    }
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
        return true;
    }
    return false;
}
