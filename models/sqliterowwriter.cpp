#include "sqliterowwriter.h"
#include "ddl.h"
#include "schema.h"
#include <sqlite3.h>

namespace {

// SQLite refuses a statement with more bound values than SQLITE_MAX_VARIABLE_NUMBER (32766).
constexpr int maxBoundValues = 32000;

} // namespace

SqliteRowWriter::SqliteRowWriter(sqlite3 *connection, int rowsPerStatement)
    : m_connection(connection)
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    if (!m_connection)
        m_error = tr("No SQLite connection.");
    else
        sqlite3_exec(m_connection, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
}

SqliteRowWriter::~SqliteRowWriter()
{
    if (m_inTransaction)
        abortBatch();
    sqlite3_finalize(m_fullStatement);
}

QString SqliteRowWriter::sqliteMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_connection));
}

bool SqliteRowWriter::exec(const char *sql)
{
    if (sqlite3_exec(m_connection, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_error = tr("SQLite refused %1: %2").arg(QString::fromLatin1(sql), sqliteMessage());
    return false;
}

bool SqliteRowWriter::beginBatch(const TableSpec &table, const QStringList &columns)
{
    if (!m_connection)
        return false;
    m_error.clear();
    QStringList names;
    for (const QString &column : columns) {
        if (!table.hasColumn(column)) {
            m_error = tr("The table %1 has no column %2.").arg(table.name, column);
            return false;
        }
        names.append(Ddl::quoteIdentifier(column, Backend::SQLite));
    }
    // Identifiers come from the schema description only; every value is bound.
    const QString prefix = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table.name, names.join(QStringLiteral(", ")));
    if (prefix != m_insertPrefix) {
        sqlite3_finalize(m_fullStatement);
        m_fullStatement = nullptr;
        m_insertPrefix = prefix;
        m_columnCount = int(columns.size());
        m_rowsPerStatement = qBound(1, m_rowsPerStatement, maxBoundValues / qMax(1, m_columnCount));
    }
    m_cells.clear();
    m_text.clear();
    m_bufferedRows = 0;
    if (!exec("BEGIN"))
        return false;
    m_inTransaction = true;
    return true;
}

void SqliteRowWriter::addNull()
{
    m_cells.push_back(Cell());
}

void SqliteRowWriter::addText(std::string_view utf8)
{
    Cell cell;
    cell.kind = Cell::Kind::Text;
    cell.textOffset = m_text.size();
    cell.textSize = utf8.size();
    m_text.append(utf8);
    m_cells.push_back(cell);
}

void SqliteRowWriter::addBool(bool value)
{
    // What SQLAlchemy stores for a Boolean on SQLite: the integer 0 or 1.
    Cell cell;
    cell.kind = Cell::Kind::Integer;
    cell.integer = value ? 1 : 0;
    m_cells.push_back(cell);
}

void SqliteRowWriter::addReal(double value)
{
    Cell cell;
    cell.kind = Cell::Kind::Real;
    cell.real = value;
    m_cells.push_back(cell);
}

bool SqliteRowWriter::endRow()
{
    if (int(m_cells.size()) != (m_bufferedRows + 1) * m_columnCount) {
        m_error = tr("A row has %1 values instead of %2.").arg(int(m_cells.size()) - m_bufferedRows * m_columnCount).arg(m_columnCount);
        return false;
    }
    if (++m_bufferedRows < m_rowsPerStatement)
        return true;
    return writeBufferedRows();
}

sqlite3_stmt *SqliteRowWriter::prepare(int rows)
{
    QString tuple = QStringLiteral("?, ").repeated(m_columnCount);
    tuple.chop(2);
    tuple = QLatin1Char('(') + tuple + QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i)
        tuples.append(tuple);
    const QByteArray sql = (m_insertPrefix + tuples.join(QStringLiteral(", "))).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        m_error = tr("Cannot prepare the insert: %1").arg(sqliteMessage());
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool SqliteRowWriter::writeBufferedRows()
{
    if (m_bufferedRows == 0)
        return true;
    const bool full = m_bufferedRows == m_rowsPerStatement;
    if (full && !m_fullStatement)
        m_fullStatement = prepare(m_rowsPerStatement);
    sqlite3_stmt *statement = full ? m_fullStatement : prepare(m_bufferedRows);
    if (!statement)
        return false;
    // m_text does not change until the statement has run, so SQLite may read it in place.
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const Cell &cell = m_cells[std::size_t(i)];
        switch (cell.kind) {
        case Cell::Kind::Null: sqlite3_bind_null(statement, i + 1); break;
        case Cell::Kind::Integer: sqlite3_bind_int64(statement, i + 1, cell.integer); break;
        case Cell::Kind::Real: sqlite3_bind_double(statement, i + 1, cell.real); break;
        case Cell::Kind::Text:
            sqlite3_bind_text(statement, i + 1, m_text.data() + cell.textOffset, int(cell.textSize), SQLITE_STATIC);
            break;
        }
    }
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE)
        m_error = tr("Cannot insert: %1").arg(sqliteMessage());
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!full)
        sqlite3_finalize(statement);
    m_cells.clear();
    m_text.clear();
    m_bufferedRows = 0;
    return rc == SQLITE_DONE;
}

bool SqliteRowWriter::endBatch()
{
    if (!m_inTransaction)
        return false;
    if (!writeBufferedRows()) {
        const QString error = m_error;
        abortBatch();
        m_error = error;
        return false;
    }
    if (!exec("COMMIT")) {
        const QString error = m_error;
        abortBatch();
        m_error = error;
        return false;
    }
    m_inTransaction = false;
    return true;
}

void SqliteRowWriter::abortBatch()
{
    m_cells.clear();
    m_text.clear();
    m_bufferedRows = 0;
    if (m_inTransaction)
        sqlite3_exec(m_connection, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
}
