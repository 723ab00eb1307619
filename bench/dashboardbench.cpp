#include "dashboardbench.h"
#include "dashboardqueries.h"
#include "dashboardreader.h"
#include "dashboardservice.h"
#include "databaseconnection.h"
#include "rawdriver.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace {

constexpr int panelTimeoutMs = 30 * 60 * 1000;

const QList<QPair<DashboardPanel, QString>> &panels()
{
    static const QList<QPair<DashboardPanel, QString>> list = {
        {DashboardPanel::Quotas, QStringLiteral("dashboard_quotas")},
        {DashboardPanel::QuotaTruth, QStringLiteral("dashboard_quota_truth")},
        {DashboardPanel::Usage, QStringLiteral("dashboard_usage")},
        {DashboardPanel::Executions, QStringLiteral("dashboard_executions")},
        {DashboardPanel::Plans, QStringLiteral("dashboard_plans")},
        {DashboardPanel::Audit, QStringLiteral("dashboard_audit")},
    };
    return list;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// From refresh() until the panel's answer is back on this (the UI) thread; -1 on failure.
double timeThroughService(DashboardService &service, DashboardPanel panel, const DashboardScope &scope, QString *error)
{
    QEventLoop loop;
    double ms = -1;
    QElapsedTimer timer;
    quint64 generation = 0;
    const auto ready = QObject::connect(&service, &DashboardService::panelReady, &loop,
                                        [&](DashboardPanel p, quint64 g, const DashboardResult &) {
        if (p == panel && g == generation) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    const auto failed = QObject::connect(&service, &DashboardService::panelFailed, &loop,
                                         [&](DashboardPanel p, quint64 g, const QString &message) {
        if (p == panel && g == generation) {
            *error = message;
            loop.quit();
        }
    });
    QTimer::singleShot(panelTimeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    generation = service.refresh(panel, scope);
    loop.exec();
    QObject::disconnect(ready);
    QObject::disconnect(failed);
    return ms;
}

} // namespace

DashboardBench::DashboardBench(const ConnectionSettings &settings, int repeat, BenchReport *report, QTextStream &log)
    : m_settings(settings)
    , m_repeat(qMax(1, repeat))
    , m_report(report)
    , m_log(log)
{
}

QStringList DashboardBench::measureNames()
{
    QStringList names;
    for (const auto &panel : panels())
        names.append(panel.second);
    return names;
}

bool DashboardBench::run(const QStringList &only)
{
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("bench-dashboard")));
    if (!connection.open(m_settings).ok()) {
        m_error = QStringLiteral("cannot open the database");
        return false;
    }
    const auto columns = DashboardReader::columnsOf(connection.database(), &m_error);
    if (!columns)
        return false;
    std::string rawError;
    const std::unique_ptr<RawDriver> raw = RawDriver::open(m_settings, &rawError);
    if (!raw) {
        m_error = QString::fromStdString(rawError);
        return false;
    }
    const RawRows newest = raw->rows(RawStatement::fromBound(DashboardQueries::newestActivity(m_settings.backend),
                                                             m_settings.backend), 1, &rawError);
    DashboardScope scope;
    scope.to = newest.empty() || !newest.front().front() ? ValueCodec::nowUtc()
                                                          : ValueCodec::decodeDateTime(QString::fromStdString(*newest.front().front()));
    scope.to = scope.to.addSecs(1);
    scope.from = scope.to.addDays(-365);
    scope.bucket = DashboardScope::bucketFor(scope.from, scope.to);
    scope.now = scope.to;
    DashboardService service(m_settings);
    for (const auto &[panel, name] : panels()) {
        if (!only.isEmpty() && !only.contains(name))
            continue;
        const QList<SqlFragment> statements = DashboardQueries::panelStatements(panel, scope, m_settings.backend, *columns);
        QList<double> app;
        QList<double> rawTimes;
        m_log << name << ':';
        m_log.flush();
        for (int round = 0; round <= m_repeat; ++round) {  // round 0 only warms the caches
            QString error;
            const double appMs = timeThroughService(service, panel, scope, &error);
            double rawMs = 0;
            for (const SqlFragment &statement : statements) {
                const RawDriver::Timing timing = raw->time(RawStatement::fromBound(statement, m_settings.backend));
                if (!timing.ok())
                    error = QString::fromStdString(timing.error);
                rawMs += timing.ms;
            }
            if (appMs < 0 || !error.isEmpty()) {
                m_log << " failed: " << error << '\n';
                break;
            }
            m_log << ' ' << QString::number(appMs, 'f', 1) << '/' << QString::number(rawMs, 'f', 1);
            m_log.flush();
            if (round > 0) {
                app.append(appMs);
                rawTimes.append(rawMs);
            }
        }
        m_log << '\n';
        if (app.isEmpty())
            continue;
        BenchReport::Timed timed;
        timed.measure = name;
        timed.backend = m_settings.backend;
        timed.appMs = median(app);
        timed.visibleMs = timed.appMs;
        timed.rawMs = median(rawTimes);
        timed.note = QStringLiteral("%1 statement(s), %2 .. %3")
                         .arg(statements.size())
                         .arg(ValueCodec::encodeDateTime(scope.from).left(10), ValueCodec::encodeDateTime(scope.to).left(10));
        m_report->add(timed);
    }
    return true;
}
