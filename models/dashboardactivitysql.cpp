// The plans-and-subscriptions panel's SQL and the audit activity panel's.
#include "dashboardqueries.h"
#include "dashboardsql.h"

using namespace DashboardSql;

namespace {

const QString subscriptions = QStringLiteral("subscriptions");
const QString auditLogs = QStringLiteral("audit_logs");

constexpr int renewalDays = 30;

} // namespace

SqlFragment DashboardQueries::tenantsPerPlan(const DashboardScope &scope, Backend backend,
                                             const DashboardColumns &columns, QStringList *missing)
{
    const QString tenants = QStringLiteral("tenants");
    if (!has(columns, tenants, {QStringLiteral("id"), QStringLiteral("plan")}, missing))
        return {};
    SqlFragment s;
    append(s, QStringLiteral("SELECT COALESCE(%1, '') AS plan_name, COUNT(*) AS n FROM tenants t WHERE 1 = 1")
                  .arg(column(QStringLiteral("t"), QStringLiteral("plan"), backend)));
    append(s, lens(tenants, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1"));
    return s;
}

SqlFragment DashboardQueries::subscriptionsByStatus(const DashboardScope &scope, Backend backend,
                                                    const DashboardColumns &columns, QStringList *missing)
{
    if (!has(columns, subscriptions, {QStringLiteral("status"), QStringLiteral("tenant_id")}, missing))
        return {};
    SqlFragment s;
    append(s, QStringLiteral("SELECT COALESCE(t.status, ''), COUNT(*) FROM subscriptions t WHERE 1 = 1"));
    append(s, lens(subscriptions, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1"));
    return s;
}

SqlFragment DashboardQueries::renewals(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                       QStringList *missing)
{
    if (!has(columns, subscriptions, {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("plan_id"),
                                      QStringLiteral("status"), QStringLiteral("billing_cycle"),
                                      QStringLiteral("current_period_end")}, missing))
        return {};
    const QDateTime now = scope.now.isValid() ? scope.now : QDateTime::currentDateTimeUtc();
    const bool hasPlans = has(columns, QStringLiteral("plans"), {QStringLiteral("id"), QStringLiteral("name")}, missing);
    const QString end = column(QStringLiteral("t"), QStringLiteral("current_period_end"), backend);
    SqlFragment s;
    append(s, QStringLiteral("SELECT t.id, t.tenant_id, tn.name, %1, t.billing_cycle, %2 FROM subscriptions t "
                             "LEFT JOIN tenants tn ON tn.id = t.tenant_id%3 WHERE t.status = ? AND ")
                  .arg(hasPlans ? QStringLiteral("p.name") : QStringLiteral("NULL"), timestampText(end, backend),
                       hasPlans ? QStringLiteral(" LEFT JOIN plans p ON p.id = t.plan_id") : QString()),
           {QStringLiteral("active")});
    append(s, inRange(end, now, now.addDays(renewalDays), backend));
    append(s, lens(subscriptions, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" ORDER BY %1, t.id").arg(end));
    return s;
}

SqlFragment DashboardQueries::auditBuckets(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                           QStringList *missing)
{
    if (!has(columns, auditLogs, {QStringLiteral("event_type"), QStringLiteral("created_at")}, missing))
        return {};
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    SqlFragment s;
    append(s, QStringLiteral("SELECT %1 AS b, t.event_type, COUNT(*) FROM audit_logs t WHERE ")
                  .arg(bucketSql(created, scope.bucket, backend)));
    append(s, inRange(created, scope.from, scope.to, backend));
    append(s, lens(auditLogs, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    return s;
}

SqlFragment DashboardQueries::failedActions(const DashboardScope &scope, Backend backend,
                                            const DashboardColumns &columns, QStringList *missing)
{
    if (!has(columns, auditLogs, {QStringLiteral("event_type"), QStringLiteral("action"), QStringLiteral("success"),
                                  QStringLiteral("created_at")}, missing))
        return {};
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    SqlFragment s;
    append(s, QStringLiteral("SELECT t.event_type, COALESCE(%1, '') AS act, COUNT(*) AS n FROM audit_logs t "
                             "WHERE t.success = ? AND ").arg(column(QStringLiteral("t"), QStringLiteral("action"), backend)),
           {false});
    append(s, inRange(created, scope.from, scope.to, backend));
    append(s, lens(auditLogs, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?"), {qMax(0, scope.topRows)});
    return s;
}

SqlFragment DashboardQueries::activeUsers(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                          QStringList *missing)
{
    if (!has(columns, auditLogs, {QStringLiteral("user_id"), QStringLiteral("created_at")}, missing))
        return {};
    const bool hasUsers = has(columns, QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email")}, missing);
    const QString created = column(QStringLiteral("t"), QStringLiteral("created_at"), backend);
    SqlFragment s;
    // Counted first, named after: the join touches only the few rows that are kept.
    append(s, QStringLiteral("SELECT p.user_id, %1, p.n FROM (SELECT t.user_id, COUNT(*) AS n FROM audit_logs t "
                             "WHERE t.user_id IS NOT NULL AND ").arg(hasUsers ? QStringLiteral("u.email") : QStringLiteral("NULL")));
    append(s, inRange(created, scope.from, scope.to, backend));
    append(s, lens(auditLogs, backend, columns, scope.tenantId));
    append(s, QStringLiteral(" GROUP BY t.user_id ORDER BY n DESC, t.user_id LIMIT ?) p%1 ORDER BY p.n DESC, p.user_id")
                  .arg(hasUsers ? QStringLiteral(" LEFT JOIN users u ON u.id = p.user_id") : QString()),
           {qMax(0, scope.topRows)});
    return s;
}
