#include "dashboardreader.h"
#include "databaseconnection.h"
#include "schemainspector.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace {

QDateTime bucketTime(const QVariant &text)
{
    const QDate day = QDate::fromString(text.toString().left(10), Qt::ISODate);
    return day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC) : QDateTime();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

DashboardReader::DashboardReader(const QSqlDatabase &db, const DashboardColumns &columns)
    : m_db(db)
    , m_columns(columns)
    , m_backend(DatabaseConnection::backendOf(db))
{
}

std::optional<DashboardColumns> DashboardReader::columnsOf(const QSqlDatabase &db, QString *error)
{
    const SchemaInspector::Result inspected = SchemaInspector::inspect(db);
    if (!inspected.ok()) {
        if (error)
            *error = inspected.error;
        return std::nullopt;
    }
    return DashboardQueries::columnsOf(inspected.schema);
}

QuotaLevel DashboardReader::levelFor(double used, double limit)
{
    // Compared as products, not as a quotient, so exactly 80 % is amber whatever the rounding.
    if (used > limit)
        return QuotaLevel::Red;
    if (used * 100.0 >= limit * 80.0 && used > 0)
        return QuotaLevel::Amber;
    return QuotaLevel::Ok;
}

bool DashboardReader::run(const SqlFragment &statement, const RowHandler &onRow)
{
    if (statement.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = q.prepare(statement.sql);
    if (ok) {
        for (const QVariant &value : statement.values)
            q.addBindValue(value);
        ok = q.exec();
    }
    if (ok) {
        while (q.next())
            onRow(q);
        ok = !q.lastError().isValid();
    }
    if (ok)
        return true;
    const QSqlError error = q.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qWarning("dashboard query failed: %s", qPrintable(text));
    m_interrupted = text.contains(QLatin1String("interrupt")) || text.contains(QLatin1String("canceling statement"));
    m_connectionLost = error.type() == QSqlError::ConnectionError || !m_db.isOpen();
    m_error = m_interrupted ? tr("Cancelled.") : text.trimmed();
    return false;
}

std::optional<DashboardResult> DashboardReader::read(DashboardPanel panel, const DashboardScope &scope)
{
    m_error.clear();
    m_interrupted = false;
    m_connectionLost = false;
    std::optional<DashboardResult> result;
    switch (panel) {
    case DashboardPanel::Quotas:     if (auto r = quotas(scope)) result = *r; break;
    case DashboardPanel::QuotaTruth: if (auto r = quotaTruth(scope)) result = *r; break;
    case DashboardPanel::Usage:      if (auto r = usage(scope)) result = *r; break;
    case DashboardPanel::Executions: if (auto r = executions(scope)) result = *r; break;
    case DashboardPanel::Plans:      if (auto r = plans(scope)) result = *r; break;
    case DashboardPanel::Audit:      if (auto r = audit(scope)) result = *r; break;
    }
    return result;
}

std::optional<QuotaStats> DashboardReader::quotas(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    QuotaStats stats;
    const SqlFragment statement = DashboardQueries::quotas(scope, m_backend, m_columns, &stats.unavailable);
    const bool ok = run(statement, [&stats](const QSqlQuery &q) {
        QuotaRow row;
        row.tenantId = q.value(0).toString();
        row.tenantName = q.value(1).toString();
        row.key = q.value(2).toString();
        row.limit = q.value(3).toDouble();
        row.used = q.value(4).toDouble();
        if (!q.value(5).isNull())
            row.ratio = q.value(5).toDouble();
        else if (row.used > 0)
            row.ratio = std::numeric_limits<double>::infinity();
        row.level = levelFor(row.used, row.limit);
        stats.rows.append(row);
    });
    if (!ok)
        return std::nullopt;
    stats.elapsedMs = elapsedMs(timer);
    return stats;
}

std::optional<QuotaTruth> DashboardReader::quotaTruth(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    QuotaTruth truth;
    const SqlFragment statement = DashboardQueries::quotaTruth(scope, m_backend, m_columns, &truth.unavailable);
    const QStringList keys = DashboardQueries::liveCountKeys();
    const bool ok = run(statement, [&truth, &keys](const QSqlQuery &q) {
        for (int k = 0; k < keys.size(); ++k) {
            QuotaTruthRow row;
            row.tenantId = q.value(0).toString();
            row.tenantName = q.value(1).toString();
            row.key = keys.at(k);
            const QVariant recorded = q.value(2 + 2 * k);
            if (!recorded.isNull())
                row.recorded = recorded.toDouble();
            row.live = q.value(3 + 2 * k).toLongLong();
            row.differs = row.live >= 0 && (row.recorded.isValid() ? row.recorded.toDouble() != double(row.live) : row.live > 0);
            truth.rows.append(row);
        }
    });
    if (!ok)
        return std::nullopt;
    truth.elapsedMs = elapsedMs(timer);
    return truth;
}

std::optional<UsageStats> DashboardReader::usage(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    UsageStats stats;
    QMap<qlonglong, QString> ranked;
    const SqlFragment series = DashboardQueries::usageSeries(scope, m_backend, m_columns, &stats.unavailable);
    bool ok = run(series, [&stats, &ranked](const QSqlQuery &q) {
        UsagePoint point;
        point.bucket = bucketTime(q.value(0));
        point.billingUnit = q.value(1).toString();
        point.tenantId = q.value(2).toString();
        point.tenantName = q.value(3).toString();
        if (!q.value(4).isNull())
            ranked.insert(q.value(4).toLongLong(), point.tenantId);
        point.quantity = q.value(5).toDouble();
        point.totalCost = q.value(6).toDouble();
        point.records = q.value(7).toLongLong();
        stats.series.append(point);
    });
    stats.topTenantIds = ranked.values();
    const SqlFragment totals = DashboardQueries::usageTotals(scope, m_backend, m_columns, nullptr);
    ok = ok && run(totals, [&stats](const QSqlQuery &q) {
        const UsagePeriodTotal total{q.value(1).toString(), q.value(2).toDouble(), q.value(3).toDouble()};
        (q.value(0).toString() == QLatin1String("currency") ? stats.costByCurrency : stats.quantityByUnit).append(total);
    });
    if (!ok)
        return std::nullopt;
    stats.elapsedMs = elapsedMs(timer);
    return stats;
}

std::optional<ExecutionStats> DashboardReader::executions(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    ExecutionStats stats;
    bool ok = run(DashboardQueries::executionBuckets(scope, m_backend, m_columns, &stats.unavailable),
                  [&stats](const QSqlQuery &q) {
        const StatusCount count{bucketTime(q.value(0)), q.value(1).toString(), q.value(2).toLongLong()};
        stats.total += count.count;
        if (count.status == QLatin1String("failed"))
            stats.failed += count.count;
        if (count.status == QLatin1String("failed") || count.status == QLatin1String("completed"))
            stats.finished += count.count;
        stats.byBucket.append(count);
    });
    stats.failureRate = stats.finished > 0 ? double(stats.failed) / double(stats.finished) : 0.0;
    ok = ok && run(DashboardQueries::executionPercentiles(scope, m_backend, m_columns, &stats.unavailable),
                   [&stats](const QSqlQuery &q) {
        stats.durations.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toLongLong(), q.value(4).toDouble(), q.value(5).toDouble()});
    });
    ok = ok && run(DashboardQueries::failingResources(scope, m_backend, m_columns, &stats.unavailable),
                   [&stats](const QSqlQuery &q) {
        stats.failing.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toLongLong(), ValueCodec::decodeDateTime(q.value(4)), q.value(5).toString()});
    });
    if (!ok)
        return std::nullopt;
    stats.elapsedMs = elapsedMs(timer);
    return stats;
}

