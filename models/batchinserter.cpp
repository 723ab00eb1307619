#include "batchinserter.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>

namespace {

// SQLite refuses statements with more bound values than SQLITE_MAX_VARIABLE_NUMBER (32766
// since 3.32); staying under it also keeps PostgreSQL's statements a sensible size.
constexpr int maxBoundValues = 32000;

} // namespace

BatchInserter::BatchInserter(const QSqlDatabase &db, const TableSpec &table, const QStringList &columns,
                             int chunkRows)
    : m_connectionName(db.connectionName())
    , m_tableName(table.name)
{
    if (columns.isEmpty())
        m_error = tr("No columns given for %1.").arg(table.name);
    for (const QString &name : columns) {
        const ColumnSpec *column = table.column(name);
        if (!column) {
            m_error = tr("The table %1 has no column %2.").arg(table.name, name);
            break;
        }
        m_columns.append(column);
    }
    if (!m_columns.isEmpty())
        m_rowsPerChunk = qBound(1, chunkRows, maxBoundValues / int(m_columns.size()));
    m_buffer.reserve(m_rowsPerChunk * m_columns.size());
}

BatchInserter::~BatchInserter() = default;

QString BatchInserter::insertStatement(int rows) const
{
    const Backend backend = DatabaseConnection::backendOf(QSqlDatabase::database(m_connectionName, false));
    QStringList names;
    for (const ColumnSpec *column : m_columns)
        names.append(Ddl::quoteIdentifier(column->name, backend));
    QString placeholders = QStringLiteral("?, ").repeated(m_columns.size());
    placeholders.chop(2);
    const QString tuple = QLatin1Char('(') + placeholders + QLatin1Char(')');
    QString values;
    values.reserve(rows * (tuple.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            values += QStringLiteral(", ");
        values += tuple;
    }
    // Identifiers are the schema description's own names, never caller text.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_tableName, names.join(QStringLiteral(", ")), values);
}

bool BatchInserter::add(const QVariantList &row)
{
    if (!isValid())
        return false;
    if (row.size() != m_columns.size()) {
        m_error = tr("A row for %1 has %2 values instead of %3.").arg(m_tableName).arg(row.size()).arg(m_columns.size());
        return false;
    }
    for (int i = 0; i < row.size(); ++i)
        m_buffer.append(ValueCodec::toStorage(*m_columns.at(i), row.at(i)));
    if (m_buffer.size() >= m_rowsPerChunk * m_columns.size())
        return write(m_rowsPerChunk);
    return true;
}

bool BatchInserter::addAll(const QList<QVariantList> &rows)
{
    for (const QVariantList &row : rows) {
        if (!add(row))
            return false;
    }
    return true;
}

bool BatchInserter::finish()
{
    if (!isValid())
        return false;
    if (m_buffer.isEmpty())
        return true;
    return write(int(m_buffer.size() / m_columns.size()));
}

bool BatchInserter::write(int rows)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::unique_ptr<QSqlQuery> tail;
    QSqlQuery *query = nullptr;
    if (rows == m_rowsPerChunk) {
        if (!m_fullChunk) {
            m_fullChunk = std::make_unique<QSqlQuery>(db);
            if (!m_fullChunk->prepare(insertStatement(rows))) {
                m_error = tr("Cannot prepare the insert into %1: %2").arg(m_tableName, m_fullChunk->lastError().text());
                m_fullChunk.reset();
                return false;
            }
        }
        query = m_fullChunk.get();
    } else {
        tail = std::make_unique<QSqlQuery>(db);
        if (!tail->prepare(insertStatement(rows))) {
            m_error = tr("Cannot prepare the insert into %1: %2").arg(m_tableName, tail->lastError().text());
            return false;
        }
        query = tail.get();
    }
    for (int i = 0; i < m_buffer.size(); ++i)
        query->bindValue(i, m_buffer.at(i));
    if (!query->exec()) {
        qWarning("BatchInserter: %s", qPrintable(query->lastError().text()));
        m_error = tr("Cannot insert into %1: %2").arg(m_tableName, query->lastError().databaseText());
        return false;
    }
    m_rowsWritten += rows;
    m_buffer.clear();
    return true;
}
