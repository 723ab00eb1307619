#include "nativequery.h"
#include "tablefilter.h"
#include "valuecodec.h"
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <charconv>
#include <cmath>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <vector>

namespace {

// libpq's type oids (the server's catalog header is not public).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

// What QSqlQuery binds as NULL: an empty variant, or a null string, byte array or date.
bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:    return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:  return static_cast<const QDateTime *>(value.constData())->isNull();
    case QMetaType::QDate:      return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:      return static_cast<const QTime *>(value.constData())->isNull();
    default:                    return false;
    }
}

bool isIntegerType(int type)
{
    switch (type) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::Long: case QMetaType::ULong:
    case QMetaType::LongLong: case QMetaType::ULongLong: case QMetaType::Short:
    case QMetaType::UShort: case QMetaType::Char: case QMetaType::SChar: case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

bool isIdentifierChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '$'
        || u >= 0x80;
}

// PostgreSQL numbers its placeholders ($1, $2...) where the models' SQL has '?'. A '?' inside
// a string ('..', E'..', $tag$..$tag$), a quoted identifier or a comment stays as it is.
QByteArray toDollarPlaceholders(const QByteArray &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int n = 0;
    qsizetype i = 0;
    const qsizetype size = sql.size();
    auto copyUntil = [&](qsizetype end) {
        out.append(sql.constData() + i, end - i);
        i = end;
    };
    while (i < size) {
        const char c = sql.at(i);
        const bool wordStart = i == 0 || !isIdentifierChar(sql.at(i - 1));
        if (c == '\'' || c == '"') {
            // Standard strings: a doubled quote stays inside; E'..' also escapes with '\'.
            const bool backslashEscapes = c == '\'' && i > 0 && (sql.at(i - 1) == 'E' || sql.at(i - 1) == 'e')
                                       && (i == 1 || !isIdentifierChar(sql.at(i - 2)));
            qsizetype j = i + 1;
            while (j < size) {
                if (backslashEscapes && sql.at(j) == '\\') {
                    j += 2;
                } else if (sql.at(j) == c) {
                    if (j + 1 < size && sql.at(j + 1) == c)
                        j += 2;
                    else
                        break;
                } else {
                    ++j;
                }
            }
            copyUntil(qMin(size, j + 1));
        } else if (c == '-' && i + 1 < size && sql.at(i + 1) == '-') {
            const qsizetype end = sql.indexOf('\n', i);
            copyUntil(end < 0 ? size : end);
        } else if (c == '/' && i + 1 < size && sql.at(i + 1) == '*') {
            int depth = 0;  // PostgreSQL's block comments nest
            qsizetype j = i;
            while (j < size) {
                if (sql.at(j) == '/' && j + 1 < size && sql.at(j + 1) == '*') {
                    ++depth;
                    j += 2;
                } else if (sql.at(j) == '*' && j + 1 < size && sql.at(j + 1) == '/') {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            copyUntil(qMin(size, j));
        } else if (c == '$' && wordStart && i + 1 < size && !(sql.at(i + 1) >= '0' && sql.at(i + 1) <= '9')) {
            qsizetype j = i + 1;
            while (j < size && sql.at(j) != '$' && isIdentifierChar(sql.at(j)))
                ++j;
            if (j < size && sql.at(j) == '$') {
                const QByteArray tag = sql.mid(i, j - i + 1);
                const qsizetype close = sql.indexOf(tag, j + 1);
                copyUntil(close < 0 ? size : close + tag.size());
            } else {
                copyUntil(j);
            }
        } else if (c == '?') {
            out += '$';
            out += QByteArray::number(++n);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QByteArray postgresText(const QVariant &value)
{
    const int type = value.metaType().id();
    if (type == QMetaType::Bool)
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (type == QMetaType::ULongLong || type == QMetaType::ULong || type == QMetaType::UInt)
        return QByteArray::number(value.toULongLong());
    if (isIntegerType(type))
        return QByteArray::number(value.toLongLong());
    if (type == QMetaType::Double || type == QMetaType::Float) {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArrayLiteral("NaN");
        if (std::isinf(number))
            return number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
        return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (type == QMetaType::QDateTime)
        return ValueCodec::encodeDateTime(value.toDateTime()).toUtf8();
    return value.toString().toUtf8();
}

double postgresDouble(const char *text, int length)
{
    double number = 0;
    const auto [end, error] = std::from_chars(text, text + length, number);
    if (error == std::errc() && end == text + length)
        return number;
    if (qstricmp(text, "NaN") == 0)
        return qQNaN();
    if (qstricmp(text, "Infinity") == 0)
        return qInf();
    if (qstricmp(text, "-Infinity") == 0)
        return -qInf();
    return QByteArray::fromRawData(text, length).toDouble();  // beyond double's range
}

} // namespace

NativeQuery::NativeQuery(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    // QPSQL names the type after the struct behind the PGconn typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0)
        m_postgres = *static_cast<PGconn *const *>(handle.data());
    else if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.data());
}

NativeQuery::~NativeQuery()
{
    finish();
}

void NativeQuery::finish()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_pendingRow = false;
    PQclear(m_result);
    m_result = nullptr;
    m_kinds.clear();
    m_row = -1;
    m_rows = 0;
    m_error.clear();
}

bool NativeQuery::exec(const SqlFragment &statement)
{
    finish();
    if (m_sqlite)
        return execSqlite(statement);
    if (m_postgres)
        return execPostgres(statement);
    m_error = tr("The connection offers no native handle.");
    return false;
}

bool NativeQuery::execSqlite(const SqlFragment &statement)
{
    const QByteArray sql = statement.sql.toUtf8();
    if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite)).trimmed();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    if (sqlite3_bind_parameter_count(m_statement) != statement.values.size()) {
        m_error = tr("The statement has %1 placeholders for %2 values.")
                      .arg(sqlite3_bind_parameter_count(m_statement)).arg(statement.values.size());
        return false;
    }
    for (int i = 0; i < statement.values.size(); ++i) {
        const QVariant &value = statement.values.at(i);
        const int type = value.metaType().id();
        int rc = SQLITE_OK;
        if (isNullValue(value)) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else if (type == QMetaType::Bool) {
            rc = sqlite3_bind_int(m_statement, i + 1, value.toBool() ? 1 : 0);
        } else if (isIntegerType(type)) {
            rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
        } else if (type == QMetaType::Double || type == QMetaType::Float) {
            rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
        } else if (type == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_statement, i + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        } else {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_statement, i + 1, text.constData(), sqlite3_uint64(text.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        if (rc != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite)).trimmed();
            return false;
        }
    }
    // The first step runs the statement, so a failure (or an interrupt) shows here, as in QSQLITE.
    m_pendingRow = step();
    return m_error.isEmpty();
}

bool NativeQuery::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite)).trimmed();
    // Done or failed: release the read lock now rather than when the query object goes.
    sqlite3_reset(m_statement);
    return false;
}

