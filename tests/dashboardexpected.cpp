#include "dashboardexpected.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace {

bool inRange(const QString &timestamp, const DashboardScope &scope)
{
    // Fixed-width text orders as the instants do.
    return timestamp >= DashboardExpected::text(scope.from) && timestamp < DashboardExpected::text(scope.to);
}

QDateTime utcDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

QString DashboardExpected::text(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"));
}

QDate DashboardExpected::bucketOf(const QString &timestamp, DashboardBucket bucket)
{
    const QDate day = QDate::fromString(timestamp.left(10), Qt::ISODate);
    if (bucket == DashboardBucket::Week)
        return day.addDays(-(day.dayOfWeek() - 1));
    if (bucket == DashboardBucket::Month)
        return QDate(day.year(), day.month(), 1);
    return day;
}

double DashboardExpected::percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const double position = fraction * double(values.size() - 1);
    const double low = std::floor(position);
    const double high = std::ceil(position);
    const double a = values.at(int(low));
    const double b = values.at(int(high));
    return a + (b - a) * (position - low);
}

QList<QuotaRow> DashboardExpected::quotas(const DashboardFixture &fx, const QString &tenantId)
{
    QList<QuotaRow> rows;
    for (const DashboardFixture::Tenant &t : fx.tenants) {
        if (!tenantId.isEmpty() && t.id != tenantId)
            continue;
        const QJsonObject quota = QJsonDocument::fromJson(t.quota.toUtf8()).object();
        const QJsonObject usage = QJsonDocument::fromJson(t.usage.toUtf8()).object();
        for (auto it = quota.begin(); it != quota.end(); ++it) {
            if (!it.value().isDouble())
                continue;
            QuotaRow row;
            row.tenantId = t.id;
            row.tenantName = t.name;
            row.key = it.key();
            row.limit = it.value().toDouble();
            row.used = usage.value(it.key()).isDouble() ? usage.value(it.key()).toDouble() : 0.0;
            if (row.limit > 0) {
                row.ratio = row.used / row.limit;
                row.level = row.ratio > 1.0 ? QuotaLevel::Red : row.ratio >= 0.8 ? QuotaLevel::Amber : QuotaLevel::Ok;
            } else {
                row.ratio = row.used > 0 ? std::numeric_limits<double>::infinity() : 0.0;
                row.level = row.used > 0 ? QuotaLevel::Red : QuotaLevel::Ok;
            }
            rows.append(row);
        }
    }
    // Used zero limits first, then by ratio (unused zero limits have none: last), then names.
    auto key = [](const QuotaRow &r) {
        const bool usedZero = r.limit <= 0 && r.used > 0;
        const bool noRatio = r.limit <= 0;
        return std::make_tuple(usedZero ? 0 : 1, noRatio ? 1 : 0, noRatio ? 0.0 : -r.ratio, r.tenantName, r.tenantId, r.key);
    };
    std::sort(rows.begin(), rows.end(), [&key](const QuotaRow &a, const QuotaRow &b) { return key(a) < key(b); });
    return rows;
}

