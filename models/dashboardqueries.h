#pragma once
#include "backend.h"
#include "dashboardresults.h"
#include "tablefilter.h"
#include <QHash>
#include <QStringList>

struct DatabaseSchema;

// The columns each table of the connected database really has (SchemaInspector), by table
// name. A table that is absent here is missing from the database.
using DashboardColumns = QHash<QString, QStringList>;

// The dashboard's SQL, per backend: every aggregate is computed by the database, never by
// loading rows into the app. Statements take '?' placeholders with their values bound in
// order; identifiers come only from the schema description. Each statement is narrowed by the
// scope's tenant lens (TenantLens) and, where it says so, by [from, to) on a timestamp.
//
// A statement whose table or columns the database lacks comes back empty, and the missing
// names ("executions.resource_id", "usage_records") are appended to *missing.
//
// Time buckets come back as 'YYYY-MM-DD' text on both backends (the bucket's first day):
// SQLite cuts the stored text (substr, date(..., 'weekday 1')), never strftime on the whole
// value, because SQLite rounds 23:59:59.999999 up to the next day; PostgreSQL uses
// date_trunc, whose weeks start on Monday as SQLite's expression does.
class DashboardQueries
{
public:
    static DashboardColumns columnsOf(const DatabaseSchema &schema);

    // Every statement a panel runs, in order (empty ones left out): for replaying the same SQL
    // on another driver (afadmin-bench).
    static QList<SqlFragment> panelStatements(DashboardPanel panel, const DashboardScope &scope, Backend backend,
                                              const DashboardColumns &columns);
    // The newest audit_logs.created_at (read through its index): where a default scope can end.
    static SqlFragment newestActivity(Backend backend);

    // The bucket of a timestamp expression (schema names only), as 'YYYY-MM-DD' text.
    static QString bucketSql(const QString &timestamp, DashboardBucket bucket, Backend backend);
    // The first day of the bucket holding day, as bucketSql gives it (for tests and axes).
    static QDate bucketStart(const QDate &day, DashboardBucket bucket);

    // Quotas: tenant id, tenant name, key, limit (double), used (double, 0 when absent), ratio
    // (used / limit, NULL when limit <= 0); only numeric limits; sorted by closeness to the
    // limit: a used zero limit first, then ratio descending. Not narrowed by time.
    static SqlFragment quotas(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                              QStringList *missing);

    // The keys quotaTruth compares, each the name of a tenant-scoped table.
    static QStringList liveCountKeys();
    // Quota truth: tenant id, tenant name, then per liveCountKeys() key: usage[key] (double or
    // NULL), live count (-1 when the table is missing). Tenants by name. Not narrowed by time.
    static SqlFragment quotaTruth(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                  QStringList *missing);

    // Usage series over COALESCE(period_start, created_at): bucket, billing unit, tenant id
    // (NULL: others), tenant name, tenant rank (1..topTenants, NULL: others), SUM(quantity),
    // SUM(total_cost), COUNT(*). Top tenants by total_cost within the scope.
    static SqlFragment usageSeries(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                   QStringList *missing);
    // Usage against the previous period: kind ('currency' or 'unit'), key, current, previous
    // (SUM(total_cost) by currency, SUM(quantity) by billing unit).
    static SqlFragment usageTotals(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                   QStringList *missing);

    // Executions by created_at: bucket, status, COUNT(*).
    static SqlFragment executionBuckets(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                        QStringList *missing);
    // Per agent / workflow with an execution_time: type, resource id, name, runs, p50, p95
    // (percentile_cont on PostgreSQL; the same interpolation over window ranks on SQLite).
    // Most runs first, at most topRows.
    static SqlFragment executionPercentiles(const DashboardScope &scope, Backend backend,
                                            const DashboardColumns &columns, QStringList *missing);
    // Failed executions per resource: type, resource id, name, failures, last failed at, its
    // error. Most failures first, at most topRows.
    static SqlFragment failingResources(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                        QStringList *missing);

    // Current state, not narrowed by time: plan, tenant count.
    static SqlFragment tenantsPerPlan(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                      QStringList *missing);
    // status, COUNT(*).
    static SqlFragment subscriptionsByStatus(const DashboardScope &scope, Backend backend,
                                             const DashboardColumns &columns, QStringList *missing);
    // Active subscriptions ending in [now, now + 30 days): id, tenant id, tenant name, plan
    // name, billing cycle, current_period_end. Soonest first.
    static SqlFragment renewals(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                QStringList *missing);

    // Audit logs by created_at: bucket, event_type, COUNT(*).
    static SqlFragment auditBuckets(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                    QStringList *missing);
    // success = false: event_type, action ('' when NULL), COUNT(*); most first, topRows.
    static SqlFragment failedActions(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                     QStringList *missing);
    // user id, email, COUNT(*); most first, topRows.
    static SqlFragment activeUsers(const DashboardScope &scope, Backend backend, const DashboardColumns &columns,
                                   QStringList *missing);
};
