#pragma once
#include "connectionsettings.h"
#include "dashboardqueries.h"
#include <QObject>
#include <array>
#include <atomic>
#include <memory>

class DatabaseConnection;
class QueryCanceller;

// Runs the dashboard's panel queries on its own thread and its own connection (a QSqlDatabase
// cannot cross threads). Call refresh() through queued invocations only (DashboardService
// does); results come back by signal. A request older than its panel's latest generation is
// skipped unrun, and its result is never sent.
class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    struct Tickets
    {
        std::array<std::atomic<quint64>, dashboardPanelCount> latest{};  // per panel, set by the service
        std::atomic<int> runningPanel{-1};          // what the worker runs now, for cancelling
        std::atomic<quint64> runningGeneration{0};
    };

    DashboardWorker(const ConnectionSettings &settings, std::shared_ptr<Tickets> tickets,
                    std::shared_ptr<QueryCanceller> canceller);
    ~DashboardWorker() override;

    void refresh(DashboardPanel panel, quint64 generation, const DashboardScope &scope);

signals:
    void panelReady(DashboardPanel panel, quint64 generation, const DashboardResult &result);
    void panelFailed(DashboardPanel panel, quint64 generation, const QString &message);

private:
    bool ensureOpen(QString *message);
    bool isStale(DashboardPanel panel, quint64 generation) const;

    ConnectionSettings m_settings;
    std::shared_ptr<Tickets> m_tickets;
    std::shared_ptr<QueryCanceller> m_canceller;
    std::unique_ptr<DatabaseConnection> m_connection;
    DashboardColumns m_columns;  // read once per connection
};
