#include "exportworker.h"
#include "databaseconnection.h"
#include "querycanceller.h"
#include "schema.h"
#include <QElapsedTimer>

namespace {

// A progress bar needs no more than a few updates a second; ten million rows in pages of a
// thousand would otherwise queue ten thousand signals.
constexpr qint64 progressInterval = 100;

} // namespace

ExportWorker::ExportWorker(const ConnectionSettings &settings, std::shared_ptr<QueryCanceller> canceller)
    : m_settings(settings)
    , m_canceller(std::move(canceller))
{
}

ExportWorker::~ExportWorker()
{
    m_canceller->detach();
}

void ExportWorker::run(quint64 ticket, const ExportRequest &request, std::shared_ptr<std::atomic<bool>> cancelled)
{
    ExportResult result;
    result.path = request.path;
    const TableSpec *table = Schema::table(request.table);
    if (!table) {
        result.message = TableExport::tr("There is no table %1.").arg(request.table);
        emit finished(ticket, result);
        return;
    }
    if (cancelled->load()) {
        result.outcome = ExportResult::Outcome::Cancelled;
        result.message = TableExport::tr("Export cancelled.");
        emit finished(ticket, result);
        return;
    }
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("export")));
    const DatabaseConnection::Result opened = connection.open(m_settings);
    if (!opened.ok()) {
        result.message = opened.message;
        result.connectionLost = true;
        emit finished(ticket, result);
        return;
    }
    m_canceller->attach(connection.database());
    TableExport exporter(connection.database(), *table, request.columns, request.filters);
    exporter.setPageRows(request.pageRows);
    exporter.setCancelFlag(cancelled.get());
    QElapsedTimer sinceProgress;
    exporter.setProgressHandler([&](qint64 rows, qint64 total, bool estimated) {
        if (rows == 0 || !sinceProgress.isValid() || sinceProgress.elapsed() >= progressInterval) {
            sinceProgress.start();
            emit progressed(ticket, rows, total, estimated);
        }
    });
    result = exporter.writeToFile(request.path, request.format);
    m_canceller->detach();  // before the connection closes
    if (result.ok())
        emit progressed(ticket, result.rows, result.rows, false);
    emit finished(ticket, result);
}
