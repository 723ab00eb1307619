#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string_view>

struct TableSpec;

// Where bulk-generated rows go, a field at a time, without a QVariant per value: PostgreSQL's
// COPY stream (CopyWriter) or SQLite's multi-row INSERT (SqliteRowWriter). Rows come in
// batches; each batch is one transaction, committed by endBatch(). Values are already in the
// platform's storage form: UTF-8 text, JSON text, naive-UTC datetimes.
class RowWriter
{
    Q_DECLARE_TR_FUNCTIONS(RowWriter)
public:
    // "YYYY-MM-DD HH:MM:SS.ffffff" is 26 characters.
    static constexpr int DateTimeLength = 26;

    virtual ~RowWriter() = default;

    // columns: names from the schema description, in the order each row gives them.
    virtual bool beginBatch(const TableSpec &table, const QStringList &columns) = 0;
    virtual void addNull() = 0;
    virtual void addText(std::string_view utf8) = 0;
    virtual void addBool(bool value) = 0;
    virtual void addReal(double value) = 0;
    // Milliseconds since the epoch, UTC; written as ValueCodec::encodeDateTime writes it.
    void addDateTime(qint64 msecsSinceEpoch);
    virtual bool endRow() = 0;
    virtual bool endBatch() = 0;    // writes what is buffered and commits
    virtual void abortBatch() = 0;  // rolls the open batch back; the writer can begin another

    QString errorString() const { return m_error; }  // translated

    // Writes DateTimeLength characters at out, the same text as ValueCodec::encodeDateTime
    // (which QDateTime::toString makes far too slowly for millions of rows).
    static void formatDateTime(qint64 msecsSinceEpoch, char *out);

protected:
    QString m_error;
};
