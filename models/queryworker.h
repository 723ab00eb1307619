#pragma once
#include "connectionsettings.h"
#include "tablepage.h"
#include <QObject>
#include <atomic>
#include <memory>

class DatabaseConnection;
class TableQuery;

// Runs a view's queries on its own thread and its own connection (a QSqlDatabase cannot
// cross threads). Call its slots through queued invocations only; results come back by
// signal. A request older than the owner's latest generation is skipped unrun, so a burst of
// scrolling or a new sort never queues up stale work.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    QueryWorker(const ConnectionSettings &settings, std::shared_ptr<std::atomic<quint64>> latestGeneration);
    ~QueryWorker() override;

    void loadPage(quint64 generation, const TableQuery &query, int firstRow, int rowCount);
    void countRows(quint64 generation, const TableQuery &query);
    void countTables(quint64 generation, const QStringList &tables);

signals:
    void pageLoaded(const TablePage &page);
    void rowsCounted(const RowCountResult &result);
    void tablesCounted(quint64 generation, const TableCounts &counts);
    void failed(quint64 generation, const QString &message);

private:
    bool ensureOpen(quint64 generation);
    bool isStale(quint64 generation) const { return generation < m_latest->load(); }
    TableCount countTable(const QString &table);

    ConnectionSettings m_settings;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<DatabaseConnection> m_connection;
};
