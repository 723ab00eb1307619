#include "queryworker.h"
#include "databaseconnection.h"
#include "nativequery.h"
#include "querycanceller.h"
#include "schema.h"
#include "tablequery.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Below this many rows an exact count is cheap enough to replace the planner's estimate.
constexpr qint64 exactCountLimit = 100000;

} // namespace

QueryWorker::QueryWorker(const ConnectionSettings &settings, std::shared_ptr<Tickets> tickets,
                         std::shared_ptr<QueryCanceller> canceller)
    : m_settings(settings)
    , m_tickets(std::move(tickets))
    , m_canceller(std::move(canceller))
{
}

QueryWorker::~QueryWorker()
{
    if (m_canceller)
        m_canceller->detach();
}

bool QueryWorker::ensureOpen(quint64 generation)
{
    if (m_connection && m_connection->database().isOpen())
        return true;
    m_connection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("worker")));
    const DatabaseConnection::Result opened = m_connection->open(m_settings);
    if (opened.ok()) {
        if (m_canceller)
            m_canceller->attach(m_connection->database());
        m_native = NativeQuery(m_connection->database()).isSupported();
        if (m_background && m_settings.backend == Backend::PostgreSQL) {
            // A count over ten million rows would otherwise run as a parallel scan taking every
            // core the server shares with the app (here: both), and the window's paints wait.
            QSqlQuery serial(m_connection->database());
            serial.exec(TableQuery::serialScanSql());
        }
        return true;
    }
    m_connection.reset();
    emit failed(generation, opened.message);
    return false;
}

bool QueryWorker::exec(QSqlQuery &q, const SqlFragment &statement, quint64 generation)
{
    // Forward-only: QPSQL would otherwise keep a scrollable copy of the whole result.
    q.setForwardOnly(true);
    if (q.prepare(statement.sql)) {
        for (const QVariant &value : statement.values)
            q.addBindValue(value);
        if (q.exec())
            return true;
    }
    if (isStale(generation))
        return false;  // cancelled on purpose: a newer request replaced this one
    qWarning("query failed: %s", qPrintable(q.lastError().text()));
    const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    reportFailure(text, !m_connection->database().isOpen() || q.lastError().type() == QSqlError::ConnectionError,
                  generation);
    return false;
}

bool QueryWorker::exec(NativeQuery &q, const SqlFragment &statement, quint64 generation)
{
    if (q.exec(statement))
        return true;
    if (isStale(generation))
        return false;  // cancelled on purpose: a newer request replaced this one
    qWarning("query failed: %s", qPrintable(q.errorText()));
    reportFailure(q.errorText(), q.isConnectionLost(), generation);
    return false;
}

bool QueryWorker::readFailed(const QSqlQuery &q, quint64 generation)
{
    if (!q.lastError().isValid())
        return false;
    if (!isStale(generation)) {
        const QString text = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
        reportFailure(text, q.lastError().type() == QSqlError::ConnectionError, generation);
    }
    return true;
}

bool QueryWorker::readFailed(const NativeQuery &q, quint64 generation)
{
    // SQLite steps row by row: an interrupt can land after the first row, and the rows read
    // so far must not pass for the whole page.
    if (q.errorText().isEmpty())
        return false;
    if (!isStale(generation))
        reportFailure(q.errorText(), q.isConnectionLost(), generation);
    return true;
}

void QueryWorker::reportFailure(const QString &text, bool connectionLost, quint64 generation)
{
    const bool interrupted = text.contains(QLatin1String("interrupt")) || text.contains(QLatin1String("canceling statement"));
    emit failed(generation, interrupted ? tr("Cancelled.") : text.trimmed());
    if (connectionLost)
        m_connection.reset();  // reopened on the next request
}

template <typename Query>
bool QueryWorker::readRows(Query &q, const TableQuery &query, quint64 generation, TablePage &page, PageKeys &keys)
{
    const QStringList &columns = query.columns();
    const int visible = int(columns.size() + query.foreignDisplays().size());
    QList<const ColumnSpec *> specs;
    for (const QString &name : columns)
        specs.append(query.table().column(name));
    while (q.next()) {
        QVector<QVariant> row(visible);
        for (int i = 0; i < columns.size(); ++i)
            row[i] = ValueCodec::fromStorage(*specs.at(i), q.value(i));
        for (int i = int(columns.size()); i < visible; ++i)
            row[i] = q.value(i);
        page.rows.append(std::move(row));
        keys.append({q.value(query.sortValueIndex()), q.value(query.keyValueIndex())});
        if (page.rows.size() == page.request.firstRows && page.request.mode == PageRequest::Mode::FromStart) {
            TablePage first;  // shares the rows read so far: no copy of their values
            first.generation = page.generation;
            first.request = page.request;
            first.rows = page.rows;
            first.partial = true;
            emit pageLoaded(first);
        }
    }
    return !readFailed(q, generation);
}

template <typename Query>
std::optional<QVariant> QueryWorker::firstValueWith(const SqlFragment &statement, quint64 generation)
{
    Query q(m_connection->database());
    if (!exec(q, statement, generation) || !q.next())
        return std::nullopt;
    return q.value(0);
}

std::optional<QVariant> QueryWorker::firstValue(const SqlFragment &statement, quint64 generation)
{
    if (!m_connection)
        return std::nullopt;  // an earlier statement lost the connection
    return m_native ? firstValueWith<NativeQuery>(statement, generation) : firstValueWith<QSqlQuery>(statement, generation);
}

