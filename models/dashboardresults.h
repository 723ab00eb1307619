#pragma once
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <variant>

// The dashboard's panels and what each one's queries answer: plain values, built on the
// dashboard worker's thread from rows the database aggregated (DashboardReader), handed to the
// UI by signal (DashboardService). Nothing here holds a connection or a widget.

enum class DashboardPanel { Quotas, QuotaTruth, Usage, Executions, Plans, Audit };
constexpr int dashboardPanelCount = 6;

// The width of one point on a time axis. Weeks start on Monday on both backends.
enum class DashboardBucket { Day, Week, Month };

// What every panel's query is narrowed by.
struct DashboardScope
{
    QString tenantId;   // the tenant lens; empty: every tenant
    QDateTime from;     // UTC, included
    QDateTime to;       // UTC, excluded
    DashboardBucket bucket = DashboardBucket::Day;
    QDateTime now;      // renewals are due in [now, now + 30 days); invalid: the current time
    int topTenants = 5;   // usage: tenants stacked by name; the rest add up as "others"
    int topRows = 10;     // ranked lists (failing resources, users, actions, percentiles)

    // Day up to 31 days, week up to 26 weeks, month beyond.
    static DashboardBucket bucketFor(const QDateTime &from, const QDateTime &to);
    // The same length of time just before this one (usage: this period against the previous).
    DashboardScope previousPeriod() const;
};

// Where a panel needs a column or table the connected database lacks (an old migration), its
// parts that need it are left empty and `unavailable` names what was missing
// ("executions.resource_id", "usage_records"); the rest of the panel is still filled.

enum class QuotaLevel { Ok, Amber, Red };  // amber from 80 % of the limit, red above 100 %

struct QuotaRow
{
    QString tenantId;
    QString tenantName;
    QString key;        // a key of resource_quota: "agents"
    double used = 0;    // usage[key]; 0 when usage lacks the key or it is not a number
    double limit = 0;   // resource_quota[key]
    double ratio = 0;   // used / limit; +infinity when the limit is 0 and something is used
    QuotaLevel level = QuotaLevel::Ok;
};

struct QuotaStats  // sorted by ratio, closest to (or furthest over) the limit first
{
    QList<QuotaRow> rows;
    QStringList unavailable;
    double elapsedMs = 0;
};

struct QuotaTruthRow
{
    QString tenantId;
    QString tenantName;
    QString key;        // agents, workflows, projects, api_keys, users
    QVariant recorded;  // usage[key] as a double; invalid when usage lacks the key or it is not a number
    qint64 live = -1;   // rows of that table owned by the tenant; -1 when the table is missing
    bool differs = false;  // recorded != live (a missing key differs when live > 0)
};

struct QuotaTruth  // tenants by name, keys in the order above
{
    QList<QuotaTruthRow> rows;
    QStringList unavailable;
    double elapsedMs = 0;
};

struct UsagePoint
{
    QDateTime bucket;     // UTC start of the day, week or month
    QString billingUnit;
    QString tenantId;     // empty: "others", every tenant outside the top ones added up
    QString tenantName;
    double quantity = 0;
    double totalCost = 0;
    qint64 records = 0;
};

struct UsagePeriodTotal
{
    QString key;          // a currency (costs) or a billing unit (quantities)
    double current = 0;   // within the scope
    double previous = 0;  // the same length of time just before it
};

struct UsageStats
{
    QList<UsagePoint> series;          // by bucket, billing unit, then tenant ("others" last)
    QStringList topTenantIds;          // the stacked tenants, largest total_cost first
    QList<UsagePeriodTotal> costByCurrency;
    QList<UsagePeriodTotal> quantityByUnit;
    QStringList unavailable;
    double elapsedMs = 0;
};

struct StatusCount
{
    QDateTime bucket;  // invalid where the count is not over time (subscriptions by status)
    QString status;
    qint64 count = 0;
};

struct DurationStats
{
    QString executionType;  // agent or workflow
    QString resourceId;
    QString resourceName;   // empty when the agent or workflow no longer exists
    qint64 runs = 0;        // executions with an execution_time
    double p50 = 0;         // seconds, as percentile_cont interpolates
    double p95 = 0;
};

struct FailingResource
{
    QString executionType;
    QString resourceId;
    QString resourceName;
    qint64 failures = 0;
    QDateTime lastFailedAt;
    QString lastError;      // the error of the latest failed execution
};

struct ExecutionStats
{
    QList<StatusCount> byBucket;    // by bucket, then status
    qint64 total = 0;               // within the scope
    qint64 failed = 0;
    qint64 finished = 0;            // completed + failed
    double failureRate = 0;         // failed / finished; 0 when nothing finished
    QList<DurationStats> durations; // most runs first, at most topRows
    QList<FailingResource> failing; // most failures first, at most topRows
    QStringList unavailable;
    double elapsedMs = 0;
};

struct PlanCount
{
    QString plan;    // tenants.plan as stored (free, pro, enterprise); empty when unset
    qint64 tenants = 0;
};

struct Renewal
{
    QString subscriptionId;
    QString tenantId;
    QString tenantName;
    QString planName;
    QString billingCycle;
    QDateTime periodEnd;
};

struct PlanStats  // current state: not narrowed by from / to
{
    QList<PlanCount> tenantsPerPlan;     // most tenants first
    QList<StatusCount> subscriptions;    // by status
    QList<Renewal> renewals;             // active subscriptions ending within 30 days, soonest first
    QStringList unavailable;
    double elapsedMs = 0;
};

struct NamedCount
{
    QString key;     // user id, or event_type
    QString label;   // user email, or action
    qint64 count = 0;
};

struct AuditActivity
{
    QList<StatusCount> byBucket;    // status holds the event_type; by bucket, then event type
    QList<NamedCount> failedActions;// success = false by event_type (key) and action (label)
    QList<NamedCount> activeUsers;  // key user_id, label email; most events first
    QStringList unavailable;
    double elapsedMs = 0;
};

using DashboardResult = std::variant<QuotaStats, QuotaTruth, UsageStats, ExecutionStats, PlanStats, AuditActivity>;

Q_DECLARE_METATYPE(DashboardPanel)
Q_DECLARE_METATYPE(DashboardScope)
Q_DECLARE_METATYPE(DashboardResult)
Q_DECLARE_METATYPE(DashboardBucket)
