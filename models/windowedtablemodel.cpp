#include "windowedtablemodel.h"
#include "cellformatter.h"
#include "querycanceller.h"
#include "schema.h"
#include "sortkeyestimator.h"
#include "tablequery.h"

namespace {

constexpr int nearPages = 16;    // a page this close to a loaded one is reached by keyset + OFFSET

} // namespace

WindowedTableModel::WindowedTableModel(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QObject *parent)
    : QSqlTableModel(parent, uiDatabase)
    , m_settings(settings)
    , m_tickets(std::make_shared<QueryWorker::Tickets>())
{
    qRegisterMetaType<TablePage>();
    qRegisterMetaType<RowCountResult>();
    startLane(m_pageLane, QStringLiteral("table-pages"), QThread::InheritPriority);
    // A count may walk ten million rows: it gets the CPU only when the UI and pages leave
    // it idle (SCHED_IDLE on Linux), so it never delays a paint on a two-core machine.
    startLane(m_countLane, QStringLiteral("table-counts"), QThread::IdlePriority);
}

WindowedTableModel::~WindowedTableModel()
{
    m_tickets->generation.fetch_add(1);  // let queued requests fall through unrun
    stopLane(m_pageLane);
    stopLane(m_countLane);
}

void WindowedTableModel::startLane(Lane &lane, const QString &name, QThread::Priority priority)
{
    lane.canceller = std::make_shared<QueryCanceller>();
    lane.worker = new QueryWorker(m_settings, m_tickets, lane.canceller);  // no parent: it moves to the thread
    lane.worker->setBackground(priority == QThread::IdlePriority);
    lane.worker->moveToThread(&lane.thread);
    connect(&lane.thread, &QThread::finished, lane.worker, &QObject::deleteLater);
    connect(lane.worker, &QueryWorker::pageLoaded, this, &WindowedTableModel::onPageLoaded);
    connect(lane.worker, &QueryWorker::pageSkipped, this, &WindowedTableModel::onPageSkipped);
    connect(lane.worker, &QueryWorker::rowsCounted, this, &WindowedTableModel::onRowsCounted);
    connect(lane.worker, &QueryWorker::failed, this, &WindowedTableModel::onFailed);
    lane.thread.setObjectName(name);
    lane.thread.start(priority);
}

void WindowedTableModel::stopLane(Lane &lane)
{
    lane.canceller->cancel();
    lane.thread.quit();
    lane.thread.wait();
}

void WindowedTableModel::cancelRunning()
{
    m_pageLane.canceller->cancel();
    m_countLane.canceller->cancel();
}

void WindowedTableModel::setTableSpec(const TableSpec &table, const QStringList &columns, const QStringList &tablesPresent)
{
    setTableSpec(table, columns, tablesPresent, SqlFragment());
}

void WindowedTableModel::setTableSpec(const TableSpec &table, const QStringList &columns, const QStringList &tablesPresent,
                                      const SqlFragment &condition)
{
    m_table = &table;
    m_query = std::make_unique<TableQuery>(table, m_settings.backend, columns, tablesPresent);
    m_query->setCondition(condition);
    select();
}

const ColumnSpec *WindowedTableModel::columnSpec(int column) const
{
    if (!m_query || column < 0 || column >= m_query->columns().size())
        return nullptr;
    return m_table->column(m_query->columns().at(column));
}

int WindowedTableModel::columnOf(const QString &name) const
{
    return m_query ? int(m_query->columns().indexOf(name)) : -1;
}

void WindowedTableModel::setCondition(const SqlFragment &condition)
{
    if (!m_query)
        return;
    m_query->setCondition(condition);
    select();
}

void WindowedTableModel::setFilter(const QString &filter)
{
    if (!filter.isEmpty())
        qWarning("WindowedTableModel: raw SQL filters are refused; use setCondition() with bound values");
}

void WindowedTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(10, rows);
    select();
}

