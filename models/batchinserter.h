#pragma once
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <memory>

struct TableSpec;
struct ColumnSpec;
class QSqlQuery;

// Writes many rows into one table as multi-row INSERTs ("VALUES (?, ?), (?, ?), ..."), a chunk
// at a time, with every value bound. Column names come from the schema description only, and
// values go through ValueCodec, so the rows read back in SQLAlchemy like its own.
//
// The statement for a full chunk is prepared once and reused; only the last, shorter chunk
// needs a second statement. Rows are buffered: call finish() to write the rest. The caller
// owns the transaction (one transaction around many chunks is much faster on both backends).
class BatchInserter
{
    Q_DECLARE_TR_FUNCTIONS(BatchInserter)
public:
    static constexpr int DefaultChunkRows = 500;

    // columns: the columns each row gives, in order; every one must be in the table.
    BatchInserter(const QSqlDatabase &db, const TableSpec &table, const QStringList &columns,
                  int chunkRows = DefaultChunkRows);
    ~BatchInserter();
    BatchInserter(const BatchInserter &) = delete;
    BatchInserter &operator=(const BatchInserter &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }  // translated

    // Application values (QDateTime, bool, double, JSON text...) in column order. Returns false
    // on a wrong value count or when a chunk written on the way fails.
    bool add(const QVariantList &row);
    bool addAll(const QList<QVariantList> &rows);
    bool finish();  // writes the buffered rows

    qint64 rowsWritten() const { return m_rowsWritten; }
    int rowsPerChunk() const { return m_rowsPerChunk; }

private:
    QString insertStatement(int rows) const;
    bool write(int rows);

    QString m_connectionName;
    QString m_tableName;
    QList<const ColumnSpec *> m_columns;
    int m_rowsPerChunk = DefaultChunkRows;
    QVariantList m_buffer;  // storage values, row after row
    std::unique_ptr<QSqlQuery> m_fullChunk;  // prepared on first use
    qint64 m_rowsWritten = 0;
    QString m_error;
};
