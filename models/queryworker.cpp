#include "queryworker.h"
#include "databaseconnection.h"
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

QueryWorker::QueryWorker(const ConnectionSettings &settings, std::shared_ptr<std::atomic<quint64>> latestGeneration)
    : m_settings(settings)
    , m_latest(std::move(latestGeneration))
{
}

QueryWorker::~QueryWorker() = default;

bool QueryWorker::ensureOpen(quint64 generation)
{
    if (m_connection && m_connection->database().isOpen())
        return true;
    m_connection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("worker")));
    const DatabaseConnection::Result opened = m_connection->open(m_settings);
    if (opened.ok())
        return true;
    m_connection.reset();
    emit failed(generation, opened.message);
    return false;
}

void QueryWorker::loadPage(quint64 generation, const TableQuery &query, int firstRow, int rowCount)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(m_connection->database());
    // Forward-only: QPSQL would otherwise copy the whole result into client memory.
    q.setForwardOnly(true);
    if (!q.prepare(query.pageSql())) {
        emit failed(generation, q.lastError().text());
        return;
    }
    q.addBindValue(rowCount);
    q.addBindValue(firstRow);
    if (!q.exec()) {
        qWarning("page query failed: %s", qPrintable(q.lastError().text()));
        emit failed(generation, tr("Loading %1 failed: %2").arg(query.table().name, q.lastError().databaseText()));
        return;
    }
    TablePage page;
    page.generation = generation;
    page.firstRow = firstRow;
    const QStringList &columns = query.columns();
    const int width = int(columns.size() + query.foreignDisplays().size());
    QList<const ColumnSpec *> specs;
    for (const QString &name : columns)
        specs.append(query.table().column(name));
    while (q.next()) {
        QVector<QVariant> row(width);
        for (int i = 0; i < columns.size(); ++i)
            row[i] = ValueCodec::fromStorage(*specs.at(i), q.value(i));
        for (int i = int(columns.size()); i < width; ++i)
            row[i] = q.value(i);
        page.rows.append(row);
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

void QueryWorker::countRows(quint64 generation, const TableQuery &query)
{
    if (isStale(generation) || !ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    RowCountResult result;
    result.generation = generation;
    result.count = countTable(query.table().name);
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
