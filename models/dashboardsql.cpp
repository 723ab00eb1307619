// The dashboard statements' shared pieces, time buckets and the scope's arithmetic.
#include "dashboardsql.h"
#include "databaseschema.h"
#include "ddl.h"
#include "schema.h"
#include "tenantlens.h"
#include "valuecodec.h"

QString DashboardSql::column(const QString &alias, const QString &name, Backend backend)
{
    return alias + QLatin1Char('.') + Ddl::quoteIdentifier(name, backend);
}

bool DashboardSql::has(const DashboardColumns &columns, const QString &table, const QStringList &needed,
                       QStringList *missing)
{
    const auto found = columns.constFind(table);
    if (found == columns.constEnd()) {
        if (missing && !missing->contains(table))
            missing->append(table);
        return false;
    }
    bool complete = true;
    for (const QString &name : needed) {
        if (found->contains(name))
            continue;
        complete = false;
        const QString qualified = table + QLatin1Char('.') + name;
        if (missing && !missing->contains(qualified))
            missing->append(qualified);
    }
    return complete;
}

QString DashboardSql::timestampParameter(Backend backend)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("CAST(? AS TIMESTAMP)") : QStringLiteral("?");
}

QVariant DashboardSql::timestampValue(const QDateTime &value)
{
    return ValueCodec::encodeDateTime(value);
}

QString DashboardSql::timestampText(const QString &expr, Backend backend)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS.US')").arg(expr);
    return expr;
}

SqlFragment DashboardSql::inRange(const QString &expr, const QDateTime &from, const QDateTime &to, Backend backend)
{
    const QString p = timestampParameter(backend);
    return {QStringLiteral("%1 >= %2 AND %1 < %3").arg(expr, p, p), {timestampValue(from), timestampValue(to)}};
}

SqlFragment DashboardSql::lens(const QString &table, Backend backend, const DashboardColumns &columns,
                               const QString &tenantId)
{
    const TableSpec *spec = Schema::table(table);
    if (!spec || tenantId.isEmpty())
        return {};
    const SqlFragment condition = TenantLens::condition(*spec, backend, columns.value(table), tenantId);
    if (condition.isEmpty())
        return {};
    return {QStringLiteral(" AND (%1)").arg(condition.sql), condition.values};
}

void DashboardSql::append(SqlFragment &to, const SqlFragment &piece)
{
    to.sql += piece.sql;
    to.values += piece.values;
}

void DashboardSql::append(SqlFragment &to, const QString &sql, const QVariantList &values)
{
    to.sql += sql;
    to.values += values;
}

DashboardColumns DashboardQueries::columnsOf(const DatabaseSchema &schema)
{
    DashboardColumns columns;
    for (const DatabaseSchema::Table &table : schema.tables)
        columns.insert(table.name, table.columnNames());
    return columns;
}

QList<SqlFragment> DashboardQueries::panelStatements(DashboardPanel panel, const DashboardScope &scope, Backend backend,
                                                    const DashboardColumns &columns)
{
    QList<SqlFragment> statements;
    switch (panel) {
    case DashboardPanel::Quotas:
        statements = {quotas(scope, backend, columns, nullptr)};
        break;
    case DashboardPanel::QuotaTruth:
        statements = {quotaTruth(scope, backend, columns, nullptr)};
        break;
    case DashboardPanel::Usage:
        statements = {usageSeries(scope, backend, columns, nullptr), usageTotals(scope, backend, columns, nullptr)};
        break;
    case DashboardPanel::Executions:
        statements = {executionBuckets(scope, backend, columns, nullptr),
                      executionPercentiles(scope, backend, columns, nullptr),
                      failingResources(scope, backend, columns, nullptr)};
        break;
    case DashboardPanel::Plans:
        statements = {tenantsPerPlan(scope, backend, columns, nullptr), subscriptionsByStatus(scope, backend, columns, nullptr),
                      renewals(scope, backend, columns, nullptr)};
        break;
    case DashboardPanel::Audit:
        statements = {auditBuckets(scope, backend, columns, nullptr), failedActions(scope, backend, columns, nullptr),
                      activeUsers(scope, backend, columns, nullptr)};
        break;
    }
    statements.removeIf([](const SqlFragment &s) { return s.isEmpty(); });
    return statements;
}

SqlFragment DashboardQueries::newestActivity(Backend backend)
{
    return {QStringLiteral("SELECT %1 FROM audit_logs t WHERE t.created_at IS NOT NULL ORDER BY t.created_at DESC LIMIT 1")
                .arg(DashboardSql::timestampText(QStringLiteral("t.created_at"), backend)),
            {}};
}

QString DashboardQueries::bucketSql(const QString &timestamp, DashboardBucket bucket, Backend backend)
{
    if (backend == Backend::PostgreSQL) {
        const char *unit = bucket == DashboardBucket::Day ? "day" : bucket == DashboardBucket::Week ? "week" : "month";
        return QStringLiteral("to_char(date_trunc('%1', %2), 'YYYY-MM-DD')").arg(QLatin1String(unit), timestamp);
    }
    // The text's own characters: date() and strftime() would round .999999 up a second.
    switch (bucket) {
    case DashboardBucket::Day:
        return QStringLiteral("substr(%1, 1, 10)").arg(timestamp);
    case DashboardBucket::Week:
        // Back six days, then forward to the next Monday: the Monday on or before the day.
        return QStringLiteral("date(substr(%1, 1, 10), '-6 days', 'weekday 1')").arg(timestamp);
    case DashboardBucket::Month:
        return QStringLiteral("substr(%1, 1, 7) || '-01'").arg(timestamp);
    }
    return {};
}

QDate DashboardQueries::bucketStart(const QDate &day, DashboardBucket bucket)
{
    switch (bucket) {
    case DashboardBucket::Day:
        return day;
    case DashboardBucket::Week:
        return day.addDays(1 - day.dayOfWeek());  // Qt: Monday is 1
    case DashboardBucket::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

DashboardBucket DashboardScope::bucketFor(const QDateTime &from, const QDateTime &to)
{
    const qint64 days = from.daysTo(to);
    if (days <= 31)
        return DashboardBucket::Day;
    if (days <= 26 * 7)
        return DashboardBucket::Week;
    return DashboardBucket::Month;
}

DashboardScope DashboardScope::previousPeriod() const
{
    DashboardScope previous = *this;
    previous.to = from;
    previous.from = from.addMSecs(-from.msecsTo(to));
    return previous;
}
