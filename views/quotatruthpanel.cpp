#include "quotatruthpanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include "recordservice.h"
#include "usagerecompute.h"
#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>

namespace {

QString recordedText(const QuotaTruthRow &row)
{
    return row.recorded.isValid() ? DashboardCharts::number(row.recorded.toDouble()) : QuotaTruthPanel::tr("(none)");
}

} // namespace

QuotaTruthPanel::QuotaTruthPanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::QuotaTruth, tr("Quota truth"), parent)
    , m_table(new QTableWidget(this))
    , m_recompute(new QPushButton(tr("Recompute Usage\u2026"), this))
{
    m_recompute->setObjectName(QStringLiteral("recomputeUsage"));
    m_recompute->setToolTip(tr("Set the selected tenant's usage to the live counts (audited)"));
    addHeaderWidget(m_recompute);
    connect(m_recompute, &QPushButton::clicked, this, &QuotaTruthPanel::recompute);
    m_chart = DashboardCharts::makeChartView(this);
    m_chart->setObjectName(QStringLiteral("quotaTruthChart"));
    body()->addWidget(m_chart, 3);
    setExportChart(m_chart);
    m_table->setObjectName(QStringLiteral("quotaTruthTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Tenant"), tr("Key"), tr("Usage says"), tr("Live rows"), tr("")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    // A click selects the tenant to recompute; a double click opens the counted rows.
    m_table->setToolTip(tr("Select a tenant to recompute its usage; double-click a row to open the counted rows"));
    body()->addWidget(m_table, 2);
    DashboardCharts::clickOnEnter(m_table, &QTableWidget::cellDoubleClicked);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rows.size())
            emit locationRequested(countedRows(m_rows.at(row)));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QuotaTruthPanel::updateAction);
    updateAction();
}

void QuotaTruthPanel::setRecordService(RecordService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!m_service)
        return;
    connect(m_service, &RecordService::written, this, [this](quint64 ticket, const RecordWriter::Result &result) {
        if (ticket != m_ticket)
            return;
        m_ticket = 0;
        setNote(result.ok() ? tr("Usage of %1 recomputed: %2").arg(m_writingTenant, result.message)
                            : tr("Usage of %1 not recomputed: %2").arg(m_writingTenant, result.message));
        updateAction();
        emit usageRecomputed(m_writingTenant);
    });
}

void QuotaTruthPanel::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    updateAction();
}

QString QuotaTruthPanel::selectedTenantId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!selected.isEmpty()) {
        const int row = selected.first()->row();
        if (row >= 0 && row < m_rows.size())
            return m_rows.at(row).tenantId;
    }
    return scope().tenantId;
}

void QuotaTruthPanel::updateAction()
{
    m_recompute->setEnabled(m_canWrite && m_service && !m_ticket && !selectedTenantId().isEmpty());
    if (!m_canWrite)
        m_recompute->setToolTip(tr("Read-only: sign in as an operator who can write"));
    else
        m_recompute->setToolTip(tr("Set the selected tenant's usage to the live counts (audited)"));
}

void QuotaTruthPanel::recompute()
{
    const QString tenantId = selectedTenantId();
    if (!m_service || !m_canWrite || tenantId.isEmpty() || m_ticket || m_confirmation)
        return;
    QString name = tenantId;
    QStringList differing;
    for (const QuotaTruthRow &r : m_rows) {
        if (r.tenantId != tenantId)
            continue;
        name = r.tenantName;
        if (r.differs)
            differing.append(tr("%1: %2 \u2192 %3").arg(r.key, recordedText(r)).arg(r.live));
    }
    const QString text = differing.isEmpty()
        ? tr("Recompute the usage of %1 from the live counts?").arg(name)
        : tr("Set the usage of %1 to the live counts?\n%2").arg(name, differing.join(QLatin1Char('\n')));
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Recompute usage"), text, QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("recomputeConfirmation"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = m_confirmation->addButton(tr("&Recompute"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    connect(go, &QPushButton::clicked, this, [this, tenantId, name] {
        m_writingTenant = name;
        m_ticket = m_service->write([tenantId](RecordWriter &writer) { return UsageRecompute::run(writer, tenantId); });
        setNote(tr("Recomputing the usage of %1\u2026").arg(name));
        updateAction();
    });
    m_confirmation->open();
}

void QuotaTruthPanel::apply(const DashboardResult &result)
{
    const auto *truth = std::get_if<QuotaTruth>(&result);
    if (!truth)
        return;
    const QString previous = selectedTenantId();  // before the rows it indexes change
    m_rows = truth->rows;
    showChart(m_rows);
    showTable(m_rows, previous);
    updateAction();
}

BrowseLocation QuotaTruthPanel::countedRows(const QuotaTruthRow &row) const
{
    // Each counted key is the name of a tenant-scoped table (DashboardQueries::liveCountKeys).
    return DashboardLinks::location(row.key,
                                    {DashboardLinks::equals(QStringLiteral("tenant_id"), row.tenantId,
                                                            tr("Tenant: %1").arg(row.tenantName))},
                                    tr("%1 of %2").arg(row.key, row.tenantName));
}

void QuotaTruthPanel::showChart(const QList<QuotaTruthRow> &rows)
{
    QChart *chart = m_chart->chart();
    DashboardCharts::clear(chart);
    m_chartRows.clear();
    for (const QuotaTruthRow &r : rows) {
        if (r.differs && m_chartRows.size() < 8)
            m_chartRows.append(r);
    }
    // Most differing rows first from the top (a horizontal axis counts from the bottom).
    std::reverse(m_chartRows.begin(), m_chartRows.end());
    auto *series = new QHorizontalBarSeries(chart);
    auto *recorded = new QBarSet(tr("Usage says"), series);
    auto *live = new QBarSet(tr("Live rows"), series);
    recorded->setColor(DashboardCharts::levelColor(QuotaLevel::Amber));
    live->setColor(DashboardCharts::paletteColor(0));
    QStringList categories;
    double highest = 0;
    for (const QuotaTruthRow &r : m_chartRows) {
        categories.append(DashboardCharts::rowLabel(r.tenantName, r.key, categories));
        recorded->append(r.recorded.toDouble());
        live->append(double(std::max<qint64>(0, r.live)));
        highest = std::max({highest, r.recorded.toDouble(), double(r.live)});
    }
    series->append(recorded);
    series->append(live);
    chart->addSeries(series);
    auto *y = DashboardCharts::categoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->setVisible(!m_chartRows.isEmpty());
    auto *x = DashboardCharts::countAxis(chart, highest, m_chartRows.isEmpty());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setTitle(m_chartRows.isEmpty() ? tr("Usage matches the live counts") : tr("Where usage and live counts differ"));
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int i, QBarSet *) {
        if (i >= 0 && i < m_chartRows.size())
            emit locationRequested(countedRows(m_chartRows.at(i)));
    });
}

void QuotaTruthPanel::showTable(const QList<QuotaTruthRow> &rows, const QString &previous)
{
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QuotaTruthRow &r = rows.at(row);
        const QStringList texts = {r.tenantName, r.key, recordedText(r),
                                   r.live < 0 ? tr("(no table)") : DashboardCharts::number(double(r.live)),
                                   r.differs ? tr("differs") : QString()};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == 2 || column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r.differs)
                item->setBackground(DashboardCharts::levelBackground(QuotaLevel::Red));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->clearSelection();
    for (int row = 0; row < rows.size() && !previous.isEmpty(); ++row) {
        if (rows.at(row).tenantId == previous) {
            m_table->selectRow(row);  // the tenant just recomputed stays selected
            break;
        }
    }
}
