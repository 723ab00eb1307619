// The usage and cost panel's SQL: usage_records over time, the top tenants stacked, and this
// period against the previous one.
#include "dashboardqueries.h"
#include "dashboardsql.h"

using namespace DashboardSql;

namespace {

const QString usageRecords = QStringLiteral("usage_records");

QStringList usageColumns()
{
    return {QStringLiteral("tenant_id"), QStringLiteral("billing_unit"), QStringLiteral("quantity"),
            QStringLiteral("total_cost"), QStringLiteral("currency"), QStringLiteral("period_start"),
            QStringLiteral("created_at")};
}

// When the usage happened: the period the record bills (daily rollups), else when it was written.
QString usageTime(Backend backend)
{
    return QStringLiteral("COALESCE(%1, %2)")
        .arg(column(QStringLiteral("t"), QStringLiteral("period_start"), backend),
             column(QStringLiteral("t"), QStringLiteral("created_at"), backend));
}

} // namespace

SqlFragment DashboardQueries::usageSeries(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                          QStringList *missing)
{
    if (!has(columns, usageRecords, usageColumns(), missing))
        return {};
    const QString time = usageTime(backend);
    SqlFragment s;
    append(s, QStringLiteral("WITH r AS (SELECT t.tenant_id AS tenant_id, t.billing_unit AS unit, t.quantity AS quantity, "
                             "COALESCE(t.total_cost, 0) AS cost, %1 AS b FROM usage_records t WHERE ")
                  .arg(bucketSql(time, scope.bucket, backend)));
    append(s, inRange(time, scope.from, scope.to, backend));
    append(s, lens(usageRecords, backend, columns, scope.tenantId));
    // The top tenants by cost over the whole scope, ranked so the stack keeps one order.
    append(s, QStringLiteral("), top AS (SELECT tenant_id, ROW_NUMBER() OVER (ORDER BY SUM(cost) DESC, tenant_id) AS rk "
                             "FROM r GROUP BY tenant_id ORDER BY SUM(cost) DESC, tenant_id LIMIT ?) "
                             "SELECT r.b, r.unit, top.tenant_id, tn.name, top.rk, SUM(r.quantity), SUM(r.cost), COUNT(*) "
                             "FROM r LEFT JOIN top ON top.tenant_id = r.tenant_id "
                             "LEFT JOIN tenants tn ON tn.id = top.tenant_id "
                             "GROUP BY r.b, r.unit, top.tenant_id, tn.name, top.rk "
                             "ORDER BY r.b, r.unit, COALESCE(top.rk, ?)"),
           {qMax(0, scope.topTenants), qMax(0, scope.topTenants) + 1});
    return s;
}

SqlFragment DashboardQueries::usageTotals(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                          QStringList *missing)
{
    if (!has(columns, usageRecords, usageColumns(), missing))
        return {};
    const QString time = usageTime(backend);
    const QString p = timestampParameter(backend);
    const QVariant from = timestampValue(scope.from);
    const DashboardScope previous = scope.previousPeriod();
    SqlFragment s;
    const QList<QPair<QString, QString>> parts = {{QStringLiteral("currency"), QStringLiteral("COALESCE(t.total_cost, 0)")},
                                                  {QStringLiteral("billing_unit"), QStringLiteral("t.quantity")}};
    for (const auto &part : parts) {
        if (!s.isEmpty())
            append(s, QStringLiteral(" UNION ALL "));
        // One scan over both periods; the CASE splits them at the scope's start.
        // kind is one of two literals of ours; a parameter there leaves PostgreSQL guessing its type.
        append(s, QStringLiteral("SELECT '%5' AS kind, %1 AS k, SUM(CASE WHEN %2 >= %3 THEN %4 ELSE 0 END) AS cur, "
                                 "SUM(CASE WHEN %2 < %3 THEN %4 ELSE 0 END) AS prev FROM usage_records t WHERE ")
                      .arg(column(QStringLiteral("t"), part.first, backend), time, p, part.second,
                           part.first == QLatin1String("currency") ? QStringLiteral("currency") : QStringLiteral("unit")),
               {from, from});
        append(s, inRange(time, previous.from, scope.to, backend));
        append(s, lens(usageRecords, backend, columns, scope.tenantId));
        append(s, QStringLiteral(" GROUP BY %1").arg(column(QStringLiteral("t"), part.first, backend)));
    }
    append(s, QStringLiteral(" ORDER BY 1, 2"));
    return s;
}