template <typename Query>
bool QueryWorker::readPage(const TableQuery &query, const PageRequest &request, quint64 generation, TablePage &page,
                           PageKeys &keys)
{
    {
        Query q(m_connection->database());
        if (!exec(q, query.page(request), generation) || !readRows(q, query, generation, page, keys))
            return false;
    }
    // A keyset page that ran out at the edge of the NULL run continues on its other side.
    if (page.rows.size() < request.rowCount && query.continuationCrossesNulls(request)) {
        int offset = 0;
        if (page.rows.isEmpty() && request.offset > 0) {
            // The offset was meant to skip rows; some of them may lie beyond the run's edge.
            PageRequest skipped = request;
            skipped.rowCount = request.offset;
            skipped.offset = 0;
            const std::optional<QVariant> skippedRows = firstValueWith<Query>(TableQuery::countRowsOf(query.page(skipped)), generation);
            if (!skippedRows)
                return false;
            offset = request.offset - skippedRows->toInt();
        }
        Query more(m_connection->database());
        if (!exec(more, query.continuation(request, request.rowCount - int(page.rows.size()), offset), generation))
            return false;
        return readRows(more, query, generation, page, keys);
    }
    return true;
}

void QueryWorker::loadPage(quint64 generation, quint64 serial, const TableQuery &query, const PageRequest &request)
{
    if (isStale(generation))
        return;
    if (m_tickets->pageSerial.load() - serial >= pagesKeptInFlight) {
        emit pageSkipped(generation, request.page);
        return;
    }
    if (!ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    TablePage page;
    page.generation = generation;
    page.request = request;
    page.rows.reserve(request.rowCount);
    PageKeys keys;
    keys.reserve(request.rowCount);
    const bool read = m_native ? readPage<NativeQuery>(query, request, generation, page, keys)
                               : readPage<QSqlQuery>(query, request, generation, page, keys);
    if (!read)
        return;
    const bool reversed = request.mode == PageRequest::Mode::Before || request.mode == PageRequest::Mode::FromEnd;
    if (reversed) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (!keys.isEmpty()) {
        page.firstSort = keys.first().first;
        page.firstKey = keys.first().second;
        page.lastSort = keys.last().first;
        page.lastKey = keys.last().second;
    }
    page.elapsedMs = timer.elapsed();
    emit pageLoaded(page);
}

TableCount QueryWorker::countTable(const QString &table)
{
    TableCount count{table, -1, false};
    QSqlQuery q(m_connection->database());
    if (m_settings.backend == Backend::PostgreSQL) {
        q.prepare(TableQuery::estimatedCountSql());
        q.addBindValue(table);
        if (q.exec() && q.next() && !q.value(0).isNull()) {
            const qint64 estimate = q.value(0).toLongLong();
            // -1 means never analysed; small tables get an exact count instead.
            if (estimate >= exactCountLimit) {
                count.rows = estimate;
                count.estimated = true;
                return count;
            }
        }
    }
    const TableSpec *spec = Schema::table(table);
    if (spec && q.exec(TableQuery::exactCountSql(*spec)) && q.next())
        count.rows = q.value(0).toLongLong();
    return count;
}

QVariant QueryWorker::firstNonNullSort(const TableQuery &query, bool reversed, quint64 generation)
{
    return firstValue(query.boundary(reversed), generation).value_or(QVariant());
}

void QueryWorker::countRows(quint64 generation, const TableQuery &query)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    RowCountResult result;
    result.generation = generation;
    result.firstSortValue = firstNonNullSort(query, false, generation);
    result.lastSortValue = firstNonNullSort(query, true, generation);
    if (!m_connection)
        return;  // lost (and reported) while reading the boundaries
    const TableSpec &table = query.table();
    if (query.condition().sql.isEmpty() && m_settings.backend == Backend::SQLite
        && table.primaryKey().type == LogicalType::Integer) {
        // SQLite keeps no row estimate; an integer key's span gives one at once, so jumps
        // need not wait for COUNT(*) to walk ten million index entries.
        QSqlQuery span(m_connection->database());
        if (span.exec(TableQuery::keySpanSql(table)) && span.next() && !span.value(0).isNull()) {
            RowCountResult early = result;
            early.count = {table.name, span.value(0).toLongLong(), true};
            early.elapsedMs = timer.elapsed();
            emit rowsCounted(early);
        }
    }
    if (query.condition().sql.isEmpty()) {
        result.count = countTable(query.table().name);
    } else {
        const std::optional<QVariant> rows = firstValue(query.count(), generation);
        if (!rows)
            return;
        result.count = {query.table().name, rows->toLongLong(), false};
    }
    if (isStale(generation))
        return;
    result.elapsedMs = timer.elapsed();
    emit rowsCounted(result);
}

void QueryWorker::countTables(quint64 generation, const QStringList &tables)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;
    TableCounts counts;
    for (const QString &table : tables)
        counts.append(countTable(table));
    emit tablesCounted(generation, counts);
}

void QueryWorker::listTenants(quint64 generation)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    QStringList ids;
    QStringList names;
    if (q.exec(TableQuery::tenantDirectorySql())) {
        while (q.next()) {
            ids.append(q.value(0).toString());
            names.append(q.value(1).toString());
        }
    }
    emit tenantsListed(generation, ids, names);
}
