#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

// Reading a test database in one call, for the checks that follow. A failed query warns with
// the statement and the driver's text, and answers -1 or an empty list, so the check fails.
namespace TestSql {

// The first column of the first row: one SELECT's single number. values bind to "?" in order.
qlonglong scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The first column of every row.
QList<QVariant> column(const QSqlDatabase &db, const QString &sql);
// identifier quoted for db's backend ("plan" is a keyword on PostgreSQL).
QString quoted(const QString &identifier, const QSqlDatabase &db);

} // namespace TestSql
