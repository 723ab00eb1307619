#pragma once
#include "connectionsettings.h"
#include "dashboardresults.h"
#include "dashboardworker.h"
#include <QObject>
#include <QThread>
#include <memory>

class QueryCanceller;

// The dashboard's way to the database, on the UI side: refresh(panel, scope) queues the
// panel's queries on the DashboardWorker's thread and returns the request's generation; the
// answer comes back as panelReady or panelFailed with that generation. A newer refresh of the
// same panel makes every older one stale: it is skipped if it has not started, cancelled if it
// is running, and its result is never emitted. Panels do not overtake each other: the worker
// runs requests in the order they were made.
//
// A view shows a loading state from refresh() until its generation answers (isLoading()), the
// query time from the result's elapsedMs, and opens the matching filtered table itself.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~DashboardService() override;

    quint64 refresh(DashboardPanel panel, const DashboardScope &scope);
    quint64 latestGeneration(DashboardPanel panel) const;
    bool isLoading(DashboardPanel panel) const;

signals:
    void panelReady(DashboardPanel panel, quint64 generation, const DashboardResult &result);
    void panelFailed(DashboardPanel panel, quint64 generation, const QString &message);

private:
    void deliverReady(DashboardPanel panel, quint64 generation, const DashboardResult &result);
    void deliverFailed(DashboardPanel panel, quint64 generation, const QString &message);
    bool isCurrent(DashboardPanel panel, quint64 generation) const;

    std::shared_ptr<DashboardWorker::Tickets> m_tickets;
    std::shared_ptr<QueryCanceller> m_canceller;
    QThread m_thread;
    DashboardWorker *m_worker = nullptr;  // lives on m_thread, deleted when it finishes
    quint64 m_nextGeneration = 0;
    QList<bool> m_loading;
};