QList<QuotaTruthRow> DashboardExpected::quotaTruth(const DashboardFixture &fx, const QString &tenantId)
{
    QList<DashboardFixture::Tenant> tenants = fx.tenants;
    std::sort(tenants.begin(), tenants.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    QList<QuotaTruthRow> rows;
    for (const DashboardFixture::Tenant &t : tenants) {
        if (!tenantId.isEmpty() && t.id != tenantId)
            continue;
        QMap<QString, qint64> live;
        for (const auto &r : fx.resources)
            live[r.type == QLatin1String("agent") ? "agents" : "workflows"] += r.exists && r.tenantId == t.id ? 1 : 0;
        for (const auto &p : fx.projects)
            live["projects"] += p.second == t.id ? 1 : 0;
        for (const auto &k : fx.apiKeys)
            live["api_keys"] += k.second == t.id ? 1 : 0;
        for (const auto &u : fx.users)
            live["users"] += u.tenantId == t.id ? 1 : 0;
        const QJsonObject usage = QJsonDocument::fromJson(t.usage.toUtf8()).object();
        for (const QString key : {"agents", "workflows", "projects", "api_keys", "users"}) {
            QuotaTruthRow row;
            row.tenantId = t.id;
            row.tenantName = t.name;
            row.key = key;
            if (usage.value(key).isDouble())
                row.recorded = usage.value(key).toDouble();
            row.live = live.value(key);
            row.differs = row.recorded.isValid() ? row.recorded.toDouble() != double(row.live) : row.live > 0;
            rows.append(row);
        }
    }
    return rows;
}

UsageStats DashboardExpected::usage(const DashboardFixture &fx, const DashboardScope &scope)
{
    UsageStats stats;
    const DashboardScope previous = scope.previousPeriod();
    QMap<QString, double> costByTenant;
    QMap<QString, QPair<double, double>> currency, unit;
    for (const DashboardFixture::Usage &u : fx.usage) {
        const QString time = u.periodStart.isEmpty() ? u.createdAt : u.periodStart;
        if (!scope.tenantId.isEmpty() && u.tenantId != scope.tenantId)
            continue;
        if (inRange(time, scope)) {
            costByTenant[u.tenantId] += u.cost;
            currency[u.currency].first += u.cost;
            unit[u.unit].first += u.quantity;
        } else if (inRange(time, previous)) {
            currency[u.currency].second += u.cost;
            unit[u.unit].second += u.quantity;
        }
    }
    QStringList ranked = costByTenant.keys();
    std::sort(ranked.begin(), ranked.end(), [&costByTenant](const QString &a, const QString &b) {
        return costByTenant.value(a) != costByTenant.value(b) ? costByTenant.value(a) > costByTenant.value(b) : a < b;
    });
    stats.topTenantIds = ranked.mid(0, scope.topTenants);
    QMap<std::tuple<QDate, QString, int>, UsagePoint> points;
    for (const DashboardFixture::Usage &u : fx.usage) {
        const QString time = u.periodStart.isEmpty() ? u.createdAt : u.periodStart;
        if ((!scope.tenantId.isEmpty() && u.tenantId != scope.tenantId) || !inRange(time, scope))
            continue;
        const int rank = int(stats.topTenantIds.indexOf(u.tenantId));
        const auto key = std::make_tuple(bucketOf(time, scope.bucket), u.unit, rank < 0 ? scope.topTenants : rank);
        UsagePoint &p = points[key];
        p.bucket = utcDay(std::get<0>(key));
        p.billingUnit = u.unit;
        p.tenantId = rank < 0 ? QString() : u.tenantId;
        p.tenantName = rank < 0 ? QString() : fx.tenantName(u.tenantId);
        p.quantity += u.quantity;
        p.totalCost += u.cost;
        ++p.records;
    }
    stats.series = points.values();
    for (auto it = currency.begin(); it != currency.end(); ++it)
        stats.costByCurrency.append({it.key(), it.value().first, it.value().second});
    for (auto it = unit.begin(); it != unit.end(); ++it)
        stats.quantityByUnit.append({it.key(), it.value().first, it.value().second});
    return stats;
}

ExecutionStats DashboardExpected::executions(const DashboardFixture &fx, const DashboardScope &scope)
{
    ExecutionStats stats;
    QMap<QPair<QDate, QString>, qint64> buckets;
    QMap<QPair<QString, QString>, QList<double>> durations;
    QMap<QPair<QString, QString>, QList<const DashboardFixture::Execution *>> failures;
    for (const DashboardFixture::Execution &e : fx.executions) {
        if ((!scope.tenantId.isEmpty() && e.tenantId != scope.tenantId) || !inRange(e.createdAt, scope))
            continue;
        ++buckets[{bucketOf(e.createdAt, scope.bucket), e.status}];
        ++stats.total;
        stats.failed += e.status == QLatin1String("failed") ? 1 : 0;
        stats.finished += e.status == QLatin1String("failed") || e.status == QLatin1String("completed") ? 1 : 0;
        if (!e.seconds.isNull())
            durations[{e.type, e.resourceId}].append(e.seconds.toDouble());
        if (e.status == QLatin1String("failed"))
            failures[{e.type, e.resourceId}].append(&e);
    }
    stats.failureRate = stats.finished ? double(stats.failed) / double(stats.finished) : 0.0;
    for (auto it = buckets.begin(); it != buckets.end(); ++it)
        stats.byBucket.append({utcDay(it.key().first), it.key().second, it.value()});
    for (auto it = durations.begin(); it != durations.end(); ++it)
        stats.durations.append({it.key().first, it.key().second, fx.resourceName(it.key().first, it.key().second),
                                it.value().size(), percentile(it.value(), 0.5), percentile(it.value(), 0.95)});
    std::stable_sort(stats.durations.begin(), stats.durations.end(),
                     [](const DurationStats &a, const DurationStats &b) { return a.runs > b.runs; });
    stats.durations = stats.durations.mid(0, scope.topRows);
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const DashboardFixture::Execution *latest = it.value().first();
        for (const auto *e : it.value())
            latest = e->createdAt > latest->createdAt ? e : latest;
        stats.failing.append({it.key().first, it.key().second, fx.resourceName(it.key().first, it.key().second),
                              it.value().size(), QDateTime::fromString(latest->createdAt.left(23), "yyyy-MM-dd HH:mm:ss.zzz"),
                              latest->error});
        stats.failing.last().lastFailedAt.setTimeSpec(Qt::UTC);
    }
    std::stable_sort(stats.failing.begin(), stats.failing.end(), [](const FailingResource &a, const FailingResource &b) {
        return a.failures != b.failures ? a.failures > b.failures : a.lastFailedAt > b.lastFailedAt;
    });
    stats.failing = stats.failing.mid(0, scope.topRows);
    return stats;
}

