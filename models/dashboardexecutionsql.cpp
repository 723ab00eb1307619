// The executions panel's SQL: counts by status over time, duration percentiles per agent and
// workflow, and the resources failing most with their last error.
#include "dashboardqueries.h"
#include "dashboardsql.h"

using namespace DashboardSql;

namespace {

const QString executions = QStringLiteral("executions");

// The agent's or workflow's name for alias p's (et, rid); NULL where the table is missing.
QString nameJoins(const DashboardColumns &columns, QString *nameExpr)
{
    QStringList names;
    QString joins;
    if (has(columns, QStringLiteral("agents"), {QStringLiteral("id"), QStringLiteral("name")}, nullptr)) {
        joins += QStringLiteral(" LEFT JOIN agents a ON p.et = 'agent' AND a.id = p.rid");
        names.append(QStringLiteral("a.name"));
    }
    if (has(columns, QStringLiteral("workflows"), {QStringLiteral("id"), QStringLiteral("name")}, nullptr)) {
        joins += QStringLiteral(" LEFT JOIN workflows w ON p.et = 'workflow' AND w.id = p.rid");
        names.append(QStringLiteral("w.name"));
    }
    names.append(QStringLiteral("NULL"));
    *nameExpr = names.size() == 1 ? names.first() : QStringLiteral("COALESCE(%1)").arg(names.join(QStringLiteral(", ")));
    return joins;
}

// percentile_cont(fraction) over alias r's rows (v ranked 0..n-1 by i within the group), as
// PostgreSQL computes it: lo + (hi - lo) * (pos - floor(pos)) with pos = fraction * (n - 1).
QString interpolated(const char *fraction)
{
    const QString pos = QStringLiteral("(%1 * (n - 1))").arg(QLatin1String(fraction));
    const QString low = QStringLiteral("CAST(%1 AS INTEGER)").arg(pos);
    const QString lo = QStringLiteral("MAX(CASE WHEN i = %1 THEN v END)").arg(low);
    const QString hi = QStringLiteral("MAX(CASE WHEN i = %1 + (%2 > %1) THEN v END)").arg(low, pos);
    return QStringLiteral("%1 + (%2 - %1) * (%3 - %4)").arg(lo, hi, pos, low);
}

} // namespace

SqlFragment DashboardQueries::executionBuckets(const DashboardScope &scope, Backend backend,
                                               const DashboardColumns &columns, QStringList *missing)
{
    if (!has(columns, executions, {QStringLiteral("status"), QStringLiteral("created_at")}, missing))
        return {};
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    SqlFragment s;
    append(s, QStringLiteral("SELECT %1 AS b, t.status, COUNT(*) FROM executions t WHERE ")
                  .arg(bucketSql(created, scope.bucket, backend)));
    append(s, inRange(created, scope.from, scope.to, backend));
    append(s, lens(executions, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    return s;
}

SqlFragment DashboardQueries::executionPercentiles(const DashboardScope &scope, Backend backend,
                                                   const DashboardColumns &columns, QStringList *missing)
{
    if (!has(columns, executions, {QStringLiteral("execution_type"), QStringLiteral("resource_id"),
                                   QStringLiteral("execution_time"), QStringLiteral("created_at")}, missing))
        return {};
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    QString name;
    const QString joins = nameJoins(columns, &name);
    SqlFragment where;
    append(where, QStringLiteral(" WHERE t.execution_time IS NOT NULL AND "));
    append(where, inRange(created, scope.from, scope.to, backend));
    append(where, lens(executions, backend, columns, scope.tenantId));
    SqlFragment s;
    if (backend == Backend::PostgreSQL) {
        append(s, QStringLiteral("SELECT p.et, p.rid, %1, p.n, p.p50, p.p95 FROM (SELECT t.execution_type AS et, "
                                 "t.resource_id AS rid, COUNT(*) AS n, "
                                 "percentile_cont(0.5) WITHIN GROUP (ORDER BY t.execution_time) AS p50, "
                                 "percentile_cont(0.95) WITHIN GROUP (ORDER BY t.execution_time) AS p95 "
                                 "FROM executions t").arg(name));
        append(s, where);
        append(s, QStringLiteral(" GROUP BY t.execution_type, t.resource_id ORDER BY n DESC, et, rid LIMIT ?) p"),
               {qMax(0, scope.topRows)});
    } else {
        // No percentile_cont: rank each group's durations once, pick the rows either side of
        // each percentile's position and interpolate, all inside SQLite.
        append(s, QStringLiteral("WITH r AS (SELECT t.execution_type AS et, t.resource_id AS rid, t.execution_time AS v, "
                                 "ROW_NUMBER() OVER (PARTITION BY t.execution_type, t.resource_id "
                                 "ORDER BY t.execution_time) - 1 AS i, "
                                 "COUNT(*) OVER (PARTITION BY t.execution_type, t.resource_id) AS n FROM executions t"));
        append(s, where);
        append(s, QStringLiteral("), g AS (SELECT et, rid, n, %1 AS p50, %2 AS p95 FROM r GROUP BY et, rid, n "
                                 "ORDER BY n DESC, et, rid LIMIT ?) "
                                 "SELECT p.et, p.rid, %3, p.n, p.p50, p.p95 FROM g p")
                      .arg(interpolated("0.5"), interpolated("0.95"), name),
               {qMax(0, scope.topRows)});
    }
    append(s, joins);
    append(s, QStringLiteral(" ORDER BY p.n DESC, p.et, p.rid"));
    return s;
}

SqlFragment DashboardQueries::failingResources(const DashboardScope &scope, Backend backend,
                                               const DashboardColumns &columns, QStringList *missing)
{
    if (!has(columns, executions, {QStringLiteral("execution_type"), QStringLiteral("resource_id"),
                                   QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("created_at")},
             missing))
        return {};
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    QString name;
    const QString joins = nameJoins(columns, &name);
    SqlFragment s;
    // One pass: the count per resource and its latest failure's row, by window.
    append(s, QStringLiteral("WITH f AS (SELECT t.execution_type AS et, t.resource_id AS rid, t.error AS err, "
                             "%1 AS at, ROW_NUMBER() OVER (PARTITION BY t.execution_type, t.resource_id "
                             "ORDER BY %1 DESC, t.id DESC) AS rn, "
                             "COUNT(*) OVER (PARTITION BY t.execution_type, t.resource_id) AS n "
                             "FROM executions t WHERE t.status = ? AND ").arg(created),
           {QStringLiteral("failed")});
    append(s, inRange(created, scope.from, scope.to, backend));
    append(s, lens(executions, backend, columns, scope.tenantId));
    append(s, QStringLiteral("), p AS (SELECT et, rid, n, at, err FROM f WHERE rn = 1 ORDER BY n DESC, at DESC, et, rid "
                             "LIMIT ?) SELECT p.et, p.rid, %1, p.n, %2, p.err FROM p").arg(name, timestampText(QStringLiteral("p.at"), backend)),
           {qMax(0, scope.topRows)});
    append(s, joins);
    append(s, QStringLiteral(" ORDER BY p.n DESC, p.at DESC, p.et, p.rid"));
    return s;
}