bool WindowedTableModel::select()
{
    if (!m_query)
        return false;
    const bool wasLoading = isLoading();
    m_tickets->generation.fetch_add(1);
    if (wasLoading)
        cancelRunning();  // the running statements answer a question nobody asks now
    // The first page goes first and alone: the newest rows show before the count is known, and
    // a count (a parallel scan on PostgreSQL) would take the CPU the first page needs. It is
    // asked before the views hear of the reset, so the worker reads while they rebuild.
    m_pending.clear();
    m_pages.remove(0);
    requestPage(0, firstRowsShown);
    const QHash<int, bool> firstPage = m_pending;
    // Views reading rows while they hear of the reset must not ask for old pages: four such
    // requests would overtake the first page, which the worker would then skip.
    m_resetting = true;
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_pending = firstPage;
    m_rowCount = 0;
    m_estimated = false;
    m_counting = true;
    m_firstSortValue.clear();
    m_lastSortValue.clear();
    m_countQueued = true;
    endResetModel();
    m_resetting = false;
    emit loadingChanged(true);
    return true;
}

void WindowedTableModel::startCount()
{
    if (!m_countQueued)
        return;
    m_countQueued = false;
    const quint64 generation = m_tickets->generation.load();
    const TableQuery query = *m_query;
    QMetaObject::invokeMethod(m_countLane.worker, [worker = m_countLane.worker, generation, query] {
        worker->countRows(generation, query);
    }, Qt::QueuedConnection);
}

void WindowedTableModel::cancel()
{
    if (!isLoading())
        return;
    m_tickets->generation.fetch_add(1);
    cancelRunning();
    m_pending.clear();
    m_counting = false;
    m_countQueued = false;
    emit queryFailed(tr("Cancelled."));
    emit loadingChanged(false);
}

PageRequest WindowedTableModel::planRequest(int page, bool *exact) const
{
    using Mode = PageRequest::Mode;
    PageRequest r;
    r.page = page;
    r.rowCount = m_pageSize;
    const int first = page * m_pageSize;
    *exact = true;
    if (first <= m_directOffsetLimit) {
        r.mode = Mode::FromStart;
        r.offset = first;
        return r;
    }
    int nearest = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->rows.isEmpty() || it->partial || std::abs(it.key() - page) > nearPages)
            continue;
        if (nearest < 0 || std::abs(it.key() - page) < std::abs(nearest - page))
            nearest = it.key();
    }
    if (nearest >= 0) {
        const Page &anchor = m_pages.value(nearest);
        const bool after = nearest < page;
        r.mode = after ? Mode::After : Mode::Before;
        r.offset = (std::abs(page - nearest) - 1) * m_pageSize;
        r.sortValue = after ? anchor.lastSort : anchor.firstSort;
        r.keyValue = after ? anchor.lastKey : anchor.firstKey;
        r.sortValueIsNull = r.sortValue.isNull();
        *exact = anchor.exact;
        return r;
    }
    if (!m_counting && m_rowCount - first <= nearPages * m_pageSize) {
        const int rowsAfter = m_rowCount - (first + m_pageSize);
        r.mode = Mode::FromEnd;
        r.rowCount = rowsAfter < 0 ? m_pageSize + rowsAfter : m_pageSize;
        r.offset = qMax(0, rowsAfter);
        *exact = !m_estimated;
        return r;
    }
    if (!m_counting && m_rowCount > 0) {
        const QVariant estimate = SortKeyEstimator::estimate(m_query->sortColumn(), m_settings.backend,
                                                             m_firstSortValue, m_lastSortValue,
                                                             double(first) / double(m_rowCount));
        if (estimate.isValid()) {
            r.mode = Mode::Seek;
            r.sortValue = estimate;
            *exact = false;
            return r;
        }
    }
    // Nothing to seek by yet (the count is still running): a plain offset, slow but right.
    r.mode = Mode::FromStart;
    r.offset = first;
    return r;
}

void WindowedTableModel::requestPage(int page, int firstRows) const
{
    // A partial page no longer pending (its query was cancelled) is asked for again.
    const auto loaded = m_pages.constFind(page);
    if (!m_query || m_pending.contains(page) || (loaded != m_pages.cend() && !loaded->partial) || m_resetting)
        return;
    bool exact = true;
    PageRequest request = planRequest(page, &exact);
    if (firstRows < request.rowCount)
        request.firstRows = firstRows;
    if (request.rowCount <= 0)
        return;
    m_pending.insert(page, exact);
    const quint64 generation = m_tickets->generation.load();
    const quint64 serial = m_tickets->pageSerial.fetch_add(1) + 1;
    const TableQuery query = *m_query;
    QMetaObject::invokeMethod(m_pageLane.worker, [worker = m_pageLane.worker, generation, serial, query, request] {
        worker->loadPage(generation, serial, query, request);
    }, Qt::QueuedConnection);
}

