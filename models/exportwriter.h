#pragma once
#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <QVector>
#include <optional>

class QIODevice;
struct ColumnSpec;

// Writes exported rows to a device as they arrive, one row at a time, so nothing but the
// row at hand is held. Cells follow the clipboard's conventions (RowExport): CSV cells as
// RowExport::plainText() gives them (NULL and '' both empty, booleans true/false, datetimes
// as naive-UTC "YYYY-MM-DD HH:MM:SS.ffffff", JSON columns as their stored text), JSON values
// typed as RowExport::jsonObject() gives them (JSON columns nested, datetimes ISO with Z).
//  - Csv: RFC 4180, UTF-8 without BOM, CRLF line ends, a header row of column names; a
//    field is quoted when it holds a comma, quote, CR or LF, with quotes doubled.
//  - Json: one array of objects, one object per line.
//  - JsonLines: one object per line, LF line ends.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)
public:
    enum class Format { Csv, Json, JsonLines };

    // columns: what each row holds, in order (the caller leaves secrets out).
    ExportWriter(QIODevice *device, Format format, const QList<const ColumnSpec *> &columns);

    bool begin();                              // CSV header, or the JSON array's "["
    bool writeRow(const QVector<QVariant> &row);
    bool finish();                             // the JSON array's "]"
    qint64 bytesWritten() const { return m_bytes; }
    QString errorString() const { return m_error; }

    static QByteArray csvField(const QString &text);
    // "csv", "json", "jsonl" (also "ndjson"), any case.
    static std::optional<Format> formatFromName(const QString &name);
    // By the file name's extension; nullopt when it names no format.
    static std::optional<Format> formatForPath(const QString &path);
    static QString extension(Format format);   // "csv", "json", "jsonl"
    static QString displayName(Format format); // translated, for a picker

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;  // not owned
    Format m_format;
    QList<const ColumnSpec *> m_columns;
    qint64 m_rows = 0;
    qint64 m_bytes = 0;
    QString m_error;
};
