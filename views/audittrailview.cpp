#include "audittrailview.h"
#include "auditdetailspanel.h"
#include "auditentry.h"
#include "auditfilterpanel.h"
#include "cellformatter.h"
#include "schema.h"
#include "tablefiltersql.h"
#include "tablesidebar.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

const QString auditTable = QStringLiteral("audit_logs");

} // namespace

AuditTrailView::AuditTrailView(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase,
                               const ProbeResult &probe, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_probe(probe)
    , m_filters(new AuditFilterPanel(this))
    , m_details(new AuditDetailsPanel(this))
    , m_model(new WindowedTableModel(settings, uiDatabase, this))
    , m_view(new WindowedTableView(this))
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("auditTrailView"));
    setFocusProxy(m_filters);
    m_filters->setFocusProxy(m_filters->periodBox());
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setSourceModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_missing->setObjectName(QStringLiteral("auditMissing"));
    m_missing->setWordWrap(true);
    m_missing->hide();

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filters);
    layout->addWidget(m_missing);
    layout->addWidget(splitter, 1);

    connect(m_filters, &AuditFilterPanel::applyRequested, this, &AuditTrailView::apply);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailView::showCurrent);
    // The current row may still be loading when it is selected: fill the panel once it is in.
    connect(m_model, &WindowedTableModel::pageArrived, this, [this] {
        if (!m_details->hasEntry())
            showCurrent();
    });
    connect(m_model, &WindowedTableModel::queryFailed, this, [this](const QString &message) {
        emit statusChanged(tr("Query stopped: %1").arg(message));
    });
    connect(m_model, &WindowedTableModel::rowCountKnown, this, [this](qint64 rows, bool estimated) {
        emit statusChanged(tr("Audit trail \u2022 rows: %1").arg(TableSidebar::formatCount(rows, estimated)));
    });
    connect(m_details, &AuditDetailsPanel::openResourceRequested, this, [this](const QString &table, const QString &id) {
        emit openRecordRequested(table, id, id);
    });
    connect(m_details, &AuditDetailsPanel::openUserRequested, this, [this](const QString &id, const QString &email) {
        emit openRecordRequested(QStringLiteral("users"), id, email.isEmpty() ? id : email);
    });

    const TableSpec *audit = Schema::table(auditTable);
    if (m_probe.drift.isTableMissing(auditTable)) {
        m_missing->setText(tr("This database has no %1 table: there is no audit trail to show.").arg(auditTable));
        m_missing->show();
        m_filters->setEnabled(false);
        return;
    }
    m_model->setTableSpec(*audit, m_probe.columnsOf(auditTable), m_probe.schema.tableNames(),
                          TableFilterSql::condition(*audit, m_settings.backend, m_probe.columnsOf(auditTable), m_applied));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, CellFormatter::preferredWidth(*m_model->columnSpec(c)));
    QHeaderView *header = m_view->horizontalHeader();
    {
        // The model's own order (newest first), shown without asking it to sort again.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    // When first: support staff read an entry by its time.
    const int created = m_model->columnOf(QStringLiteral("created_at"));
    if (created >= 0)
        header->moveSection(header->visualIndex(created), 0);
}

AuditTrailView::~AuditTrailView() = default;

QString AuditTrailView::resourceTable(const QString &resourceType) const
{
    if (resourceType.isEmpty())
        return {};
    for (const TableSpec &table : Schema::tables()) {
        const bool named = table.name.compare(resourceType, Qt::CaseInsensitive) == 0
                        || AuditEntry::resourceTypeOf(table.name).compare(resourceType, Qt::CaseInsensitive) == 0;
        if (named && !m_probe.drift.isTableMissing(table.name))
            return table.name;
    }
    return {};
}

void AuditTrailView::apply()
{
    if (!m_model->tableSpec())
        return;
    // A field whose text cannot be used is marked and named; nothing is queried until it can.
    if (!m_filters->validate()) {
        emit statusChanged(m_filters->problems().join(QLatin1Char(' ')));
        return;
    }
    m_applied = m_filters->filters();
    const TableSpec *audit = Schema::table(auditTable);
    m_details->clear();
    m_model->setCondition(TableFilterSql::condition(*audit, m_settings.backend, m_probe.columnsOf(auditTable), m_applied));
    m_view->scrollToTop();
    emit statusChanged(tr("Running\u2026"));
}

void AuditTrailView::refresh()
{
    apply();
}

void AuditTrailView::showCurrent()
{
    const int row = m_view->sourceRow(m_view->currentIndex());
    if (row < 0 || !m_model->isRowLoaded(row)) {
        m_details->clear();
        return;
    }
    QVariantMap values;
    const QVector<QVariant> rowValues = m_model->rowValues(row);
    for (int c = 0; c < rowValues.size() && c < m_model->columnCount(); ++c)
        values.insert(m_model->columnSpec(c)->name, rowValues.at(c));
    const int userColumn = m_model->columnOf(QStringLiteral("user_id"));
    const QString email = userColumn >= 0 && !values.value(QStringLiteral("user_id")).isNull()
                              ? m_model->index(row, userColumn).data().toString()
                              : QString();
    m_details->showEntry(values, email, resourceTable(values.value(QStringLiteral("resource_type")).toString()));
}
