#include "dashboardworker.h"
#include "dashboardreader.h"
#include "databaseconnection.h"
#include "querycanceller.h"

DashboardWorker::DashboardWorker(const ConnectionSettings &settings, std::shared_ptr<Tickets> tickets,
                                 std::shared_ptr<QueryCanceller> canceller)
    : m_settings(settings)
    , m_tickets(std::move(tickets))
    , m_canceller(std::move(canceller))
{
}

DashboardWorker::~DashboardWorker()
{
    if (m_canceller)
        m_canceller->detach();
}

bool DashboardWorker::isStale(DashboardPanel panel, quint64 generation) const
{
    return generation < m_tickets->latest.at(std::size_t(panel)).load();
}

bool DashboardWorker::ensureOpen(QString *message)
{
    if (m_connection && m_connection->database().isOpen())
        return true;
    if (m_canceller)
        m_canceller->detach();
    m_connection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("dashboard")));
    const DatabaseConnection::Result opened = m_connection->open(m_settings);
    if (!opened.ok()) {
        *message = opened.message;
        m_connection.reset();
        return false;
    }
    // Which tables and columns exist decides which statements can run (an old migration
    // lacks some); read once per connection.
    const std::optional<DashboardColumns> columns = DashboardReader::columnsOf(m_connection->database(), message);
    if (!columns) {
        m_connection.reset();
        return false;
    }
    m_columns = *columns;
    if (m_canceller)
        m_canceller->attach(m_connection->database());
    return true;
}

void DashboardWorker::refresh(DashboardPanel panel, quint64 generation, const DashboardScope &scope)
{
    if (isStale(panel, generation))
        return;
    QString message;
    if (!ensureOpen(&message)) {
        emit panelFailed(panel, generation, message);
        return;
    }
    m_tickets->runningGeneration.store(generation);
    m_tickets->runningPanel.store(int(panel));
    DashboardReader reader(m_connection->database(), m_columns);
    std::optional<DashboardResult> result = reader.read(panel, scope);
    // A cancel meant for an older request of this panel can land on this one just after it
    // started: run it once more rather than report a cancel nobody asked for.
    if (!result && reader.wasInterrupted() && !isStale(panel, generation))
        result = reader.read(panel, scope);
    m_tickets->runningPanel.store(-1);
    if (isStale(panel, generation))
        return;
    if (result) {
        emit panelReady(panel, generation, *result);
        return;
    }
    emit panelFailed(panel, generation, reader.error());
    if (reader.connectionLost())
        m_connection.reset();  // reopened by the next refresh
}
