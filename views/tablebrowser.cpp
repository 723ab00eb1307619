#include "tablebrowser.h"
#include "appicons.h"
#include "breadcrumbbar.h"
#include "cellformatter.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "localaddress.h"
#include "rowexport.h"
#include "recordactions.h"
#include "recordservice.h"
#include "recordtimeline.h"
#include "schema.h"
#include "tablefiltersql.h"
#include "tablequery.h"
#include "tablesidebar.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

QLabel *makeBanner(const QString &name, const QString &style, QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(name);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setStyleSheet(style);
    banner->hide();
    return banner;
}

} // namespace

TableBrowser::TableBrowser(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_uiConnectionName(uiDatabase.connectionName())
    , m_records(new RecordService(settings, this))
    , m_model(new WindowedTableModel(settings, uiDatabase, this))
    , m_filterBar(new FilterBar(this))
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_view(new WindowedTableView(this))
    , m_driftBanner(makeBanner(QStringLiteral("driftBanner"),
                               QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 6px; }"), this))
    , m_lensBanner(makeBanner(QStringLiteral("lensBanner"),
                              QStringLiteral("QLabel { background: #cfe2ff; color: #084298; border: 1px solid #9ec5fe; padding: 4px 6px; font-weight: bold; }"), this))
{
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setSourceModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_lensBanner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_driftBanner);
    layout->addWidget(m_view);

    auto *copy = new QAction(tr("&Copy as TSV"), this);
    copy->setIcon(AppIcons::themed(QStringLiteral("edit-copy")));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    auto *copyJson = new QAction(tr("Copy as &JSON"), this);
    copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyJson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyJson, &QAction::triggered, this, [this] { copySelection(true); });
    auto *follow = new QAction(tr("&Open Referenced Record"), this);
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    follow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(follow, &QAction::triggered, this, &TableBrowser::followForeignKey);
    auto *search = new QAction(tr("&Search"), this);
    search->setIcon(AppIcons::themed(QStringLiteral("edit-find")));
    search->setShortcut(QKeySequence::Find);
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    auto *addFilter = new QAction(tr("Add &Filter"), this);
    addFilter->setIcon(AppIcons::themed(QStringLiteral("view-filter")));
    addFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addFilter, &QAction::triggered, m_filterBar, [this] { m_filterBar->editFilter(-1); });
    auto *stop = new QAction(tr("&Stop Query"), this);
    stop->setIcon(AppIcons::themed(QStringLiteral("process-stop")));
    stop->setShortcut(QKeySequence::Cancel);
    stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QAction::triggered, m_model, &WindowedTableModel::cancel);
    // Export: the table as shown (filters, search, tenant lens), by ExportDialog on its own thread.
    auto *exportRows = new QAction(tr("E&xport\u2026"), this);
    exportRows->setIcon(AppIcons::themed(QStringLiteral("document-export")));
    exportRows->setObjectName(QStringLiteral("exportAction"));
    exportRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportRows->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportRows, &QAction::triggered, this, [this] {
        FilterSet filters = m_filtersByTable.value(m_table);
        filters.tenantId = m_lensTenantId;
        auto *dialog = new ExportDialog(m_settings, m_table, m_probe.columnsOf(m_table), filters, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *newRecord = new QAction(tr("&New Record\u2026"), this);
    newRecord->setIcon(AppIcons::themed(QStringLiteral("document-new")));
    newRecord->setObjectName(QStringLiteral("newRecordAction"));
    newRecord->setShortcut(QKeySequence::New);
    newRecord->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newRecord, &QAction::triggered, this, [this] { openRecord(RecordDialog::Mode::Create); });
    auto *editRecord = new QAction(tr("&Edit Record\u2026"), this);
    editRecord->setIcon(AppIcons::themed(QStringLiteral("document-edit")));
    editRecord->setObjectName(QStringLiteral("editRecordAction"));
    editRecord->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editRecord->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(editRecord);
    connect(editRecord, &QAction::triggered, this, [this] { openRecord(RecordDialog::Mode::Edit); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { openRecord(RecordDialog::Mode::Edit); });
    auto *duplicate = new QAction(tr("&Duplicate Record\u2026"), this);
    duplicate->setObjectName(QStringLiteral("duplicateRecordAction"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(duplicate, &QAction::triggered, this, [this] { openRecord(RecordDialog::Mode::Duplicate); });
    m_actions = new RecordActions(this, m_records);
    connect(m_actions, &RecordActions::statusChanged, this, &TableBrowser::statusChanged);
    connect(m_actions, &RecordActions::changed, m_model, &WindowedTableModel::select);
    addActions({editRecord, newRecord, duplicate, m_actions->deactivateAction(), m_actions->activateAction(),
                m_actions->deleteAction(), m_actions->setPasswordAction(), m_actions->issueKeyAction(),
                m_actions->changePlanAction(), copy, copyJson, exportRows, follow, search, addFilter, stop});

    connect(m_view, &QTableView::customContextMenuRequested, this, &TableBrowser::showContextMenu);
    connect(m_filterBar, &FilterBar::filtersChanged, this, [this](const FilterSet &filters) {
        m_filtersByTable.insert(m_table, filters);
        applyFilters();
    });
    connect(m_breadcrumb, &BreadcrumbBar::backRequested, this, &TableBrowser::backRequested);
    connect(m_model, &WindowedTableModel::rowCountKnown, this, &TableBrowser::onRowCountKnown);
    connect(m_model, &WindowedTableModel::pageArrived, this, &TableBrowser::onPageArrived);
    connect(m_model, &WindowedTableModel::queryFailed, this, [this](const QString &message) {
        emit statusChanged(tr("Query stopped: %1").arg(message));
    });
    // A header click sorts through the database; say so when no index helps it.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        m_sinceQuery.start();
        const ColumnSpec *column = m_model->columnSpec(section);
        if (column && !isIndexed(column->name))
            emit statusChanged(tr("Running\u2026 %1 has no index: sorting may be slow on a big table (Esc stops it).")
                                   .arg(column->displayLabel()));
        else
            emit statusChanged(tr("Running\u2026"));
    });
}

TableBrowser::~TableBrowser() = default;

bool TableBrowser::isIndexed(const QString &column) const
{
    const TableSpec *spec = Schema::table(m_table);
    if (spec && spec->primaryKey().name == column)
        return true;
    const DatabaseSchema::Table *actual = m_probe.schema.table(m_table);
    if (!actual)
        return false;
    for (const DatabaseSchema::Index &index : actual->indexes) {
        if (!index.columns.isEmpty() && index.columns.first() == column)
            return true;
    }
    return false;
}

void TableBrowser::showTable(const QString &table)
{
    BrowseLocation location;
    location.table = table;
    location.filters = m_filtersByTable.value(table);
    showLocation(location);
}

void TableBrowser::showLocation(const BrowseLocation &location)
{
    const TableSpec *spec = Schema::table(location.table);
    if (!spec)
        return;
    rememberColumnWidths();
    m_table = location.table;
    m_crumb = location.crumb.isEmpty() ? spec->displayLabel() : location.crumb;
    m_filtersByTable.insert(m_table, location.filters);
    const QString reason = m_probe.drift.reasonFor(m_table);
    m_driftBanner->setText(reason.isEmpty() ? QString()
                                            : tr("This table differs from the data model; what is missing is left out:\n%1").arg(reason));
    m_driftBanner->setVisible(!reason.isEmpty());
    const QStringList columns = m_probe.columnsOf(m_table);
    m_filterBar->setTable(*spec, columns, location.filters);
    m_actions->updateForTable();
    updateLensBanner();
    m_countText.clear();
    m_sinceQuery.start();
    emit statusChanged(tr("Running\u2026"));
    // Table and condition change together: one query, not two.
    m_model->setTableSpec(*spec, columns, m_probe.schema.tableNames(), condition());
    {
        // Show the model's own order without the view asking it to sort (and query) again.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    applyColumnWidths();
    m_view->scrollToTop();
}

BrowseLocation TableBrowser::location() const
{
    return {m_table, m_filtersByTable.value(m_table), m_crumb};
}

SqlFragment TableBrowser::condition() const
{
    const TableSpec *spec = Schema::table(m_table);
    if (!spec)
        return {};
    FilterSet effective = m_filtersByTable.value(m_table);
    effective.tenantId = m_lensTenantId;
    return TableFilterSql::condition(*spec, m_settings.backend, m_probe.columnsOf(m_table), effective);
}

void TableBrowser::applyFilters()
{
    if (m_table.isEmpty())
        return;
    m_sinceQuery.start();
    m_model->setCondition(condition());
}

void TableBrowser::setTenantLens(const QString &tenantId, const QString &tenantName)
{
    m_lensTenantId = tenantId;
    m_lensTenantName = tenantName;
    updateLensBanner();
    if (!m_table.isEmpty())
        applyFilters();
}

void TableBrowser::updateLensBanner()
{
    const TableSpec *spec = Schema::table(m_table);
    if (m_lensTenantId.isEmpty() || !spec) {
        m_lensBanner->hide();
        return;
    }
    m_lensBanner->setText(TableFilterSql::isNarrowedByLens(*spec)
                              ? tr("Tenant lens: %1 \u2014 only this tenant's rows are shown").arg(m_lensTenantName)
                              : tr("Tenant lens: %1 \u2014 %2 are shared by all tenants and not narrowed")
                                    .arg(m_lensTenantName, spec->displayLabel()));
    m_lensBanner->show();
}

void TableBrowser::setTrail(const QStringList &crumbs)
{
    m_breadcrumb->setTrail(crumbs);
}

QString TableBrowser::displayValueOf(int row) const
{
    const TableSpec *spec = Schema::table(m_table);
    const int column = m_model->columnOf(spec->displayColumn);
    return column >= 0 ? m_model->index(row, column).data().toString() : QString();
}

QList<BrowseLocation> TableBrowser::relatedLocations(int row) const
{
    QList<BrowseLocation> locations;
    const TableSpec *spec = Schema::table(m_table);
    const int keyColumn = spec ? m_model->columnOf(spec->primaryKey().name) : -1;
    if (keyColumn < 0 || !m_model->isRowLoaded(row))
        return locations;
    const QVariant key = m_model->index(row, keyColumn).data(WindowedTableModel::ValueRole);
    const QString shown = displayValueOf(row);
    for (const IncomingReference &reference : Schema::referencesTo(m_table)) {
        if (m_probe.drift.isTableMissing(reference.table) || m_probe.drift.isColumnMissing(reference.table, reference.column))
            continue;
        const TableSpec *source = Schema::table(reference.table);
        ColumnFilter filter;
        filter.column = reference.column;
        filter.op = ColumnFilter::Op::Equals;
        filter.value = key;
        filter.label = tr("%1 is %2").arg(source->column(reference.column)->displayLabel(), shown);
        BrowseLocation location{reference.table, {}, tr("%1 of %2").arg(source->displayLabel(), shown)};
        location.filters.filters.append(filter);
        locations.append(location);
    }
    return locations;
}

QList<BrowseLocation> TableBrowser::referencedLocations(int row) const
{
    QList<BrowseLocation> locations;
    if (!m_model->isRowLoaded(row))
        return locations;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const ColumnSpec *column = m_model->columnSpec(c);
        const QVariant id = m_model->index(row, c).data(WindowedTableModel::ForeignIdRole);
        if (!column->isForeignKey() || id.isNull() || !id.isValid() || m_probe.drift.isTableMissing(column->foreignKey.table))
            continue;
        const TableSpec *target = Schema::table(column->foreignKey.table);
        const QString shown = m_model->index(row, c).data().toString();
        ColumnFilter filter;
        filter.column = target->primaryKey().name;
        filter.op = ColumnFilter::Op::Equals;
        filter.value = id;
        filter.label = tr("%1 is %2").arg(column->displayLabel(), shown);
        BrowseLocation location{target->name, {}, shown};
        location.filters.filters.append(filter);
        locations.append(location);
    }
    return locations;
}

void TableBrowser::followForeignKey()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const ColumnSpec *column = m_model->columnSpec(current.column());
    for (const BrowseLocation &location : referencedLocations(m_view->sourceRow(current))) {
        if (column && column->isForeignKey() && location.table == column->foreignKey.table
            && location.filters.filters.first().value == current.data(WindowedTableModel::ForeignIdRole)) {
            emit navigateRequested(location);
            return;
        }
    }
}

