#include "planspanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QTableWidget>
#include <QValueAxis>

PlansPanel::PlansPanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::Plans, tr("Plans and subscriptions"), parent)
    , m_renewals(new QTableWidget(this))
{
    auto *charts = new QHBoxLayout;
    m_planChart = DashboardCharts::makeChartView(this);
    m_planChart->setObjectName(QStringLiteral("planChart"));
    m_statusChart = DashboardCharts::makeChartView(this);
    m_statusChart->setObjectName(QStringLiteral("subscriptionStatusChart"));
    charts->addWidget(m_planChart, 1);
    charts->addWidget(m_statusChart, 1);
    body()->addLayout(charts, 3);
    setExportChart(m_planChart);
    body()->addWidget(new QLabel(tr("Renewals due in the next 30 days"), this));
    m_renewals->setObjectName(QStringLiteral("renewalsTable"));
    m_renewals->setColumnCount(4);
    m_renewals->setHorizontalHeaderLabels({tr("Tenant"), tr("Plan"), tr("Cycle"), tr("Period ends (UTC)")});
    m_renewals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_renewals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_renewals->verticalHeader()->hide();
    m_renewals->horizontalHeader()->setStretchLastSection(true);
    m_renewals->setMinimumHeight(100);
    m_renewals->setToolTip(tr("Click a row to open the subscription"));
    body()->addWidget(m_renewals, 2);
    DashboardCharts::clickOnEnter(m_renewals, &QTableWidget::cellClicked);
    connect(m_renewals, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_renewals->item(row, 0);
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        emit locationRequested(DashboardLinks::location(
            QStringLiteral("subscriptions"),
            {DashboardLinks::equals(QStringLiteral("id"), id, tr("Subscription of %1").arg(item->text()))},
            tr("Renewal of %1").arg(item->text())));
    });
}

void PlansPanel::apply(const DashboardResult &result)
{
    const auto *stats = std::get_if<PlanStats>(&result);
    if (!stats)
        return;
    showPlans(*stats);
    showStatuses(*stats);
    showRenewals(*stats);
}

void PlansPanel::showPlans(const PlanStats &stats)
{
    QChart *chart = m_planChart->chart();
    DashboardCharts::clear(chart);
    m_planSeries = new QPieSeries(chart);
    m_planSeries->setPieSize(0.8);
    for (int i = 0; i < stats.tenantsPerPlan.size(); ++i) {
        const PlanCount &p = stats.tenantsPerPlan.at(i);
        const QString name = p.plan.isEmpty() ? tr("none") : p.plan;
        QPieSlice *slice = m_planSeries->append(tr("%1: %2").arg(name).arg(p.tenants), double(p.tenants));
        slice->setColor(DashboardCharts::paletteColor(i));
        slice->setProperty("plan", p.plan);
    }
    chart->addSeries(m_planSeries);
    // The legend names the slices: labels beside a small pie get cut at the chart's edge.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(stats.tenantsPerPlan.isEmpty() ? tr("No tenants") : tr("Tenants per plan"));
    connect(m_planSeries, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const QString plan = slice->property("plan").toString();
        ColumnFilter filter = DashboardLinks::equals(QStringLiteral("plan"), plan, tr("Plan: %1").arg(plan));
        if (plan.isEmpty()) {
            filter.op = ColumnFilter::Op::IsEmpty;
            filter.label = tr("No plan");
        }
        emit locationRequested(DashboardLinks::location(QStringLiteral("tenants"), {filter},
                                                        plan.isEmpty() ? tr("Tenants without a plan") : tr("Tenants on %1").arg(plan)));
    });
}

void PlansPanel::showStatuses(const PlanStats &stats)
{
    QChart *chart = m_statusChart->chart();
    DashboardCharts::clear(chart);
    // One set per status in a single category: the legend names them in their own colours.
    m_statusSeries = new QBarSeries(chart);
    double highest = 0;
    for (const StatusCount &c : stats.subscriptions) {
        auto *set = new QBarSet(c.status, m_statusSeries);
        set->append(double(c.count));
        set->setColor(DashboardCharts::statusColor(c.status));
        set->setBorderColor(set->color());
        set->setLabelColor(palette().color(QPalette::WindowText));
        m_statusSeries->append(set);
        highest = std::max(highest, double(c.count));
    }
    m_statusSeries->setLabelsVisible(true);
    m_statusSeries->setLabelsPosition(QBarSeries::LabelsOutsideEnd);
    chart->addSeries(m_statusSeries);
    auto *x = DashboardCharts::categoryAxis(chart);
    x->append(tr("Subscriptions"));
    x->setLabelsVisible(false);  // one category: the title says what it is
    chart->addAxis(x, Qt::AlignBottom);
    m_statusSeries->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setRange(0, std::max(1.0, highest * 1.2));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    m_statusSeries->attachAxis(y);
    chart->setTitle(tr("Subscriptions by status"));
    connect(m_statusSeries, &QBarSeries::clicked, this, [this](int, QBarSet *set) {
        const QString status = set->label();
        emit locationRequested(DashboardLinks::location(QStringLiteral("subscriptions"),
                                                        {DashboardLinks::equals(QStringLiteral("status"), status)},
                                                        tr("%1 subscriptions").arg(status)));
    });
}

void PlansPanel::showRenewals(const PlanStats &stats)
{
    m_renewals->setRowCount(int(stats.renewals.size()));
    for (int row = 0; row < stats.renewals.size(); ++row) {
        const Renewal &r = stats.renewals.at(row);
        auto *tenant = new QTableWidgetItem(r.tenantName);
        tenant->setData(Qt::UserRole, r.subscriptionId);
        m_renewals->setItem(row, 0, tenant);
        m_renewals->setItem(row, 1, new QTableWidgetItem(r.planName));
        m_renewals->setItem(row, 2, new QTableWidgetItem(r.billingCycle));
        m_renewals->setItem(row, 3, new QTableWidgetItem(r.periodEnd.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_renewals->resizeColumnsToContents();
    m_renewals->horizontalHeader()->setStretchLastSection(true);
}
