#pragma once
#include <QAbstractProxyModel>

// A few thousand consecutive rows of a very long model, shown as a model of their own.
//
// QTableView's vertical QHeaderView keeps a section item for every row of its model: a table
// of ten million rows costs the view 78 MB and a 57 ms stall on the UI thread each time the
// row count changes. Behind this proxy the view only ever has windowRows() rows; a view that
// uses it (WindowedTableView) moves the window as the user scrolls and keeps a scrollbar that
// spans the whole source. Moving the window is a layout change: persistent indexes (the
// current index, the selection) follow their source rows, or are dropped when those leave.
// Vertical header labels come from the source's rows, so row numbers stay the table's own.
class RowWindowModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    static constexpr int defaultWindowRows = 4096;

    explicit RowWindowModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    int windowRows() const { return m_windowRows; }
    void setWindowRows(int rows);
    int windowStart() const { return m_start; }
    int sourceRowCount() const;
    // Moves the window so that it starts at sourceRow (clamped so that it stays full).
    void moveWindow(int sourceRow);
    // The window start that puts sourceRow in the middle, clamped.
    int centeredStart(int sourceRow) const;
    int maxStart() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

signals:
    void windowMoved(int start);
    void sourceRowCountChanged(int rows);

private:
    int rowsFor(int start) const;
    void syncRowCount();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void onSourceRowsChanged(int first);
    void beginSourceReset();
    void endSourceReset();

    QList<QMetaObject::Connection> m_connections;
    int m_windowRows = defaultWindowRows;
    int m_start = 0;
    int m_rows = 0;       // rows shown; changed only between begin/end notifications
    int m_columns = 0;
};
