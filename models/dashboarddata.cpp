#include "dashboarddata.h"
#include "exportwriter.h"
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <cmath>
#include <nlohmann/json.hpp>

namespace {

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString levelName(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:    return QStringLiteral("ok");
    case QuotaLevel::Amber: return QStringLiteral("amber");
    case QuotaLevel::Red:   return QStringLiteral("red");
    }
    return {};
}

// A value as CSV text: numbers in their shortest exact form, datetimes ISO UTC, infinity named.
QString csvText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isinf(number))
            return number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDateTime:
        return isoUtc(value.toDateTime());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.toString();
    }
}

// JSON has no infinity: a ratio over a zero limit is written as null beside its figures.
nlohmann::ordered_json jsonValue(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return nullptr;
    switch (value.metaType().id()) {
    case QMetaType::Double: {
        const double number = value.toDouble();
        return std::isfinite(number) ? nlohmann::ordered_json(number) : nlohmann::ordered_json(nullptr);
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QDateTime:
        return isoUtc(value.toDateTime()).toStdString();
    default:
        return value.toString().toStdString();
    }
}

QList<DashboardDataset> quotaData(const QuotaStats &stats)
{
    DashboardDataset quotas{QStringLiteral("quotas"),
                            {QStringLiteral("tenant_id"), QStringLiteral("tenant"), QStringLiteral("key"), QStringLiteral("used"),
                             QStringLiteral("limit"), QStringLiteral("ratio"), QStringLiteral("level")}, {}};
    for (const QuotaRow &r : stats.rows)
        quotas.rows.append({r.tenantId, r.tenantName, r.key, r.used, r.limit, r.ratio, levelName(r.level)});
    return {quotas};
}

QList<DashboardDataset> truthData(const QuotaTruth &truth)
{
    DashboardDataset rows{QStringLiteral("quota_truth"),
                          {QStringLiteral("tenant_id"), QStringLiteral("tenant"), QStringLiteral("key"), QStringLiteral("recorded"),
                           QStringLiteral("live"), QStringLiteral("differs")}, {}};
    for (const QuotaTruthRow &r : truth.rows)
        rows.rows.append({r.tenantId, r.tenantName, r.key, r.recorded, r.live >= 0 ? QVariant(r.live) : QVariant(), r.differs});
    return {rows};
}

QList<DashboardDataset> usageData(const UsageStats &stats)
{
    DashboardDataset series{QStringLiteral("usage"),
                            {QStringLiteral("bucket"), QStringLiteral("billing_unit"), QStringLiteral("tenant_id"), QStringLiteral("tenant"),
                             QStringLiteral("quantity"), QStringLiteral("total_cost"), QStringLiteral("records")}, {}};
    for (const UsagePoint &p : stats.series) {
        series.rows.append({p.bucket, p.billingUnit, p.tenantId, p.tenantId.isEmpty() ? DashboardData::tr("others") : p.tenantName,
                            p.quantity, p.totalCost, p.records});
    }
    DashboardDataset totals{QStringLiteral("period_totals"),
                            {QStringLiteral("kind"), QStringLiteral("key"), QStringLiteral("current"), QStringLiteral("previous")}, {}};
    for (const UsagePeriodTotal &t : stats.costByCurrency)
        totals.rows.append({QStringLiteral("cost"), t.key, t.current, t.previous});
    for (const UsagePeriodTotal &t : stats.quantityByUnit)
        totals.rows.append({QStringLiteral("quantity"), t.key, t.current, t.previous});
    return {series, totals};
}

QList<DashboardDataset> executionData(const ExecutionStats &stats)
{
    DashboardDataset buckets{QStringLiteral("executions_by_bucket"),
                             {QStringLiteral("bucket"), QStringLiteral("status"), QStringLiteral("count")}, {}};
    for (const StatusCount &c : stats.byBucket)
        buckets.rows.append({c.bucket, c.status, c.count});
    DashboardDataset durations{QStringLiteral("durations"),
                               {QStringLiteral("execution_type"), QStringLiteral("resource_id"), QStringLiteral("resource"),
                                QStringLiteral("runs"), QStringLiteral("p50_seconds"), QStringLiteral("p95_seconds")}, {}};
    for (const DurationStats &d : stats.durations)
        durations.rows.append({d.executionType, d.resourceId, d.resourceName, d.runs, d.p50, d.p95});
    DashboardDataset failing{QStringLiteral("failing"),
                             {QStringLiteral("execution_type"), QStringLiteral("resource_id"), QStringLiteral("resource"),
                              QStringLiteral("failures"), QStringLiteral("last_failed_at"), QStringLiteral("last_error")}, {}};
    for (const FailingResource &f : stats.failing)
        failing.rows.append({f.executionType, f.resourceId, f.resourceName, f.failures, f.lastFailedAt, f.lastError});
    DashboardDataset summary{QStringLiteral("summary"),
                             {QStringLiteral("total"), QStringLiteral("failed"), QStringLiteral("finished"), QStringLiteral("failure_rate")},
                             {{stats.total, stats.failed, stats.finished, stats.failureRate}}};
    return {buckets, durations, failing, summary};
}

QList<DashboardDataset> planData(const PlanStats &stats)
{
    DashboardDataset plans{QStringLiteral("tenants_per_plan"), {QStringLiteral("plan"), QStringLiteral("tenants")}, {}};
    for (const PlanCount &p : stats.tenantsPerPlan)
        plans.rows.append({p.plan, p.tenants});
    DashboardDataset subscriptions{QStringLiteral("subscriptions_by_status"), {QStringLiteral("status"), QStringLiteral("count")}, {}};
    for (const StatusCount &c : stats.subscriptions)
        subscriptions.rows.append({c.status, c.count});
    DashboardDataset renewals{QStringLiteral("renewals"),
                              {QStringLiteral("subscription_id"), QStringLiteral("tenant_id"), QStringLiteral("tenant"),
                               QStringLiteral("plan"), QStringLiteral("billing_cycle"), QStringLiteral("period_end")}, {}};
    for (const Renewal &r : stats.renewals)
        renewals.rows.append({r.subscriptionId, r.tenantId, r.tenantName, r.planName, r.billingCycle, r.periodEnd});
    return {plans, subscriptions, renewals};
}

QList<DashboardDataset> auditData(const AuditActivity &activity)
{
    DashboardDataset buckets{QStringLiteral("events_by_bucket"),
                             {QStringLiteral("bucket"), QStringLiteral("event_type"), QStringLiteral("count")}, {}};
    for (const StatusCount &c : activity.byBucket)
        buckets.rows.append({c.bucket, c.status, c.count});
    DashboardDataset failed{QStringLiteral("failed_actions"),
                            {QStringLiteral("event_type"), QStringLiteral("action"), QStringLiteral("failures")}, {}};
    for (const NamedCount &n : activity.failedActions)
        failed.rows.append({n.key, n.label, n.count});
    DashboardDataset users{QStringLiteral("active_users"), {QStringLiteral("user_id"), QStringLiteral("email"), QStringLiteral("events")}, {}};
    for (const NamedCount &n : activity.activeUsers)
        users.rows.append({n.key, n.label, n.count});
    return {buckets, failed, users};
}

} // namespace