void TableBrowser::showContextMenu(const QPoint &position)
{
    const int row = m_view->sourceRow(m_view->indexAt(position));
    QMenu menu(this);
    if (row >= 0 && m_model->isRowLoaded(row)) {
        const QList<BrowseLocation> referenced = referencedLocations(row);
        if (!referenced.isEmpty()) {
            QMenu *go = menu.addMenu(tr("&Go To"));
            for (const BrowseLocation &location : referenced) {
                const TableSpec *target = Schema::table(location.table);
                go->addAction(tr("%1 \u201C%2\u201D").arg(target->displayLabel(), location.crumb), this,
                              [this, location] { emit navigateRequested(location); });
            }
        }
        const QList<BrowseLocation> related = relatedLocations(row);
        if (!related.isEmpty()) {
            QMenu *show = menu.addMenu(tr("&Related Records"));
            for (const BrowseLocation &location : related)
                show->addAction(location.crumb, this, [this, location] { emit navigateRequested(location); });
        }
        menu.addSeparator();
    }
    for (QAction *action : actions())
        menu.addAction(action);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QList<int> TableBrowser::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_view->sourceRow(index));
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->sourceRow(m_view->currentIndex()));
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString TableBrowser::selectionText(bool asJson) const
{
    const QList<int> rows = selectedSourceRows();
    QList<const ColumnSpec *> columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns.append(m_model->columnSpec(c));
    QList<QVector<QVariant>> values;
    for (int row : rows) {
        const QVector<QVariant> rowValues = m_model->rowValues(row);
        if (!rowValues.isEmpty())  // rows still loading are left out, never invented
            values.append(rowValues);
    }
    return asJson ? RowExport::toJson(columns, values) : RowExport::toTsv(columns, values);
}

