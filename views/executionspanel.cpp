#include "executionspanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace {

const QString executions = QStringLiteral("executions");

QString resourceLabel(const QString &type, const QString &id, const QString &name)
{
    const QString shown = name.isEmpty() ? DashboardLinks::tr("%1 (deleted)").arg(id.left(8)) : name;
    return type == QLatin1String("workflow") ? DashboardLinks::tr("%1 (workflow)").arg(shown) : shown;
}

} // namespace

ExecutionsPanel::ExecutionsPanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::Executions, tr("Executions"), parent)
    , m_summary(new QLabel(this))
    , m_failing(new QTableWidget(this))
{
    m_summary->setObjectName(QStringLiteral("executionsSummary"));
    body()->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    m_statusChart = DashboardCharts::makeChartView(this);
    m_statusChart->setObjectName(QStringLiteral("executionStatusChart"));
    m_durationChart = DashboardCharts::makeChartView(this);
    m_durationChart->setObjectName(QStringLiteral("executionDurationChart"));
    charts->addWidget(m_statusChart, 3);
    charts->addWidget(m_durationChart, 2);
    body()->addLayout(charts, 1);
    setExportChart(m_statusChart);

    auto *failingTitle = new QLabel(tr("Failing most"), this);
    body()->addWidget(failingTitle);
    m_failing->setObjectName(QStringLiteral("failingResources"));
    m_failing->setColumnCount(4);
    m_failing->setHorizontalHeaderLabels({tr("Resource"), tr("Failures"), tr("Last failed (UTC)"), tr("Last error")});
    m_failing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failing->verticalHeader()->hide();
    m_failing->horizontalHeader()->setStretchLastSection(true);
    m_failing->setMinimumHeight(120);
    m_failing->setMaximumHeight(180);
    m_failing->setToolTip(tr("Click a row for that resource's failed executions in the range"));
    body()->addWidget(m_failing);
    DashboardCharts::clickOnEnter(m_failing, &QTableWidget::cellClicked);
    connect(m_failing, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_failing->item(row, 0);
        if (!item)
            return;
        emit locationRequested(resourceLocation(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(),
                                                item->data(Qt::UserRole + 2).toString(), true));
    });
}

void ExecutionsPanel::apply(const DashboardResult &result)
{
    const auto *stats = std::get_if<ExecutionStats>(&result);
    if (!stats)
        return;
    m_summary->setText(tr("%1 executions, %2 failed of %3 finished: failure rate %4 %")
                           .arg(DashboardCharts::number(double(stats->total)), DashboardCharts::number(double(stats->failed)),
                                DashboardCharts::number(double(stats->finished)))
                           .arg(stats->failureRate * 100.0, 0, 'f', 1));
    showStatuses(*stats);
    showDurations(*stats);
    showFailing(*stats);
}

void ExecutionsPanel::showStatuses(const ExecutionStats &stats)
{
    QChart *chart = m_statusChart->chart();
    DashboardCharts::clear(chart);
    m_setByStatus.clear();
    m_buckets = DashboardCharts::bucketStarts(scope());
    const QHash<QDateTime, int> index = DashboardCharts::bucketIndex(m_buckets);
    // The data model's statuses in their life order, then any others the database holds.
    QStringList statuses = {QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("running"),
                            QStringLiteral("pending")};
    for (const StatusCount &c : stats.byBucket) {
        if (!statuses.contains(c.status))
            statuses.append(c.status);
    }
    auto *series = new QStackedBarSeries(chart);
    for (const QString &status : statuses) {
        auto *set = new QBarSet(status.isEmpty() ? tr("(none)") : status, series);
        for (int i = 0; i < m_buckets.size(); ++i)
            set->append(0);
        set->setColor(DashboardCharts::statusColor(status));
        set->setBorderColor(set->color());
        m_setByStatus.insert(status, set);
        series->append(set);
    }
    double highest = 0;
    QList<double> totals(m_buckets.size(), 0.0);
    for (const StatusCount &c : stats.byBucket) {
        const int i = index.value(c.bucket, -1);
        if (i < 0)
            continue;
        QBarSet *set = m_setByStatus.value(c.status);
        set->replace(i, set->at(i) + double(c.count));
        totals[i] += double(c.count);
        highest = std::max(highest, totals.at(i));
    }
    chart->addSeries(series);
    auto *x = DashboardCharts::categoryAxis(chart);
    x->append(DashboardCharts::bucketLabels(m_buckets, scope().bucket));
    if (m_buckets.size() > 10)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setRange(0, std::max(1.0, highest * 1.05));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (stats.total == 0)
        chart->setTitle(tr("No executions in this range"));
    connect(series, &QStackedBarSeries::clicked, this, [this](int i, QBarSet *set) {
        emit locationRequested(statusLocation(m_setByStatus.key(set), i));
    });
}

