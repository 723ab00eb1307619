#include "copywriter.h"
#include "ddl.h"
#include "schema.h"
#include <charconv>
#include <libpq-fe.h>

namespace {

// libpq copies each PQputCopyData call into its own buffer: fewer, larger calls are cheaper,
// and a megabyte keeps the memory used small.
constexpr int flushBytes = 1 << 20;

} // namespace

CopyWriter::CopyWriter(PGconn *connection)
    : m_connection(connection)
{
    m_buffer.reserve(flushBytes + 64 * 1024);
    // The rows are UTF-8; QPSQL sets the client encoding to it, but a server-side default
    // would silently re-encode the text.
    // QPSQL asks for 'UNICODE', which the server reports under that alias: compare canonical names.
    const char *encoding = m_connection ? pg_encoding_to_char(PQclientEncoding(m_connection)) : nullptr;
    if (!m_connection)
        m_setupError = tr("No PostgreSQL connection.");
    else if (!encoding || qstrcmp(encoding, "UTF8") != 0)
        m_setupError = tr("The connection's client encoding is %1, not UTF8.").arg(QString::fromLatin1(encoding));
    m_error = m_setupError;
}

CopyWriter::~CopyWriter()
{
    if (m_copying)
        abortBatch();
}

bool CopyWriter::appendEscaped(QByteArray &out, std::string_view text)
{
    if (text.find('\0') != std::string_view::npos)
        return false;
    const char *run = text.data();
    const char *const end = text.data() + text.size();
    for (const char *p = run; p != end; ++p) {
        char escape = 0;
        switch (*p) {
        case '\\': escape = '\\'; break;
        case '\t': escape = 't'; break;
        case '\n': escape = 'n'; break;
        case '\r': escape = 'r'; break;
        default: continue;
        }
        out.append(run, p - run);
        out.append('\\');
        out.append(escape);
        run = p + 1;
    }
    out.append(run, end - run);
    return true;
}

bool CopyWriter::beginBatch(const TableSpec &table, const QStringList &columns)
{
    m_error = m_setupError;
    if (!m_error.isEmpty())
        return false;
    QStringList names;
    for (const QString &column : columns) {
        if (!table.hasColumn(column)) {
            m_error = tr("The table %1 has no column %2.").arg(table.name, column);
            return false;
        }
        names.append(Ddl::quoteIdentifier(column, Backend::PostgreSQL));
    }
    // Identifiers come from the schema description only; COPY takes no bound values.
    const QString statement = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table.name, names.join(QStringLiteral(", ")));
    PGresult *result = PQexec(m_connection, statement.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok)
        m_error = tr("Cannot start COPY into %1: %2").arg(table.name, QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
    PQclear(result);
    m_copying = ok;
    m_buffer.clear();
    m_rowStarted = false;
    m_rowFailed = false;
    return ok;
}

void CopyWriter::startField()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void CopyWriter::addNull()
{
    startField();
    m_buffer.append("\\N", 2);
}

void CopyWriter::addText(std::string_view utf8)
{
    startField();
    if (!appendEscaped(m_buffer, utf8)) {
        m_rowFailed = true;
        m_error = tr("A text value holds a NUL character, which PostgreSQL cannot store.");
    }
}

void CopyWriter::addBool(bool value)
{
    startField();
    m_buffer.append(value ? 't' : 'f');
}

void CopyWriter::addReal(double value)
{
    startField();
    // The shortest text that reads back as the same double, as Python's repr() writes it.
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    m_buffer.append(text, result.ptr - text);
}

bool CopyWriter::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (m_rowFailed)
        return false;
    return m_buffer.size() < flushBytes || flush();
}

bool CopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_error = tr("Cannot send rows to the server: %1").arg(serverMessage());
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CopyWriter::endBatch()
{
    if (!m_copying)
        return false;
    if (m_rowFailed || !flush()) {
        const QString error = m_error;
        abortBatch();
        m_error = error;
        return false;
    }
    m_copying = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        m_error = tr("Cannot end COPY: %1").arg(serverMessage());
        return false;
    }
    // The COPY's verdict (a constraint, a bad value) arrives with its result.
    bool ok = true;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            m_error = tr("COPY failed: %1").arg(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
        }
        PQclear(result);
    }
    return ok;
}

void CopyWriter::abortBatch()
{
    if (!m_copying)
        return;
    m_copying = false;
    m_buffer.clear();
    // A COPY ended with an error message is rolled back whole by the server.
    PQputCopyEnd(m_connection, "aborted by afadmin-cli seed");
    while (PGresult *result = PQgetResult(m_connection))
        PQclear(result);
}

QString CopyWriter::serverMessage() const
{
    return QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
}