void TableBrowser::copySelection(bool asJson) const
{
    const QString text = selectionText(asJson);
    QApplication::clipboard()->setText(text);
    emit const_cast<TableBrowser *>(this)->statusChanged(
        asJson ? tr("Copied the selection as JSON.") : tr("Copied the selection as TSV."));
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

void TableBrowser::setOperator(const OperatorIdentity &identity, const QString &reason)
{
    WriteContext context = m_records->context();
    context.op = identity;
    context.reason = reason;
    if (context.ipAddress.isEmpty())
        context.ipAddress = LocalAddress::primary();
    m_records->setContext(context);
}

QVariantMap TableBrowser::rowMap(int row) const
{
    QVariantMap map;
    const QVector<QVariant> values = m_model->rowValues(row);
    for (int c = 0; c < values.size() && c < m_model->columnCount(); ++c)
        map.insert(m_model->columnSpec(c)->name, values.at(c));
    return map;
}

RecordDialog *TableBrowser::openRecord(RecordDialog::Mode mode)
{
    const TableSpec *spec = Schema::table(m_table);
    if (!spec || m_recordDialog)
        return m_recordDialog;
    QVariantMap loaded;
    if (mode != RecordDialog::Mode::Create) {
        loaded = rowMap(m_view->sourceRow(m_view->currentIndex()));
        if (loaded.isEmpty())
            return nullptr;  // no row, or one still loading
    }
    return openDialog(*spec, mode, loaded);
}

RecordDialog *TableBrowser::openNewRecord(const QString &table, const QVariantMap &startingValues)
{
    const TableSpec *spec = Schema::table(table);
    if (!spec || m_recordDialog || m_probe.drift.isTableMissing(table))
        return m_recordDialog;
    return openDialog(*spec, RecordDialog::Mode::Create, startingValues);
}

RecordDialog *TableBrowser::openDialog(const TableSpec &spec, RecordDialog::Mode mode, const QVariantMap &loaded)
{
    RecordTimeline *timeline = nullptr;
    if (mode == RecordDialog::Mode::Edit && !m_probe.drift.isTableMissing(QStringLiteral("audit_logs"))) {
        timeline = new RecordTimeline(m_settings, QSqlDatabase::database(m_uiConnectionName, false),
                                      m_probe.columnsOf(QStringLiteral("audit_logs")));
        timeline->showResource(loaded.value(spec.primaryKey().name).toString());
    }
    m_recordDialog = new RecordDialog(mode, spec, m_probe.columnsOf(spec.name), loaded, m_records, timeline, this);
    m_recordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recordDialog, &RecordDialog::saved, this, [this](const QVariantMap &) {
        emit statusChanged(tr("Saved. Reloading %1\u2026").arg(Schema::table(m_table)->displayLabel()));
        m_model->select();
    });
    m_recordDialog->open();
    return m_recordDialog;
}