PlanStats DashboardExpected::plans(const DashboardFixture &fx, const DashboardScope &scope)
{
    PlanStats stats;
    QMap<QString, qint64> perPlan, perStatus;
    for (const auto &t : fx.tenants) {
        if (scope.tenantId.isEmpty() || t.id == scope.tenantId)
            ++perPlan[t.plan];
    }
    const QString now = text(scope.now);
    const QString due = text(scope.now.addDays(30));
    QList<DashboardFixture::Subscription> due30;
    for (const auto &s : fx.subscriptions) {
        if (!scope.tenantId.isEmpty() && s.tenantId != scope.tenantId)
            continue;
        ++perStatus[s.status];
        if (s.status == QLatin1String("active") && s.periodEnd >= now && s.periodEnd < due)
            due30.append(s);
    }
    auto byCount = [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    QList<QPair<QString, qint64>> plans, statuses;
    for (auto it = perPlan.begin(); it != perPlan.end(); ++it)
        plans.append({it.key(), it.value()});
    for (auto it = perStatus.begin(); it != perStatus.end(); ++it)
        statuses.append({it.key(), it.value()});
    std::sort(plans.begin(), plans.end(), byCount);
    std::sort(statuses.begin(), statuses.end(), byCount);
    for (const auto &p : plans)
        stats.tenantsPerPlan.append({p.first, p.second});
    for (const auto &s : statuses)
        stats.subscriptions.append({QDateTime(), s.first, s.second});
    std::sort(due30.begin(), due30.end(), [](const auto &a, const auto &b) { return a.periodEnd < b.periodEnd; });
    for (const auto &s : due30) {
        QString planName;
        for (const auto &p : fx.plans)
            planName = p.id == s.planId ? p.name : planName;
        QDateTime end = QDateTime::fromString(s.periodEnd.left(23), "yyyy-MM-dd HH:mm:ss.zzz");
        end.setTimeSpec(Qt::UTC);
        stats.renewals.append({s.id, s.tenantId, fx.tenantName(s.tenantId), planName, s.cycle, end});
    }
    return stats;
}

AuditActivity DashboardExpected::audit(const DashboardFixture &fx, const DashboardScope &scope)
{
    AuditActivity activity;
    QMap<QPair<QDate, QString>, qint64> buckets;
    QMap<QPair<QString, QString>, qint64> failed;
    QMap<QString, qint64> users;
    for (const auto &a : fx.audit) {
        if (!inRange(a.createdAt, scope))
            continue;
        if (!scope.tenantId.isEmpty() && (a.userId.isEmpty() || fx.userTenant(a.userId) != scope.tenantId))
            continue;
        ++buckets[{bucketOf(a.createdAt, scope.bucket), a.eventType}];
        if (!a.success)
            ++failed[{a.eventType, a.action}];
        if (!a.userId.isEmpty())
            ++users[a.userId];
    }
    for (auto it = buckets.begin(); it != buckets.end(); ++it)
        activity.byBucket.append({utcDay(it.key().first), it.key().second, it.value()});
    for (auto it = failed.begin(); it != failed.end(); ++it)
        activity.failedActions.append({it.key().first, it.key().second, it.value()});
    for (auto it = users.begin(); it != users.end(); ++it)
        activity.activeUsers.append({it.key(), fx.userEmail(it.key()), it.value()});
    auto most = [](const NamedCount &a, const NamedCount &b) { return a.count > b.count; };
    std::stable_sort(activity.failedActions.begin(), activity.failedActions.end(), most);
    std::stable_sort(activity.activeUsers.begin(), activity.activeUsers.end(), most);
    activity.failedActions = activity.failedActions.mid(0, scope.topRows);
    activity.activeUsers = activity.activeUsers.mid(0, scope.topRows);
    return activity;
}
