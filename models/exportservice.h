#pragma once
#include "connectionsettings.h"
#include "tableexport.h"
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

class ExportWorker;
class QueryCanceller;

// The export dialog's way to the database: start() runs an export on the ExportWorker's
// thread and answers by signal with the ticket it returned; cancel() stops the running one,
// its statement included (a libpq cancel request, sqlite3_interrupt), and its file is not
// written. Owns the worker's thread.
class ExportService : public QObject
{
    Q_OBJECT
public:
    explicit ExportService(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~ExportService() override;  // cancels a running export and waits for it

    quint64 start(const ExportRequest &request);
    void cancel();
    bool isRunning() const { return m_running != 0; }
    // The worker's thread, for a test that wants to act there (a direct connection).
    ExportWorker *worker() const { return m_worker; }

signals:
    void progressed(quint64 ticket, qint64 rows, qint64 total, bool estimated);
    void finished(quint64 ticket, const ExportResult &result);

private:
    QThread m_thread;
    ExportWorker *m_worker = nullptr;  // lives on m_thread, deleted when it finishes
    std::shared_ptr<QueryCanceller> m_canceller;
    std::shared_ptr<std::atomic<bool>> m_cancelled;  // the latest export's
    quint64 m_nextTicket = 0;
    quint64 m_running = 0;  // the ticket of the export under way, 0 when none
};
