#include "rowwindowmodel.h"

RowWindowModel::RowWindowModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RowWindowModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_start = 0;
    m_rows = rowsFor(0);
    m_columns = source ? source->columnCount() : 0;
    if (source) {
        m_connections = {
            connect(source, &QAbstractItemModel::dataChanged, this, &RowWindowModel::onSourceDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this, &RowWindowModel::onSourceHeaderDataChanged),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &RowWindowModel::beginSourceReset),
            connect(source, &QAbstractItemModel::modelReset, this, &RowWindowModel::endSourceReset),
            // Column changes and reorderings are rare here (a new table resets): treat as resets.
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, &RowWindowModel::beginSourceReset),
            connect(source, &QAbstractItemModel::columnsInserted, this, &RowWindowModel::endSourceReset),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, &RowWindowModel::beginSourceReset),
            connect(source, &QAbstractItemModel::columnsRemoved, this, &RowWindowModel::endSourceReset),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &RowWindowModel::beginSourceReset),
            connect(source, &QAbstractItemModel::layoutChanged, this, &RowWindowModel::endSourceReset),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int) { onSourceRowsChanged(first); }),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int) { onSourceRowsChanged(first); }),
        };
    }
    endResetModel();
}

void RowWindowModel::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = qMax(1, rows);
    m_start = qMin(m_start, maxStart());
    m_rows = rowsFor(m_start);
    endResetModel();
}

int RowWindowModel::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int RowWindowModel::maxStart() const
{
    return qMax(0, sourceRowCount() - m_windowRows);
}

int RowWindowModel::rowsFor(int start) const
{
    return qBound(0, sourceRowCount() - start, m_windowRows);
}

int RowWindowModel::centeredStart(int sourceRow) const
{
    return qBound(0, sourceRow - m_windowRows / 2, maxStart());
}

void RowWindowModel::moveWindow(int sourceRow)
{
    const int start = qBound(0, sourceRow, maxStart());
    if (start == m_start)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    const int rows = rowsFor(start);
    for (const QModelIndex &index : before) {
        const int row = m_start + index.row() - start;
        after.append(row >= 0 && row < rows ? createIndex(row, index.column()) : QModelIndex());
    }
    m_start = start;
    m_rows = rows;
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    emit windowMoved(m_start);
}

void RowWindowModel::syncRowCount()
{
    if (m_start > maxStart()) {
        // The source shrank under the window: start over from the clamped place.
        beginResetModel();
        m_start = maxStart();
        m_rows = rowsFor(m_start);
        endResetModel();
        emit windowMoved(m_start);
        return;
    }
    const int rows = rowsFor(m_start);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void RowWindowModel::onSourceRowsChanged(int first)
{
    syncRowCount();
    emit sourceRowCountChanged(sourceRowCount());
    // Rows added or removed inside the window shift what every later row shows.
    if (first < m_start + m_rows && m_rows > 0) {
        const int from = qMax(0, first - m_start);
        emit dataChanged(index(from, 0), index(m_rows - 1, m_columns - 1));
        emit headerDataChanged(Qt::Vertical, from, m_rows - 1);
    }
}

void RowWindowModel::beginSourceReset()
{
    beginResetModel();
}

void RowWindowModel::endSourceReset()
{
    m_start = 0;
    m_rows = rowsFor(0);
    m_columns = sourceModel() ? sourceModel()->columnCount() : 0;
    endResetModel();
    emit windowMoved(m_start);
    emit sourceRowCountChanged(sourceRowCount());
}

void RowWindowModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    const int first = qMax(topLeft.row(), m_start) - m_start;
    const int last = qMin(bottomRight.row(), m_start + m_rows - 1) - m_start;
    if (first <= last)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void RowWindowModel::onSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    first = qMax(first, m_start) - m_start;
    last = qMin(last, m_start + m_rows - 1) - m_start;
    if (first <= last)
        emit headerDataChanged(orientation, first, last);
}

QModelIndex RowWindowModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    return sourceModel()->index(m_start + proxyIndex.row(), proxyIndex.column());
}

QModelIndex RowWindowModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = sourceIndex.row() - m_start;
    if (row < 0 || row >= m_rows)
        return {};
    return createIndex(row, sourceIndex.column());
}

QModelIndex RowWindowModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return {};
    return createIndex(row, column);
}

QModelIndex RowWindowModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RowWindowModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int RowWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RowWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        return sourceModel()->headerData(m_start + section, orientation, role);
    return sourceModel()->headerData(section, orientation, role);
}