std::optional<PlanStats> DashboardReader::plans(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    PlanStats stats;
    bool ok = run(DashboardQueries::tenantsPerPlan(scope, m_backend, m_columns, &stats.unavailable),
                  [&stats](const QSqlQuery &q) {
        stats.tenantsPerPlan.append({q.value(0).toString(), q.value(1).toLongLong()});
    });
    ok = ok && run(DashboardQueries::subscriptionsByStatus(scope, m_backend, m_columns, &stats.unavailable),
                   [&stats](const QSqlQuery &q) {
        stats.subscriptions.append({QDateTime(), q.value(0).toString(), q.value(1).toLongLong()});
    });
    ok = ok && run(DashboardQueries::renewals(scope, m_backend, m_columns, &stats.unavailable),
                   [&stats](const QSqlQuery &q) {
        stats.renewals.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), ValueCodec::decodeDateTime(q.value(5))});
    });
    if (!ok)
        return std::nullopt;
    stats.elapsedMs = elapsedMs(timer);
    return stats;
}

std::optional<AuditActivity> DashboardReader::audit(const DashboardScope &scope)
{
    QElapsedTimer timer;
    timer.start();
    AuditActivity activity;
    bool ok = run(DashboardQueries::auditBuckets(scope, m_backend, m_columns, &activity.unavailable),
                  [&activity](const QSqlQuery &q) {
        activity.byBucket.append({bucketTime(q.value(0)), q.value(1).toString(), q.value(2).toLongLong()});
    });
    ok = ok && run(DashboardQueries::failedActions(scope, m_backend, m_columns, &activity.unavailable),
                   [&activity](const QSqlQuery &q) {
        activity.failedActions.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    });
    ok = ok && run(DashboardQueries::activeUsers(scope, m_backend, m_columns, &activity.unavailable),
                   [&activity](const QSqlQuery &q) {
        activity.activeUsers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    });
    if (!ok)
        return std::nullopt;
    activity.elapsedMs = elapsedMs(timer);
    return activity;
}
