// The quota panels' SQL: resource_quota against usage, and usage against live row counts.
#include "dashboardqueries.h"
#include "dashboardsql.h"

using namespace DashboardSql;

namespace {

// The JSON column of alias t as an object, or no JSON at all: json_each must not see an
// array (its keys would be indexes) or, on SQLite, malformed text (it would raise an error).
QString objectOf(const QString &expr, Backend backend)
{
    if (backend == Backend::PostgreSQL)
        return QStringLiteral("CASE WHEN json_typeof(CAST(%1 AS json)) = 'object' THEN CAST(%1 AS json) "
                              "ELSE CAST('{}' AS json) END").arg(expr);
    return QStringLiteral("CASE WHEN json_valid(%1) THEN CASE WHEN json_type(%1) = 'object' THEN %1 END END").arg(expr);
}

// The number at one top-level key of the JSON in expr, as a double; NULL when the key is
// absent or holds something else. keySql is SQL naming the key (a column or a parameter).
QString numberAt(const QString &expr, const QString &keySql, Backend backend)
{
    if (backend == Backend::PostgreSQL) {
        const QString field = QStringLiteral("(CAST(%1 AS json) -> %2)").arg(expr, keySql);
        return QStringLiteral("CASE WHEN json_typeof(%1) = 'number' THEN CAST(CAST(%1 AS TEXT) AS DOUBLE PRECISION) END")
            .arg(field);
    }
    return QStringLiteral("(SELECT CAST(u.value AS REAL) FROM json_each(%1) u WHERE u.key = %2 "
                          "AND u.type IN ('integer', 'real') LIMIT 1)").arg(objectOf(expr, backend), keySql);
}

} // namespace

SqlFragment DashboardQueries::quotas(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                     QStringList *missing)
{
    const QString tenants = QStringLiteral("tenants");
    if (!has(columns, tenants, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("resource_quota"),
                                QStringLiteral("usage")}, missing))
        return {};
    const QString quota = column(QStringLiteral("t"), QStringLiteral("resource_quota"), backend);
    const QString usage = column(QStringLiteral("t"), QStringLiteral("usage"), backend);
    const bool pg = backend == Backend::PostgreSQL;
    const QString limit = pg ? QStringLiteral("CAST(CAST(q.value AS TEXT) AS DOUBLE PRECISION)")
                             : QStringLiteral("CAST(q.value AS REAL)");
    const QString isNumber = pg ? QStringLiteral("json_typeof(q.value) = 'number'")
                                : QStringLiteral("q.type IN ('integer', 'real')");
    const QString each = pg ? QStringLiteral("tenants t CROSS JOIN LATERAL json_each(%1) q")
                            : QStringLiteral("tenants t, json_each(%1) q");
    SqlFragment s;
    append(s, QStringLiteral("SELECT id, name, qkey, lim, used, CASE WHEN lim > 0 THEN used / lim END AS ratio FROM ("
                             "SELECT t.id AS id, t.name AS name, q.key AS qkey, %1 AS lim, COALESCE(%2, 0) AS used "
                             "FROM %3 WHERE %4")
                  .arg(limit, numberAt(usage, QStringLiteral("q.key"), backend), each.arg(objectOf(quota, backend)),
                       isNumber));
    append(s, lens(tenants, backend, columns, scope.tenantId));
    // A used zero limit is the furthest over; then the ratio, largest first.
    append(s, QStringLiteral(") x ORDER BY (lim <= 0 AND used > 0) DESC, ratio DESC NULLS LAST, name, id, qkey"));
    return s;
}

QStringList DashboardQueries::liveCountKeys()
{
    return {QStringLiteral("agents"), QStringLiteral("workflows"), QStringLiteral("projects"), QStringLiteral("api_keys"),
            QStringLiteral("users")};
}

SqlFragment DashboardQueries::quotaTruth(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                         QStringList *missing)
{
    const QString tenants = QStringLiteral("tenants");
    if (!has(columns, tenants, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("usage")}, missing))
        return {};
    const QString usage = column(QStringLiteral("t"), QStringLiteral("usage"), backend);
    const QString key = backend == Backend::PostgreSQL ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?");
    SqlFragment select;
    SqlFragment joins;
    append(select, QStringLiteral("SELECT t.id, t.name"));
    int i = 0;
    for (const QString &table : liveCountKeys()) {
        const QVariantList keyValues = backend == Backend::PostgreSQL ? QVariantList{table, table} : QVariantList{table};
        append(select, QStringLiteral(", %1").arg(numberAt(usage, key, backend)), keyValues);
        if (!has(columns, table, {QStringLiteral("tenant_id")}, missing)) {
            append(select, QStringLiteral(", -1"));
            continue;
        }
        // One grouped pass per table rather than a subquery per tenant.
        const QString alias = QStringLiteral("c%1").arg(i++);
        append(select, QStringLiteral(", COALESCE(%1.n, 0)").arg(alias));
        append(joins, QStringLiteral(" LEFT JOIN (SELECT tenant_id, COUNT(*) AS n FROM %1").arg(table));
        if (!scope.tenantId.isEmpty())
            append(joins, QStringLiteral(" WHERE tenant_id = ?"), {scope.tenantId});
        append(joins, QStringLiteral(" GROUP BY tenant_id) %1 ON %1.tenant_id = t.id").arg(alias));
    }
    SqlFragment s = select;
    append(s, QStringLiteral(" FROM tenants t"));
    append(s, joins);
    append(s, QStringLiteral(" WHERE 1 = 1"));
    append(s, lens(tenants, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" ORDER BY t.name, t.id"));
    return s;
}
