#pragma once
#include "connectionsettings.h"
#include "queryworker.h"
#include "tablepage.h"
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlTableModel>
#include <QThread>
#include <memory>

struct SqlFragment;
struct ColumnSpec;
struct TableSpec;
class QueryCanceller;
class QueryWorker;
class TableQuery;

// A QSqlTableModel that never holds a whole table. QSqlTableModel's own select() runs one query
// on the UI thread and (over QPSQL) pulls the entire result into memory; this subclass keeps
// QSqlTableModel's interface but serves rows from pages that a QueryWorker loads on its own
// thread and connection. The table is tableSpec(): QSqlTableModel::setTable() is never called,
// as it reads the catalog on the UI connection (a round trip on PostgreSQL), so tableName()
// stays empty.
//  - rowCount() is the (possibly estimated) table size, so the scrollbar spans the whole table;
//  - data() on a row not yet loaded returns a placeholder and asks for its page;
//  - a page next to a loaded one is read by keyset on (sort column, primary key), the start
//    and the end by a small OFFSET from either side, and a page deep in the middle by seeking
//    to an estimated sort value (SortKeyEstimator): no deep OFFSET, so every jump costs about
//    what the first page costs. Rows reached by a seek are numbered approximately (≈);
//  - pages live in a bounded least-recently-used cache;
//  - select(), sort() and setCondition() start a new generation: the running query is
//    cancelled, queued requests are skipped by the worker and late replies ignored here.
class WindowedTableModel : public QSqlTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1,  // the decoded value (QDateTime UTC, bool, JSON text...)
        ForeignIdRole,                 // the id behind a foreign key's display value
        LoadedRole,                    // false while the row is a placeholder
    };

    WindowedTableModel(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QObject *parent = nullptr);
    ~WindowedTableModel() override;

    // columns: the table's columns present in the database; tablesPresent: for foreign keys.
    void setTableSpec(const TableSpec &table, const QStringList &columns, const QStringList &tablesPresent,
                      const SqlFragment &condition);
    void setTableSpec(const TableSpec &table, const QStringList &columns, const QStringList &tablesPresent);
    const TableSpec *tableSpec() const { return m_table; }
    const ColumnSpec *columnSpec(int column) const;
    int columnOf(const QString &name) const;
    // A WHERE condition over alias t with bound values (from TableFilterSql); empty for none.
    void setCondition(const SqlFragment &condition);
    int pageSize() const { return m_pageSize; }
    // Rows from the start reachable by a plain OFFSET (cheap while small); past them pages
    // are reached by keyset, from the end, or by seeking.
    int directOffsetLimit() const { return m_directOffsetLimit; }
    void setDirectOffsetLimit(int rows) { m_directOffsetLimit = qMax(0, rows); }
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxPages; }
    int cachedPageCount() const { return int(m_pages.size()); }
    bool isRowLoaded(int row) const;
    // The row's values (one per column, no display values); empty when not loaded.
    QVector<QVariant> rowValues(int row) const;
    bool isRowNumberExact(int row) const;
    bool isRowCountEstimated() const { return m_estimated; }
    bool isLoading() const { return !m_pending.isEmpty() || m_counting; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // Raw SQL filters would bypass binding: QSqlTableModel::setFilter() is refused here.
    void setFilter(const QString &filter) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    void sort(int column, Qt::SortOrder order) override;
    void setSort(int column, Qt::SortOrder order) override;

public slots:
    bool select() override;
    void cancel();  // stops the running query; rows not loaded stay placeholders

signals:
    void rowCountKnown(qint64 rows, bool estimated, qint64 elapsedMs);
    // request: how the page was reached (keyset, seek, from the end...), for tools that replay it
    void pageArrived(int firstRow, int rows, qint64 elapsedMs, const PageRequest &request);
    void queryFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    struct Page
    {
        QList<QVector<QVariant>> rows;
        QVariant firstSort, firstKey, lastSort, lastKey;
        bool exact = true;  // row numbers counted from the start or the true end
        bool fromEnd = false;  // numbered back from the (maybe estimated) end
        bool partial = false;  // the first rows only; the whole page is still pending
    };

    void requestPage(int page, int firstRows = 0) const;
    PageRequest planRequest(int page, bool *exact) const;
    void onPageLoaded(const TablePage &page);
    void onFirstRowsLoaded(const TablePage &page);
    void onPageSkipped(quint64 generation, int page);
    void onRowsCounted(const RowCountResult &result);
    void startCount();
    void onFailed(quint64 generation, const QString &message);
    void resizeTo(int rows);
    void touch(int page) const;
    const QVector<QVariant> *row(int row) const;

    // A worker on its own thread and connection. Pages and counts each get one, so a page
    // never waits behind a count of ten million rows.
    struct Lane
    {
        QThread thread;
        QueryWorker *worker = nullptr;  // lives on thread, deleted when it finishes
        std::shared_ptr<QueryCanceller> canceller;
    };
    void startLane(Lane &lane, const QString &name, QThread::Priority priority);
    void stopLane(Lane &lane);
    void cancelRunning();

    ConnectionSettings m_settings;
    const TableSpec *m_table = nullptr;
    std::unique_ptr<TableQuery> m_query;
    std::shared_ptr<QueryWorker::Tickets> m_tickets;
    Lane m_pageLane;
    Lane m_countLane;
    int m_rowCount = 0;
    bool m_estimated = false;
    bool m_counting = false;
    QVariant m_firstSortValue, m_lastSortValue;
    bool m_countQueued = false;  // the count starts once the first page is in
    int m_pageSize = 200;
    // A new query's first page shows its first rows this early (more than a screenful).
    static constexpr int firstRowsShown = 64;
    static constexpr int countDelayMs = 40;  // the count starts this long after the first page
    int m_directOffsetLimit = 5000;
    int m_maxPages = 64;
    // Caches filled from const data(): the view's reads drive what gets loaded.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recentPages;  // most recently used last
    mutable QHash<int, bool> m_pending;  // page -> whether its row numbers will be exact
    bool m_resetting = false;            // inside select()'s reset: no page requests
};
