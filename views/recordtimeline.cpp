#include "recordtimeline.h"
#include "cellformatter.h"
#include "jsontext.h"
#include "schema.h"
#include "tablefiltersql.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

RecordTimeline::RecordTimeline(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase,
                               const QStringList &auditColumns, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_columns(auditColumns)
    , m_model(new WindowedTableModel(settings, uiDatabase, this))
    , m_view(new WindowedTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setSourceModel(m_model);
    m_view->setSortingEnabled(false);  // newest first, as a history reads
    m_details->setObjectName(QStringLiteral("timelineDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see what changed."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>History</b>"), this));
    layout->addWidget(split);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordTimeline::showDetails);
}

RecordTimeline::~RecordTimeline() = default;

void RecordTimeline::showResource(const QString &resourceId)
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    ColumnFilter byResource;
    byResource.column = QStringLiteral("resource_id");
    byResource.op = ColumnFilter::Op::Equals;
    byResource.value = resourceId;
    FilterSet filters;
    filters.filters.append(byResource);
    m_model->setTableSpec(*audit, m_columns, Schema::tableNames(),
                          TableFilterSql::condition(*audit, m_settings.backend, m_columns, filters));
    const QStringList shown = {QStringLiteral("created_at"), QStringLiteral("event_type"), QStringLiteral("user_id"),
                               QStringLiteral("action"), QStringLiteral("success")};
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->setColumnHidden(c, !shown.contains(m_model->columnSpec(c)->name));
        m_view->setColumnWidth(c, CellFormatter::preferredWidth(*m_model->columnSpec(c)));
    }
    // When, then what and who: the order a history reads in.
    QHeaderView *header = m_view->horizontalHeader();
    for (int i = 0; i < shown.size(); ++i) {
        const int column = m_model->columnOf(shown.at(i));
        if (column >= 0)
            header->moveSection(header->visualIndex(column), i);
    }
    m_details->clear();
}

void RecordTimeline::showDetails()
{
    const int row = m_view->sourceRow(m_view->currentIndex());
    const int column = m_model->columnOf(QStringLiteral("details"));
    if (row < 0 || column < 0 || !m_model->isRowLoaded(row)) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(JsonText::pretty(m_model->index(row, column).data(WindowedTableModel::ValueRole).toString()));
}
