#include "exportservice.h"
#include "exportworker.h"
#include "querycanceller.h"

ExportService::ExportService(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_canceller(std::make_shared<QueryCanceller>())
{
    qRegisterMetaType<ExportResult>();
    m_worker = new ExportWorker(settings, m_canceller);  // no parent: it moves to the thread
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExportWorker::progressed, this, &ExportService::progressed);
    connect(m_worker, &ExportWorker::finished, this, [this](quint64 ticket, const ExportResult &result) {
        if (ticket == m_running)
            m_running = 0;
        emit finished(ticket, result);
    });
    m_thread.setObjectName(QStringLiteral("export"));
    m_thread.start();
}

ExportService::~ExportService()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 ExportService::start(const ExportRequest &request)
{
    const quint64 ticket = ++m_nextTicket;
    m_running = ticket;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, request, cancelled = m_cancelled] {
        worker->run(ticket, request, cancelled);
    }, Qt::QueuedConnection);
    return ticket;
}

void ExportService::cancel()
{
    if (!m_cancelled)
        return;
    // The flag first: a statement cancelled before the flag was seen would read as a failure.
    m_cancelled->store(true);
    m_canceller->cancel();
}
