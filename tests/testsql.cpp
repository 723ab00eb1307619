#include "testsql.h"
#include "databaseconnection.h"
#include "ddl.h"
#include <QSqlError>
#include <QSqlQuery>

qlonglong TestSql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<QVariant> TestSql::column(const QSqlDatabase &db, const QString &sql)
{
    QList<QVariant> values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        values.append(q.value(0));
    return values;
}

QString TestSql::quoted(const QString &identifier, const QSqlDatabase &db)
{
    return Ddl::quoteIdentifier(identifier, DatabaseConnection::backendOf(db));
}
