#include "windowedtablemodel.h"
#include "cellformatter.h"
#include "queryworker.h"
#include "schema.h"
#include "tablequery.h"

WindowedTableModel::WindowedTableModel(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QObject *parent)
    : QSqlTableModel(parent, uiDatabase)
    , m_settings(settings)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<TablePage>();
    qRegisterMetaType<RowCountResult>();
    m_worker = new QueryWorker(settings, m_generation);  // no parent: it moves to m_thread
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QueryWorker::pageLoaded, this, &WindowedTableModel::onPageLoaded);
    connect(m_worker, &QueryWorker::rowsCounted, this, &WindowedTableModel::onRowsCounted);
    connect(m_worker, &QueryWorker::failed, this, &WindowedTableModel::onFailed);
    m_thread.setObjectName(QStringLiteral("table-worker"));
    m_thread.start();
}

WindowedTableModel::~WindowedTableModel()
{
    m_generation->fetch_add(1);  // let queued requests fall through unrun
    m_thread.quit();
    m_thread.wait();
}

void WindowedTableModel::setTableSpec(const TableSpec &table, const QStringList &columns, const QStringList &tablesPresent)
{
    m_table = &table;
    m_query = std::make_unique<TableQuery>(table, m_settings.backend, columns, tablesPresent);
    // Gives QSqlTableModel its table identity; no rows are read here.
    QSqlTableModel::setTable(table.name);
    select();
}

const ColumnSpec *WindowedTableModel::columnSpec(int column) const
{
    if (!m_query || column < 0 || column >= m_query->columns().size())
        return nullptr;
    return m_table->column(m_query->columns().at(column));
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
    const quint64 generation = m_generation->fetch_add(1) + 1;
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_pending.clear();
    m_rowCount = 0;
    m_estimated = false;
    m_counting = true;
    endResetModel();
    // The first page goes first: the newest rows show before the count is known.
    requestPage(0);
    const TableQuery query = *m_query;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, query] {
        worker->countRows(generation, query);
    }, Qt::QueuedConnection);
    emit loadingChanged(true);
    return true;
}

void WindowedTableModel::requestPage(int page) const
{
    if (!m_query || m_pending.contains(page) || m_pages.contains(page))
        return;
    m_pending.insert(page);
    const quint64 generation = m_generation->load();
    const TableQuery query = *m_query;
    const int first = page * m_pageSize;
    const int size = m_pageSize;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, query, first, size] {
        worker->loadPage(generation, query, first, size);
    }, Qt::QueuedConnection);
}

void WindowedTableModel::touch(int page) const
{
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
}

void WindowedTableModel::onPageLoaded(const TablePage &page)
{
    if (page.generation != m_generation->load())
        return;
    const int pageIndex = page.firstRow / m_pageSize;
    m_pending.remove(pageIndex);
    m_pages.insert(pageIndex, page.rows);
    touch(pageIndex);
    while (m_recentPages.size() > m_maxPages)
        m_pages.remove(m_recentPages.takeFirst());

    const int end = page.firstRow + int(page.rows.size());
    if (page.rows.size() < m_pageSize && (!m_counting || end < m_rowCount)) {
        resizeTo(end);  // a short page is the true end, whatever the estimate said
    } else if (end > m_rowCount) {
        // Rows beyond an estimate (or before the count): grow, and one more page if this one was full.
        resizeTo(page.rows.size() == m_pageSize && m_estimated ? end + m_pageSize : end);
    }
    if (!page.rows.isEmpty())
        emit dataChanged(index(page.firstRow, 0), index(end - 1, columnCount() - 1));
    emit pageArrived(page.firstRow, int(page.rows.size()), page.elapsedMs);
    if (!isLoading())
        emit loadingChanged(false);
}

void WindowedTableModel::onRowsCounted(const RowCountResult &result)
{
    if (result.generation != m_generation->load())
        return;
    m_counting = false;
    m_estimated = result.count.estimated;
    // A page already loaded past the count proves the table is at least that long.
    int known = 0;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        known = qMax(known, it.key() * m_pageSize + int(it.value().size()));
    resizeTo(int(qBound(qint64(known), result.count.rows, qint64(std::numeric_limits<int>::max()))));
    emit rowCountKnown(result.count.rows, result.count.estimated, result.elapsedMs);
    if (!isLoading())
        emit loadingChanged(false);
}

void WindowedTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation->load())
        return;
    m_pending.clear();
    m_counting = false;
    emit queryFailed(message);
    emit loadingChanged(false);
}

void WindowedTableModel::resizeTo(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

bool WindowedTableModel::isRowLoaded(int row) const
{
    return this->row(row) != nullptr;
}

const QVector<QVariant> *WindowedTableModel::row(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend())
        return nullptr;
    const int offset = row - page * m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
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
        const int page = index.row() / m_pageSize;
        requestPage(page);
        switch (role) {
        case Qt::DisplayRole: return index.column() == 0 ? tr("loading\u2026") : QString();
        case LoadedRole: return false;
        default: return {};
        }
    }
    touch(index.row() / m_pageSize);
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
            return section + 1;
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