bool NativeQuery::execPostgres(const SqlFragment &statement)
{
    // libpq runs one command at a time; like QPSQL, drop what an earlier query left unread.
    while (PGresult *pending = PQgetResult(m_postgres))
        PQclear(pending);
    const qsizetype count = statement.values.size();
    std::vector<QByteArray> storage(static_cast<std::size_t>(count));
    std::vector<const char *> values(std::size_t(count), nullptr);
    std::vector<int> lengths(std::size_t(count), 0);
    std::vector<int> formats(std::size_t(count), 0);
    std::vector<Oid> types(std::size_t(count), 0);
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant &value = statement.values.at(i);
        const auto at = std::size_t(i);
        if (isNullValue(value))
            continue;
        if (value.metaType().id() == QMetaType::QByteArray) {
            storage[at] = value.toByteArray();
            formats[at] = 1;  // binary: a bytea parameter goes as its raw bytes
            types[at] = byteaOid;
        } else {
            if (value.metaType().id() == QMetaType::QString && value.toString().contains(QChar(0))) {
                // Text parameters end at the first NUL; PostgreSQL text cannot hold one anyway.
                m_error = tr("PostgreSQL text cannot contain the NUL character.");
                return false;
            }
            storage[at] = postgresText(value);
        }
        values[at] = storage[at].constData();
        lengths[at] = int(storage[at].size());
    }
    const QByteArray sql = toDollarPlaceholders(statement.sql.toUtf8());
    m_result = PQexecParams(m_postgres, sql.constData(), int(count), types.data(), values.data(),
                            lengths.data(), formats.data(), 0);
    const ExecStatusType status = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        m_error = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result) : PQerrorMessage(m_postgres)).trimmed();
        if (m_error.isEmpty())
            m_error = tr("The statement failed without a message.");
        PQclear(m_result);
        m_result = nullptr;
        return false;
    }
    m_rows = PQntuples(m_result);
    const int columns = PQnfields(m_result);
    m_kinds.resize(columns);
    for (int c = 0; c < columns; ++c) {
        switch (PQftype(m_result, c)) {
        case int2Oid: case int4Oid: case int8Oid:        m_kinds[c] = PostgresKind::Integer; break;
        case float4Oid: case float8Oid: case numericOid: m_kinds[c] = PostgresKind::Real; break;
        case boolOid:                                    m_kinds[c] = PostgresKind::Boolean; break;
        case byteaOid:                                   m_kinds[c] = PostgresKind::Bytes; break;
        default:                                         m_kinds[c] = PostgresKind::Text; break;
        }
    }
    return true;
}

bool NativeQuery::next()
{
    if (m_result)
        return ++m_row < m_rows;
    if (!m_statement || !m_error.isEmpty())
        return false;
    if (m_pendingRow) {
        m_pendingRow = false;
        m_row = 0;
        return true;
    }
    if (m_row < 0)
        return false;  // exec() found no rows
    if (step()) {
        ++m_row;
        return true;
    }
    m_row = -1;
    return false;
}

QVariant NativeQuery::value(int column) const
{
    if (m_result)
        return postgresValue(column);
    if (!m_statement || m_row < 0 || column < 0 || column >= sqlite3_column_count(m_statement))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT: {
        // UTF-8 as stored: QSQLITE's sqlite3_column_text16 makes SQLite transcode every value.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
    }
    default:
        return {};
    }
}

QVariant NativeQuery::postgresValue(int column) const
{
    if (m_row < 0 || m_row >= m_rows || column < 0 || column >= m_kinds.size()
        || PQgetisnull(m_result, m_row, column))
        return {};
    const char *text = PQgetvalue(m_result, m_row, column);
    const int length = PQgetlength(m_result, m_row, column);
    switch (m_kinds.at(column)) {
    case PostgresKind::Integer: {
        qlonglong number = 0;
        std::from_chars(text, text + length, number);
        return number;
    }
    case PostgresKind::Real:
        return postgresDouble(text, length);
    case PostgresKind::Boolean:
        return text[0] == 't';
    case PostgresKind::Bytes: {
        std::size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        const QByteArray copy(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return copy;
    }
    case PostgresKind::Text:
        break;
    }
    return QString::fromUtf8(text, length);
}

int NativeQuery::columnCount() const
{
    if (m_result)
        return PQnfields(m_result);
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

bool NativeQuery::isConnectionLost() const
{
    return m_postgres && PQstatus(m_postgres) != CONNECTION_OK;
}
