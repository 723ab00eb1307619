#include "tablebrowser.h"
#include "connectionprobe.h"
#include "schema.h"
#include "tablecelldelegate.h"
#include "tablesidebar.h"
#include "windowedtablemodel.h"
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

TableBrowser::TableBrowser(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QWidget *parent)
    : QWidget(parent)
    , m_model(new WindowedTableModel(settings, uiDatabase, this))
    , m_view(new QTableView(this))
    , m_banner(new QLabel(this))
{
    m_banner->setObjectName(QStringLiteral("driftBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 6px; }"));
    m_banner->hide();

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TableCellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view);

    connect(m_model, &WindowedTableModel::rowCountKnown, this, &TableBrowser::onRowCountKnown);
    connect(m_model, &WindowedTableModel::pageArrived, this, &TableBrowser::onPageArrived);
    connect(m_model, &WindowedTableModel::queryFailed, this, [this](const QString &message) {
        emit statusChanged(tr("Query failed: %1").arg(message));
    });
    // The header click sorts through the database; the model starts a new generation.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_sinceSelect.start();
        emit statusChanged(tr("Running\u2026"));
    });
}

TableBrowser::~TableBrowser() = default;

void TableBrowser::showTable(const QString &table, const ProbeResult &probe)
{
    const TableSpec *spec = Schema::table(table);
    if (!spec)
        return;
    m_table = table;
    const QString reason = probe.drift.reasonFor(table);
    m_banner->setText(reason.isEmpty() ? QString()
                                       : tr("This table differs from the data model; what is missing is left out:\n%1").arg(reason));
    m_banner->setVisible(!reason.isEmpty());
    m_sinceSelect.start();
    emit statusChanged(tr("Running\u2026"));
    m_model->setTableSpec(*spec, probe.columnsOf(table), probe.schema.tableNames());
    {
        // Show the model's own order without the view asking it to sort (and query) again.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const ColumnSpec *column = m_model->columnSpec(c);
        const bool narrow = column->type == LogicalType::Boolean || column->type == LogicalType::Integer
                         || column->type == LogicalType::Float;
        int width = 190;
        if (narrow)
            width = 90;
        else if (column->type == LogicalType::DateTime)
            width = 150;
        else if (column->type == LogicalType::Id)
            width = 110;  // a uuid's start is enough to tell rows apart; the tooltip has it all
        m_view->setColumnWidth(c, width);
    }
    m_view->scrollToTop();
}

void TableBrowser::onRowCountKnown(qint64 rows, bool estimated, qint64 elapsedMs)
{
    m_countText = tr("Rows: %1").arg(TableSidebar::formatCount(rows, estimated));
    emit statusChanged(tr("%1 \u2022 counted in %2 ms").arg(m_countText).arg(elapsedMs));
}

void TableBrowser::onPageArrived(int firstRow, int rows, qint64 elapsedMs)
{
    const QString range = rows > 0 ? tr("rows %1\u2013%2").arg(firstRow + 1).arg(firstRow + rows) : tr("no rows");
    emit statusChanged(tr("%1 \u2022 %2 loaded in %3 ms").arg(m_countText.isEmpty() ? tr("counting\u2026") : m_countText, range)
                           .arg(elapsedMs));
}
