#include "dashboardservice.h"
#include "querycanceller.h"
#include <limits>

DashboardService::DashboardService(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_tickets(std::make_shared<DashboardWorker::Tickets>())
    , m_canceller(std::make_shared<QueryCanceller>())
    , m_worker(new DashboardWorker(settings, m_tickets, m_canceller))  // no parent: it moves to the thread
    , m_loading(dashboardPanelCount, false)
{
    qRegisterMetaType<DashboardPanel>();
    qRegisterMetaType<DashboardScope>();
    qRegisterMetaType<DashboardResult>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::panelReady, this, &DashboardService::deliverReady);
    connect(m_worker, &DashboardWorker::panelFailed, this, &DashboardService::deliverFailed);
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_thread.start();
}

DashboardService::~DashboardService()
{
    // Stale from now on: queued requests are skipped, a running one is stopped.
    for (auto &latest : m_tickets->latest)
        latest.store(std::numeric_limits<quint64>::max());
    m_canceller->cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 DashboardService::refresh(DashboardPanel panel, const DashboardScope &scope)
{
    const quint64 generation = ++m_nextGeneration;
    m_tickets->latest.at(std::size_t(panel)).store(generation);
    m_loading[int(panel)] = true;
    // An older request of this panel that is running now only wastes the server's time.
    if (m_tickets->runningPanel.load() == int(panel) && m_tickets->runningGeneration.load() < generation)
        m_canceller->cancel();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, panel, generation, scope] {
        worker->refresh(panel, generation, scope);
    }, Qt::QueuedConnection);
    return generation;
}

quint64 DashboardService::latestGeneration(DashboardPanel panel) const
{
    return m_tickets->latest.at(std::size_t(panel)).load();
}

bool DashboardService::isLoading(DashboardPanel panel) const
{
    return m_loading.at(int(panel));
}

bool DashboardService::isCurrent(DashboardPanel panel, quint64 generation) const
{
    // The worker checked too, but a newer refresh may have come in while its answer was queued.
    return generation == latestGeneration(panel);
}

void DashboardService::deliverReady(DashboardPanel panel, quint64 generation, const DashboardResult &result)
{
    if (!isCurrent(panel, generation))
        return;
    m_loading[int(panel)] = false;
    emit panelReady(panel, generation, result);
}

void DashboardService::deliverFailed(DashboardPanel panel, quint64 generation, const QString &message)
{
    if (!isCurrent(panel, generation))
        return;
    m_loading[int(panel)] = false;
    emit panelFailed(panel, generation, message);
}
