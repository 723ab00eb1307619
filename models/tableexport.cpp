#include "tableexport.h"
#include "databaseconnection.h"
#include "nativequery.h"
#include "schema.h"
#include "tablefiltersql.h"
#include "tablequery.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

// A page's rows live in memory twice at most (the driver's result and the decoded row at
// hand); aiming at this many bytes of output per page keeps that to a few MB even for rows
// holding 100 kB texts, and thousands of small rows still come in one round trip.
constexpr qint64 pageBytesTarget = 4 * 1024 * 1024;
constexpr int firstPageRows = 200;

// The statement's error text, from whichever query type ran it.
QString errorOf(const QSqlQuery &q)
{
    return q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
}
QString errorOf(const NativeQuery &q) { return q.errorText(); }
bool lostConnection(const QSqlQuery &q) { return q.lastError().type() == QSqlError::ConnectionError; }
bool lostConnection(const NativeQuery &q) { return q.isConnectionLost(); }
bool failedReading(const QSqlQuery &q) { return q.lastError().isValid(); }
bool failedReading(const NativeQuery &q) { return !q.errorText().isEmpty(); }

bool run(QSqlQuery &q, const SqlFragment &statement)
{
    // Forward-only: QPSQL would otherwise keep a scrollable copy of the whole result.
    q.setForwardOnly(true);
    if (!q.prepare(statement.sql))
        return false;
    for (const QVariant &value : statement.values)
        q.addBindValue(value);
    return q.exec();
}
bool run(NativeQuery &q, const SqlFragment &statement) { return q.exec(statement); }

} // namespace

TableExport::TableExport(const QSqlDatabase &db, const TableSpec &table, const QStringList &columns,
                         const FilterSet &filters)
    : m_connectionName(db.connectionName())
    , m_table(&table)
    , m_columns(columns)
    , m_filters(filters)
{
}

QList<const ColumnSpec *> TableExport::exportedColumns(const TableSpec &table, const QStringList &columns)
{
    QList<const ColumnSpec *> exported;
    for (const ColumnSpec &column : table.columns) {
        if (columns.contains(column.name) && !column.isSecret())
            exported.append(&column);
    }
    return exported;
}

ExportResult TableExport::failed(const QString &message, bool connectionLost, bool outputFailed) const
{
    ExportResult result;
    result.outcome = isCancelled() ? ExportResult::Outcome::Cancelled : ExportResult::Outcome::Failed;
    result.message = isCancelled() ? tr("Export cancelled.") : message;
    result.connectionLost = connectionLost && !isCancelled();
    result.outputFailed = outputFailed && !isCancelled();
    return result;
}

void TableExport::countRows(qint64 *total, bool *estimated) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Backend backend = DatabaseConnection::backendOf(db);
    const SqlFragment condition = TableFilterSql::condition(*m_table, backend, m_columns, m_filters);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (condition.isEmpty() && backend == Backend::PostgreSQL) {
        // Counting ten million rows would take as long as a good part of the export itself.
        q.prepare(TableQuery::estimatedCountSql());
        q.addBindValue(m_table->name);
        if (q.exec() && q.next() && !q.value(0).isNull() && q.value(0).toLongLong() >= 0) {
            *total = q.value(0).toLongLong();
            *estimated = true;
            return;
        }
    }
    TableQuery query(*m_table, backend, m_columns, {});
    query.setCondition(condition);
    if (run(q, query.count()) && q.next())
        *total = q.value(0).toLongLong();
}

template <typename Query>
bool TableExport::streamPages(ExportWriter &writer, ExportResult &result, qint64 total, bool estimated)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Backend backend = DatabaseConnection::backendOf(db);
    const QList<const ColumnSpec *> columns = exportedColumns(*m_table, m_columns);
    QStringList names;
    for (const ColumnSpec *column : columns)
        names.append(column->name);
    // No tables present: the foreign keys' display joins are for the screen, not the file.
    TableQuery query(*m_table, backend, names, {});
    query.setSort(query.keyColumnIndex(), Qt::AscendingOrder);
    query.setCondition(TableFilterSql::condition(*m_table, backend, m_columns, m_filters));

    PageRequest request;
    request.rowCount = m_pageRows > 0 ? m_pageRows : firstPageRows;
    for (;;) {
        if (isCancelled()) {
            result = failed(QString(), false);
            return false;
        }
        const qint64 bytesBefore = writer.bytesWritten();
        int rows = 0;
        QVariant lastKey;
        {
            Query q(db);
            if (!run(q, query.page(request))) {
                qWarning("export of %s failed: %s", qPrintable(m_table->name), qPrintable(errorOf(q)));
                result = failed(tr("The database stopped the export: %1").arg(errorOf(q).trimmed()), lostConnection(q));
                return false;
            }
            QVector<QVariant> row(columns.size());
            while (q.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    row[i] = ValueCodec::fromStorage(*columns.at(i), q.value(i));
                lastKey = q.value(query.keyValueIndex());
                ++rows;
                if (!writer.writeRow(row)) {
                    result = failed(writer.errorString(), false, true);
                    return false;
                }
            }
            // SQLite steps row by row: an interrupt after some rows must not pass for the end.
            if (failedReading(q)) {
                result = failed(tr("The database stopped the export: %1").arg(errorOf(q).trimmed()), lostConnection(q));
                return false;
            }
        }
        result.rows += rows;
        if (m_progress)
            m_progress(result.rows, total, estimated);
        if (rows < request.rowCount)
            return true;
        if (m_pageRows <= 0) {
            const qint64 perRow = qMax<qint64>(1, (writer.bytesWritten() - bytesBefore) / rows);
            request.rowCount = int(std::clamp<qint64>(pageBytesTarget / perRow, 1, MaxPageRows));
        }
        request.mode = PageRequest::Mode::After;
        request.keyValue = lastKey;
    }
}

ExportResult TableExport::writeTo(QIODevice *device, ExportWriter::Format format)
{
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return failed(tr("The database connection is not open."), true);
    if (!m_columns.contains(m_table->primaryKey().name))
        return failed(tr("%1 has no %2 column in this database: rows cannot be read in order.")
                          .arg(m_table->name, m_table->primaryKey().name), false);
    qint64 total = -1;
    bool estimated = false;
    countRows(&total, &estimated);
    if (m_progress)
        m_progress(0, total, estimated);

    ExportWriter writer(device, format, exportedColumns(*m_table, m_columns));
    ExportResult result;
    if (!writer.begin())
        return failed(writer.errorString(), false, true);
    const bool streamed = NativeQuery(db).isSupported() ? streamPages<NativeQuery>(writer, result, total, estimated)
                                                        : streamPages<QSqlQuery>(writer, result, total, estimated);
    if (!streamed)
        return result;
    if (!writer.finish())
        return failed(writer.errorString(), false, true);
    result.outcome = ExportResult::Outcome::Written;
    result.elapsedMs = timer.elapsed();
    return result;
}

ExportResult TableExport::writeToFile(const QString &path, ExportWriter::Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ExportResult result = failed(tr("Cannot create %1: %2").arg(path, file.errorString()), false, true);
        result.path = path;
        return result;
    }
    ExportResult result = writeTo(&file, format);
    result.path = path;
    if (!result.ok()) {
        file.cancelWriting();  // the temporary file goes; an existing file stays as it was
        return result;
    }
    if (!file.commit()) {
        const qint64 rows = result.rows;
        result = failed(tr("Cannot write %1: %2").arg(path, file.errorString()), false, true);
        result.rows = rows;
        result.path = path;
    }
    return result;
}
