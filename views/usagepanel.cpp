#include "usagepanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace {

const QString usageRecords = QStringLiteral("usage_records");

} // namespace

UsagePanel::UsagePanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::Usage, tr("Usage and cost"), parent)
    , m_unit(new QComboBox(this))
    , m_totals(new QTableWidget(this))
{
    m_unit->setObjectName(QStringLiteral("usageUnit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setToolTip(tr("The billing unit whose quantity the chart stacks"));
    addHeaderWidget(m_unit);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { showChart(); });
    auto *row = new QHBoxLayout;
    m_chart = DashboardCharts::makeChartView(this);
    m_chart->setObjectName(QStringLiteral("usageChart"));
    row->addWidget(m_chart, 3);
    setExportChart(m_chart);
    m_totals->setObjectName(QStringLiteral("usageTotals"));
    m_totals->setColumnCount(4);
    m_totals->setHorizontalHeaderLabels({tr("Total"), tr("This period"), tr("Previous"), tr("Change")});
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setToolTip(tr("Click a row for its usage records in the range"));
    row->addWidget(m_totals, 2);
    body()->addLayout(row, 1);
    connect(m_totals, &QTableWidget::cellClicked, this, [this](int r, int) {
        const QTableWidgetItem *item = m_totals->item(r, 0);
        if (!item)
            return;
        const QString column = item->data(Qt::UserRole).toString();
        const QString key = item->data(Qt::UserRole + 1).toString();
        emit locationRequested(DashboardLinks::location(
            usageRecords,
            {DashboardLinks::equals(column, key), DashboardLinks::during(usageRecords, QStringLiteral("period_start"), scope())},
            tr("Usage records, %1").arg(key)));
    });
}

void UsagePanel::apply(const DashboardResult &result)
{
    const auto *stats = std::get_if<UsageStats>(&result);
    if (!stats)
        return;
    m_stats = *stats;
    m_tenantNames.clear();
    QStringList units;
    for (const UsagePoint &p : m_stats.series) {
        if (!units.contains(p.billingUnit))
            units.append(p.billingUnit);
        if (!p.tenantId.isEmpty())
            m_tenantNames.insert(p.tenantId, p.tenantName);
    }
    for (const UsagePeriodTotal &t : m_stats.quantityByUnit) {
        if (!units.contains(t.key))
            units.append(t.key);
    }
    units.sort();
    const QString previous = m_unit->currentText();
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItems(units);
        m_unit->setCurrentIndex(std::max(0, int(units.indexOf(previous))));
    }
    showChart();
    showTotals();
}

void UsagePanel::showChart()
{
    QChart *chart = m_chart->chart();
    DashboardCharts::clear(chart);
    m_setByTenant.clear();
    m_buckets = DashboardCharts::bucketStarts(scope());
    const QHash<QDateTime, int> index = DashboardCharts::bucketIndex(m_buckets);
    const QString unit = m_unit->currentText();
    auto *series = new QStackedBarSeries(chart);
    QStringList order = m_stats.topTenantIds;
    order.append(QString());  // "Others" on top of the stack
    for (int t = 0; t < order.size(); ++t) {
        const QString &id = order.at(t);
        auto *set = new QBarSet(id.isEmpty() ? tr("Others") : m_tenantNames.value(id, id), series);
        for (int i = 0; i < m_buckets.size(); ++i)
            set->append(0);
        set->setColor(id.isEmpty() ? QColor(0x8c, 0x8c, 0x9a) : DashboardCharts::paletteColor(t));
        set->setBorderColor(set->color());
        m_setByTenant.insert(id, set);
    }
    QList<double> totals(m_buckets.size(), 0.0);
    for (const UsagePoint &p : m_stats.series) {
        const int i = index.value(p.bucket, -1);
        QBarSet *set = m_setByTenant.value(p.tenantId);
        if (i < 0 || !set || p.billingUnit != unit)
            continue;
        set->replace(i, set->at(i) + p.quantity);
        totals[i] += p.quantity;
    }
    bool othersUsed = false;
    for (int i = 0; i < m_buckets.size(); ++i)
        othersUsed = othersUsed || m_setByTenant.value(QString())->at(i) > 0;
    for (const QString &id : order) {
        if (id.isEmpty() && !othersUsed)
            continue;  // no "Others" in the legend when every tenant is stacked
        series->append(m_setByTenant.value(id));
    }
    chart->addSeries(series);
    auto *x = DashboardCharts::categoryAxis(chart);
    x->append(DashboardCharts::bucketLabels(m_buckets, scope().bucket));
    if (m_buckets.size() > 10)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    const double highest = totals.isEmpty() ? 0.0 : *std::max_element(totals.cbegin(), totals.cend());
    y->setRange(0, std::max(1.0, highest * 1.05));
    y->applyNiceNumbers();
    y->setTitleText(unit);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    if (unit.isEmpty())
        chart->setTitle(tr("No usage in this range"));
    connect(series, &QStackedBarSeries::clicked, this, [this](int i, QBarSet *set) {
        emit locationRequested(segmentLocation(m_setByTenant.key(set), i));
    });
}