void WindowedTableModel::touch(int page) const
{
    if (!m_recentPages.isEmpty() && m_recentPages.last() == page)
        return;
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
}

bool WindowedTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    return it != m_pages.cend() && (!it->partial || row - it.key() * m_pageSize < it->rows.size());
}

QVector<QVariant> WindowedTableModel::rowValues(int row) const
{
    const QVector<QVariant> *values = this->row(row);
    return values && !values->isEmpty() ? values->mid(0, columnCount()) : QVector<QVariant>();
}

bool WindowedTableModel::isRowNumberExact(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    return it == m_pages.cend() || it->exact;
}

const QVector<QVariant> *WindowedTableModel::row(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return nullptr;
    const int offset = row - page * m_pageSize;
    static const QVector<QVariant> hole;  // a seek that landed short: nothing to show here
    if (offset >= it->rows.size())
        return it->partial ? nullptr : &hole;  // a partial page's rest is still coming
    return &it->rows.at(offset);
}

int WindowedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int WindowedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_query ? 0 : int(m_query->columns().size());
}

QVariant WindowedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const ColumnSpec *spec = columnSpec(index.column());
    if (!spec)
        return {};
    const QVector<QVariant> *values = row(index.row());
    if (!values) {
        requestPage(index.row() / m_pageSize);
        switch (role) {
        case Qt::DisplayRole: return index.column() == 0 ? tr("loading\u2026") : QString();
        case LoadedRole: return false;
        default: return {};
        }
    }
    touch(index.row() / m_pageSize);
    if (values->isEmpty())
        return role == LoadedRole ? QVariant(true) : QVariant();
    const QVariant &value = values->at(index.column());
    int foreignSlot = -1;
    for (int i = 0; i < m_query->foreignDisplays().size(); ++i) {
        if (m_query->foreignDisplays().at(i).columnIndex == index.column())
            foreignSlot = int(m_query->columns().size()) + i;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (foreignSlot >= 0 && !value.isNull() && !values->at(foreignSlot).isNull())
            return values->at(foreignSlot).toString();
        return CellFormatter::display(*spec, value);
    case Qt::ToolTipRole:
        if (foreignSlot >= 0 && !value.isNull())
            return tr("%1 (id %2)").arg(values->at(foreignSlot).toString(), value.toString());
        return CellFormatter::toolTip(*spec, value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(CellFormatter::alignment(*spec));
    case ValueRole:
        return value;
    case ForeignIdRole:
        return foreignSlot >= 0 ? value : QVariant();
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant WindowedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return isRowNumberExact(section) ? QString::number(section + 1) : tr("\u2248%1").arg(section + 1);
        if (role == Qt::ToolTipRole && !isRowNumberExact(section))
            return tr("Reached by a jump: the rows are real, their position is estimated.");
        return {};
    }
    const ColumnSpec *spec = columnSpec(section);
    if (!spec)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return spec->displayLabel();
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(spec->name, Schema::typeName(spec->type));
    default:
        return {};
    }
}

Qt::ItemFlags WindowedTableModel::flags(const QModelIndex &index) const
{
    // Read-only until the audited write path exists; editing goes through forms, not cells.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

bool WindowedTableModel::canFetchMore(const QModelIndex &) const
{
    return false;  // rows arrive by page, never through QSqlQueryModel's incremental fetch
}

void WindowedTableModel::fetchMore(const QModelIndex &)
{
}

int WindowedTableModel::sortColumn() const
{
    return m_query ? m_query->sortColumnIndex() : -1;
}

Qt::SortOrder WindowedTableModel::sortOrder() const
{
    return m_query ? m_query->sortOrder() : Qt::AscendingOrder;
}

void WindowedTableModel::setSort(int column, Qt::SortOrder order)
{
    if (m_query)
        m_query->setSort(column, order);
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    setSort(column, order);
    select();
}
