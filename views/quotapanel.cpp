#include "quotapanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QTableWidget>
#include <QValueAxis>
#include <cmath>

namespace {

QString percent(double ratio)
{
    if (std::isinf(ratio))
        return QuotaPanel::tr("\u221E (limit 0)");
    return QuotaPanel::tr("%1 %").arg(ratio * 100.0, 0, 'f', 0);
}

QString levelMark(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return QString();
    case QuotaLevel::Amber:
        return QuotaPanel::tr("near");
    case QuotaLevel::Red:
        return QuotaPanel::tr("over");
    }
    return QString();
}

} // namespace

QuotaPanel::QuotaPanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::Quotas, tr("Quotas"), parent)
    , m_table(new QTableWidget(this))
{
    m_chart = DashboardCharts::makeChartView(this);
    m_chart->setObjectName(QStringLiteral("quotaChart"));
    body()->addWidget(m_chart, 3);
    setExportChart(m_chart);
    m_table->setObjectName(QStringLiteral("quotaTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Tenant"), tr("Key"), tr("Used"), tr("Limit"), tr("Use"), tr("Level")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    m_table->setToolTip(tr("Click a row to open the tenant"));
    body()->addWidget(m_table, 2);
    DashboardCharts::clickOnEnter(m_table, &QTableWidget::cellClicked);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, 0))
            emit locationRequested(DashboardLinks::tenant(item->data(Qt::UserRole).toString(), item->text()));
    });
}

QBarSet *QuotaPanel::levelSet(QuotaLevel level) const
{
    return m_sets.value(int(level));
}

void QuotaPanel::apply(const DashboardResult &result)
{
    const auto *stats = std::get_if<QuotaStats>(&result);
    if (!stats)
        return;
    showChart(stats->rows);
    showTable(stats->rows);
}

void QuotaPanel::showChart(const QList<QuotaRow> &rows)
{
    QChart *chart = m_chart->chart();
    DashboardCharts::clear(chart);
    // The closest rows, closest at the top (a horizontal axis counts from the bottom).
    m_chartRows = rows.mid(0, chartRowLimit);
    std::reverse(m_chartRows.begin(), m_chartRows.end());
    // One set per level, each row's bar in the set of its level: the colour says the level.
    auto *series = new QHorizontalStackedBarSeries(chart);
    m_sets.clear();
    const QList<QPair<QuotaLevel, QString>> levels = {{QuotaLevel::Ok, tr("Under 80 %")},
                                                       {QuotaLevel::Amber, tr("80–100 %")},
                                                       {QuotaLevel::Red, tr("Over 100 %")}};
    for (const auto &level : levels) {
        auto *set = new QBarSet(level.second, series);
        set->setColor(DashboardCharts::levelColor(level.first));
        set->setBorderColor(set->color());
        m_sets.append(set);
        series->append(set);
    }
    QStringList categories;
    for (const QuotaRow &r : m_chartRows) {
        categories.append(DashboardCharts::rowLabel(r.tenantName, r.key, categories));
        const double shown = std::isinf(r.ratio) ? chartCeiling : std::min(chartCeiling, r.ratio * 100.0);
        for (int level = 0; level < m_sets.size(); ++level)
            m_sets.at(level)->append(level == int(r.level) ? shown : 0.0);
    }
    chart->addSeries(series);
    auto *y = DashboardCharts::categoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis(chart);
    x->setRange(0, chartCeiling);
    x->setTickCount(7);
    x->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setTitle(rows.isEmpty() ? tr("No tenant has a numeric quota") : QString());
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this](int i, QBarSet *) {
        if (i >= 0 && i < m_chartRows.size())
            emit locationRequested(DashboardLinks::tenant(m_chartRows.at(i).tenantId, m_chartRows.at(i).tenantName));
    });
}

void QuotaPanel::showTable(const QList<QuotaRow> &rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QuotaRow &r = rows.at(row);
        const QStringList texts = {r.tenantName, r.key, DashboardCharts::number(r.used), DashboardCharts::number(r.limit),
                                   percent(r.ratio), levelMark(r.level)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column >= 2 && column <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const QColor background = DashboardCharts::levelBackground(r.level);
            if (background.isValid())
                item->setBackground(background);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, r.tenantId);
        m_table->item(row, 5)->setData(Qt::UserRole, int(r.level));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}
