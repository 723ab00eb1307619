#pragma once
#include "connectionsettings.h"
#include "tableexport.h"
#include <QObject>
#include <atomic>
#include <memory>

class QueryCanceller;

// Runs one export at a time on its own thread and its own connection (opened per export and
// closed after it, as exports are rare and long). Call it through queued invocations only
// (ExportService does); progress and the result come back by signal.
class ExportWorker : public QObject
{
    Q_OBJECT
public:
    ExportWorker(const ConnectionSettings &settings, std::shared_ptr<QueryCanceller> canceller);
    ~ExportWorker() override;

    void run(quint64 ticket, const ExportRequest &request, std::shared_ptr<std::atomic<bool>> cancelled);

signals:
    // At most every progressInterval ms, and once at the start and the end of the rows.
    void progressed(quint64 ticket, qint64 rows, qint64 total, bool estimated);
    void finished(quint64 ticket, const ExportResult &result);

private:
    ConnectionSettings m_settings;
    std::shared_ptr<QueryCanceller> m_canceller;
};