BrowseLocation UsagePanel::segmentLocation(const QString &tenantId, int bucketIndex) const
{
    if (bucketIndex < 0 || bucketIndex >= m_buckets.size())
        return {};
    const QString unit = m_unit->currentText();
    const QDateTime start = m_buckets.at(bucketIndex);
    // Usage is bucketed by its billing period (period_start): the rows behind a bar are those.
    QList<ColumnFilter> filters = {DashboardLinks::equals(QStringLiteral("billing_unit"), unit),
                                   DashboardLinks::inBucket(usageRecords, QStringLiteral("period_start"), start, scope().bucket)};
    if (!tenantId.isEmpty()) {
        filters.append(DashboardLinks::equals(QStringLiteral("tenant_id"), tenantId,
                                              tr("Tenant: %1").arg(m_tenantNames.value(tenantId, tenantId))));
    } else {
        for (const QString &top : m_stats.topTenantIds)
            filters.append(DashboardLinks::notEquals(QStringLiteral("tenant_id"), top,
                                                     tr("Tenant is not %1").arg(m_tenantNames.value(top, top))));
    }
    const QString who = tenantId.isEmpty() ? tr("other tenants") : m_tenantNames.value(tenantId, tenantId);
    return DashboardLinks::location(usageRecords, filters,
                                    tr("%1 of %2, %3").arg(unit, who, DashboardCharts::bucketName(start, scope().bucket)));
}

void UsagePanel::showTotals()
{
    QList<QPair<QString, UsagePeriodTotal>> rows;  // column, total
    for (const UsagePeriodTotal &t : m_stats.costByCurrency)
        rows.append({QStringLiteral("currency"), t});
    for (const UsagePeriodTotal &t : m_stats.quantityByUnit)
        rows.append({QStringLiteral("billing_unit"), t});
    m_totals->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const UsagePeriodTotal &t = rows.at(r).second;
        const bool cost = rows.at(r).first == QLatin1String("currency");
        auto *name = new QTableWidgetItem(cost ? tr("Cost %1").arg(t.key) : tr("Quantity %1").arg(t.key));
        name->setData(Qt::UserRole, rows.at(r).first);
        name->setData(Qt::UserRole + 1, t.key);
        const QString change = t.previous > 0 ? tr("%1%2 %").arg(t.current >= t.previous ? QStringLiteral("+") : QString())
                                                    .arg((t.current - t.previous) / t.previous * 100.0, 0, 'f', 1)
                                              : tr("new");
        const QStringList texts = {DashboardCharts::number(t.current), DashboardCharts::number(t.previous), change};
        m_totals->setItem(r, 0, name);
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(r, c + 1, item);
        }
    }
    m_totals->resizeColumnsToContents();
    m_totals->horizontalHeader()->setStretchLastSection(true);
}
