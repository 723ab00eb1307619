#pragma once
#include "dashboardqueries.h"

// Pieces the dashboard's statements share (DashboardQueries' files only; not a public API).
namespace DashboardSql {

// alias.column, quoted where the backend needs it; column is a schema name.
QString column(const QString &alias, const QString &name, Backend backend);
// True when the database has the table and these columns; appends what it lacks to *missing.
bool has(const DashboardColumns &columns, const QString &table, const QStringList &needed, QStringList *missing);
// One timestamp parameter: PostgreSQL is told the type, SQLite compares the naive-UTC text.
QString timestampParameter(Backend backend);
QVariant timestampValue(const QDateTime &value);
// A timestamp to read back as naive-UTC text with its micro-seconds: QPSQL's QDateTime would
// round them to milliseconds (11:59:59.999999 becomes 12:00), where SQLite's text is cut.
QString timestampText(const QString &expr, Backend backend);
// "expr >= ? AND expr < ?" for [from, to).
SqlFragment inRange(const QString &expr, const QDateTime &from, const QDateTime &to, Backend backend);
// " AND (lens condition on alias t)", or empty when the lens is off.
SqlFragment lens(const QString &table, Backend backend, const DashboardColumns &columns, const QString &tenantId);
// to.sql += piece.sql, to.values += piece.values.
void append(SqlFragment &to, const SqlFragment &piece);
void append(SqlFragment &to, const QString &sql, const QVariantList &values = {});

} // namespace DashboardSql
