#pragma once
#include "connectionsettings.h"
#include "tablepage.h"
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class DatabaseConnection;
class NativeQuery;
class QSqlQuery;
class QueryCanceller;
class TableQuery;
struct SqlFragment;

// Runs a view's queries on its own thread and its own connection (a QSqlDatabase cannot
// cross threads). Call its slots through queued invocations only; results come back by
// signal. A request older than the owner's latest generation is skipped unrun, and so is a
// page request that several newer ones have overtaken (the view scrolled past it).
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    struct Tickets
    {
        std::atomic<quint64> generation{0};   // bumped by a new sort, filter or table
        std::atomic<quint64> pageSerial{0};   // bumped by every page request
    };
    static constexpr quint64 pagesKeptInFlight = 4;

    QueryWorker(const ConnectionSettings &settings, std::shared_ptr<Tickets> tickets,
                std::shared_ptr<QueryCanceller> canceller);
    ~QueryWorker() override;

    // Background work (counts) on PostgreSQL stays on one server process; set before moving.
    void setBackground(bool background) { m_background = background; }

    void loadPage(quint64 generation, quint64 serial, const TableQuery &query, const PageRequest &request);
    void countRows(quint64 generation, const TableQuery &query);
    void countTables(quint64 generation, const QStringList &tables);
    void listTenants(quint64 generation);

signals:
    void pageLoaded(const TablePage &page);
    void pageSkipped(quint64 generation, int page);
    void rowsCounted(const RowCountResult &result);
    void tablesCounted(quint64 generation, const TableCounts &counts);
    void tenantsListed(quint64 generation, const QStringList &ids, const QStringList &names);
    void failed(quint64 generation, const QString &message);

private:
    using PageKeys = QList<QPair<QVariant, QVariant>>;

    bool ensureOpen(quint64 generation);
    bool isStale(quint64 generation) const { return generation < m_tickets->generation.load(); }
    // Page reads go through NativeQuery when the driver's handle allows it, else QSqlQuery;
    // the templates below take either.
    bool exec(QSqlQuery &query, const SqlFragment &statement, quint64 generation);
    bool exec(NativeQuery &query, const SqlFragment &statement, quint64 generation);
    bool readFailed(const QSqlQuery &query, quint64 generation);
    bool readFailed(const NativeQuery &query, quint64 generation);
    void reportFailure(const QString &text, bool connectionLost, quint64 generation);
    template <typename Query>
    bool readPage(const TableQuery &query, const PageRequest &request, quint64 generation, TablePage &page, PageKeys &keys);
    template <typename Query>
    bool readRows(Query &q, const TableQuery &query, quint64 generation, TablePage &page, PageKeys &keys);
    // The first column of the statement's first row; nullopt when it failed or found no row.
    template <typename Query>
    std::optional<QVariant> firstValueWith(const SqlFragment &statement, quint64 generation);
    std::optional<QVariant> firstValue(const SqlFragment &statement, quint64 generation);
    QVariant firstNonNullSort(const TableQuery &query, bool reversed, quint64 generation);
    TableCount countTable(const QString &table);

    ConnectionSettings m_settings;
    std::shared_ptr<Tickets> m_tickets;
    std::shared_ptr<QueryCanceller> m_canceller;
    std::unique_ptr<DatabaseConnection> m_connection;
    bool m_background = false;
    bool m_native = false;  // the open connection's handle serves NativeQuery
};