QString DashboardData::panelName(DashboardPanel panel)
{
    switch (panel) {
    case DashboardPanel::Quotas:     return QStringLiteral("quotas");
    case DashboardPanel::QuotaTruth: return QStringLiteral("quota_truth");
    case DashboardPanel::Usage:      return QStringLiteral("usage");
    case DashboardPanel::Executions: return QStringLiteral("executions");
    case DashboardPanel::Plans:      return QStringLiteral("plans");
    case DashboardPanel::Audit:      return QStringLiteral("audit");
    }
    return {};
}

QList<DashboardDataset> DashboardData::datasets(const DashboardResult &result)
{
    return std::visit([](const auto &stats) -> QList<DashboardDataset> {
        using T = std::decay_t<decltype(stats)>;
        if constexpr (std::is_same_v<T, QuotaStats>)
            return quotaData(stats);
        else if constexpr (std::is_same_v<T, QuotaTruth>)
            return truthData(stats);
        else if constexpr (std::is_same_v<T, UsageStats>)
            return usageData(stats);
        else if constexpr (std::is_same_v<T, ExecutionStats>)
            return executionData(stats);
        else if constexpr (std::is_same_v<T, PlanStats>)
            return planData(stats);
        else
            return auditData(stats);
    }, result);
}

bool DashboardData::writeCsv(QIODevice *device, const DashboardDataset &dataset)
{
    QByteArray out;
    QStringList header = dataset.columns;
    for (int i = 0; i < header.size(); ++i)
        out += (i ? "," : "") + ExportWriter::csvField(header.at(i));
    out += "\r\n";
    for (const QVariantList &row : dataset.rows) {
        for (int i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + ExportWriter::csvField(csvText(row.at(i)));
        out += "\r\n";
    }
    return device->write(out) == out.size();
}

bool DashboardData::writeJson(QIODevice *device, DashboardPanel panel, const DashboardScope &scope,
                              const QList<DashboardDataset> &datasets)
{
    nlohmann::ordered_json document = {{"panel", panelName(panel).toStdString()},
                                       {"from", isoUtc(scope.from).toStdString()},
                                       {"to", isoUtc(scope.to).toStdString()},
                                       {"tenant_id", scope.tenantId.isEmpty() ? nlohmann::ordered_json(nullptr)
                                                                              : nlohmann::ordered_json(scope.tenantId.toStdString())}};
    nlohmann::ordered_json all = nlohmann::ordered_json::object();
    for (const DashboardDataset &dataset : datasets) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const QVariantList &row : dataset.rows) {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (int i = 0; i < dataset.columns.size() && i < row.size(); ++i)
                object[dataset.columns.at(i).toStdString()] = jsonValue(row.at(i));
            rows.push_back(std::move(object));
        }
        all[dataset.name.toStdString()] = std::move(rows);
    }
    document["datasets"] = std::move(all);
    const QByteArray out = QByteArray::fromStdString(document.dump(2)) + '\n';
    return device->write(out) == out.size();
}

QString DashboardData::csvPathFor(const QString &basePath, const QList<DashboardDataset> &datasets, int index)
{
    if (index == 0)
        return basePath;
    const QFileInfo info(basePath);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    return stem + QLatin1Char('-') + datasets.at(index).name + QStringLiteral(".csv");
}
