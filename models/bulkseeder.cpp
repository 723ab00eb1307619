#include "bulkseeder.h"
#include "copywriter.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include "schema.h"
#include "seedreferences.h"
#include "seedrows.h"
#include "sqliterowwriter.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

BulkSeeder::BulkSeeder(const SeedPlan &plan)
    : m_plan(plan)
{
    m_plan.batchSize = qMax(1, m_plan.batchSize);
    if (!m_plan.anchorDate.isValid())
        m_plan.anchorDate = DemoDatabase::defaultAnchorDate();
}

BulkSeeder::~BulkSeeder() = default;

quint32 BulkSeeder::streamSeed(quint32 seed, qint64 existingRows)
{
    // splitmix64's finaliser: neighbouring counts give unrelated streams.
    quint64 z = quint64(existingRows) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return seed ^ quint32(z) ^ quint32(z >> 32);
}

bool BulkSeeder::rowCount(const QSqlDatabase &db, const QString &table, qint64 *rows)
{
    // A scan, not a load: one number comes back, and it takes a second or so on 10 M rows,
    // against minutes of writing. table is one of SeedRows' three names, never caller text.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next()) {
        m_error = tr("Cannot count the rows of %1: %2").arg(table, query.lastError().text());
        return false;
    }
    *rows = query.value(0).toLongLong();
    return true;
}

bool BulkSeeder::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return false;
}

std::unique_ptr<RowWriter> BulkSeeder::writerFor(const QSqlDatabase &db, QString *method)
{
    // The driver's own connection, as its documentation describes: a QVariant holding the
    // native pointer, told apart by its type name.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data())) {
            *method = tr("multi-row INSERT on the sqlite3 handle");
            return std::make_unique<SqliteRowWriter>(connection);
        }
    }
    // Qt 6 names the libpq handle by its struct ("pg_conn*"); Qt 5 said "PGconn*".
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)) {
        if (PGconn *connection = *static_cast<PGconn *const *>(handle.data())) {
            *method = tr("COPY FROM STDIN");
            return std::make_unique<CopyWriter>(connection);
        }
    }
    *method = tr("no bulk path for the driver %1").arg(db.driverName());
    return nullptr;
}

bool BulkSeeder::run(const QSqlDatabase &db)
{
    m_failure = Failure::None;
    m_error.clear();
    m_results.clear();

    const QStringList present = DemoDatabase::existingTables(db);
    for (const QString &table : Schema::tableNames()) {
        if (!present.contains(table))
            return fail(Failure::NotAgentFactory,
                        tr("this is not an Agent Factory database: it has no table \"%1\".").arg(table));
    }
    SeedReferences references;
    if (!references.load(db))
        return fail(Failure::NotAgentFactory, references.errorString());

    const QList<QPair<SeedTable, qint64>> wanted = {{SeedTable::AuditLogs, m_plan.auditLogs},
                                                     {SeedTable::Executions, m_plan.executions},
                                                     {SeedTable::UsageRecords, m_plan.usageRecords}};
    qint64 total = 0;
    for (const auto &[table, rows] : wanted) {
        if (rows <= 0)
            continue;
        total += rows;
        const QString missing = SeedRows::missingReferences(table, references);
        if (!missing.isEmpty())
            return fail(Failure::MissingReferences, tr("cannot seed %1: %2").arg(SeedRows::tableName(table), missing));
    }

    std::unique_ptr<RowWriter> writer = writerFor(db, &m_method);
    if (!writer)
        return fail(Failure::Unsupported, m_method);

    m_windowEnd = QDateTime(m_plan.anchorDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_windowStart = m_windowEnd - 365 * SeedTimeline::MsecsPerDay;
    m_total = total;
    m_done = 0;
    m_clock.start();
    for (const auto &[table, rows] : wanted) {
        if (rows > 0 && !writeTable(db, *writer, references, table, rows))
            return false;
    }
    // PostgreSQL's planner and the app's row estimate (pg_class.reltuples) would otherwise see
    // the old sizes until autovacuum comes by; ANALYZE samples, so it takes seconds, not minutes.
    // SQLite is left alone: ANALYZE there adds sqlite_stat1 to a schema the platform owns.
    if (DatabaseConnection::backendOf(db) == Backend::PostgreSQL) {
        for (const SeedTableResult &result : std::as_const(m_results)) {
            QSqlQuery analyze(db);
            if (!analyze.exec(QStringLiteral("ANALYZE %1").arg(result.table)))
                qWarning("BulkSeeder: ANALYZE %s: %s", qPrintable(result.table), qPrintable(analyze.lastError().text()));
        }
    }
    return true;
}

bool BulkSeeder::writeTable(const QSqlDatabase &db, RowWriter &writer, const SeedReferences &references, SeedTable table,
                            qint64 rows)
{
    const QString name = SeedRows::tableName(table);
    const TableSpec &spec = *Schema::table(name);
    const QStringList columns = SeedRows::columns(table);
    qint64 existing = 0;
    if (!rowCount(db, name, &existing))
        return fail(Failure::NotAgentFactory, m_error);
    SeedRows source(table, &references, streamSeed(m_plan.seed, existing), rows, m_windowStart, m_windowEnd);
    SeedTableResult result{name, 0, 0};
    const qint64 tableStart = m_clock.elapsed();
    auto failWith = [&](const QString &error) {
        result.elapsedMs = m_clock.elapsed() - tableStart;
        m_results.append(result);
        return fail(Failure::Write, tr("%1: %2").arg(name, error));
    };
    while (result.rows < rows) {
        const qint64 batch = qMin<qint64>(m_plan.batchSize, rows - result.rows);
        if (!writer.beginBatch(spec, columns))
            return failWith(writer.errorString());
        for (qint64 i = 1; i <= batch; ++i) {
            source.writeNext(writer);
            if (!writer.endRow()) {
                const QString error = writer.errorString();
                writer.abortBatch();
                return failWith(error);
            }
            if (i % ProgressEveryRows == 0 && i < batch)
                report(name, result.rows + i, rows, m_done + i);
        }
        if (!writer.endBatch())
            return failWith(writer.errorString());
        result.rows += batch;
        m_done += batch;
        report(name, result.rows, rows, m_done);
    }
    result.elapsedMs = m_clock.elapsed() - tableStart;
    m_results.append(result);
    return true;
}

void BulkSeeder::report(const QString &table, qint64 tableRows, qint64 tableTotal, qint64 rows) const
{
    if (m_progress)
        m_progress({table, tableRows, tableTotal, rows, m_total, m_clock.elapsed()});
}