BrowseLocation ExecutionsPanel::statusLocation(const QString &status, int bucketIndex) const
{
    if (bucketIndex < 0 || bucketIndex >= m_buckets.size())
        return {};
    const QDateTime start = m_buckets.at(bucketIndex);
    return DashboardLinks::location(executions,
                                    {DashboardLinks::equals(QStringLiteral("status"), status),
                                     DashboardLinks::inBucket(executions, QStringLiteral("created_at"), start, scope().bucket)},
                                    tr("%1 executions, %2").arg(status, DashboardCharts::bucketName(start, scope().bucket)));
}

BrowseLocation ExecutionsPanel::resourceLocation(const QString &type, const QString &id, const QString &name,
                                                 bool failedOnly) const
{
    QList<ColumnFilter> filters = {DashboardLinks::equals(QStringLiteral("execution_type"), type),
                                   DashboardLinks::equals(QStringLiteral("resource_id"), id,
                                                          tr("Resource: %1").arg(resourceLabel(type, id, name)))};
    if (failedOnly)
        filters.append(DashboardLinks::equals(QStringLiteral("status"), QStringLiteral("failed")));
    filters.append(DashboardLinks::during(executions, QStringLiteral("created_at"), scope()));
    return DashboardLinks::location(executions, filters,
                                    failedOnly ? tr("Failed runs of %1").arg(resourceLabel(type, id, name))
                                               : tr("Runs of %1").arg(resourceLabel(type, id, name)));
}

void ExecutionsPanel::showDurations(const ExecutionStats &stats)
{
    QChart *chart = m_durationChart->chart();
    DashboardCharts::clear(chart);
    // Bottom to top on a horizontal axis: reversed, so the most runs come first from the top.
    m_durations = stats.durations;
    std::reverse(m_durations.begin(), m_durations.end());
    auto *series = new QHorizontalBarSeries(chart);
    auto *p50 = new QBarSet(tr("p50 (s)"), series);
    auto *p95 = new QBarSet(tr("p95 (s)"), series);
    p50->setColor(DashboardCharts::paletteColor(0));
    p95->setColor(DashboardCharts::paletteColor(1));
    QStringList categories;
    double highest = 0;
    for (const DurationStats &d : m_durations) {
        QString label = resourceLabel(d.executionType, d.resourceId, d.resourceName);
        while (categories.contains(label))
            label += QLatin1Char(' ');  // categories must differ; two agents may share a name
        categories.append(label);
        p50->append(d.p50);
        p95->append(d.p95);
        highest = std::max(highest, d.p95);
    }
    series->append(p50);
    series->append(p95);
    chart->addSeries(series);
    auto *y = DashboardCharts::categoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis(chart);
    x->setRange(0, std::max(1.0, highest * 1.05));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setTitle(m_durations.isEmpty() ? tr("No finished runs") : tr("Execution time per resource"));
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int i, QBarSet *) {
        if (i < 0 || i >= m_durations.size())
            return;
        const DurationStats &d = m_durations.at(i);
        emit locationRequested(resourceLocation(d.executionType, d.resourceId, d.resourceName, false));
    });
}

void ExecutionsPanel::showFailing(const ExecutionStats &stats)
{
    m_failing->setRowCount(int(stats.failing.size()));
    for (int row = 0; row < stats.failing.size(); ++row) {
        const FailingResource &f = stats.failing.at(row);
        auto *name = new QTableWidgetItem(resourceLabel(f.executionType, f.resourceId, f.resourceName));
        name->setData(Qt::UserRole, f.executionType);
        name->setData(Qt::UserRole + 1, f.resourceId);
        name->setData(Qt::UserRole + 2, f.resourceName);
        auto *failures = new QTableWidgetItem(DashboardCharts::number(double(f.failures)));
        failures->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *error = new QTableWidgetItem(f.lastError);
        error->setToolTip(f.lastError);
        m_failing->setItem(row, 0, name);
        m_failing->setItem(row, 1, failures);
        m_failing->setItem(row, 2, new QTableWidgetItem(f.lastFailedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_failing->setItem(row, 3, error);
    }
    m_failing->resizeColumnsToContents();
    m_failing->horizontalHeader()->setStretchLastSection(true);
}
