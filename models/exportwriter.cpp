#include "exportwriter.h"
#include "rowexport.h"
#include "schema.h"
#include <QFileInfo>
#include <QIODevice>

ExportWriter::ExportWriter(QIODevice *device, Format format, const QList<const ColumnSpec *> &columns)
    : m_device(device)
    , m_format(format)
    , m_columns(columns)
{
}

bool ExportWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the export: %1").arg(m_device->errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

QByteArray ExportWriter::csvField(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

bool ExportWriter::begin()
{
    switch (m_format) {
    case Format::Csv: {
        QByteArray header;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                header += ',';
            header += csvField(m_columns.at(i)->name);
        }
        return write(header + "\r\n");
    }
    case Format::Json:
        return write("[");
    case Format::JsonLines:
        return true;
    }
    return false;
}

bool ExportWriter::writeRow(const QVector<QVariant> &row)
{
    QByteArray line;
    switch (m_format) {
    case Format::Csv:
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                line += ',';
            line += csvField(RowExport::plainText(*m_columns.at(i), row.value(i)));
        }
        line += "\r\n";
        break;
    case Format::Json:
        line = (m_rows == 0 ? QByteArray("\n") : QByteArray(",\n")) + RowExport::jsonObject(m_columns, row);
        break;
    case Format::JsonLines:
        line = RowExport::jsonObject(m_columns, row) + '\n';
        break;
    }
    ++m_rows;
    return write(line);
}

bool ExportWriter::finish()
{
    if (m_format == Format::Json)
        return write(m_rows == 0 ? QByteArray("]\n") : QByteArray("\n]\n"));
    return m_error.isEmpty();
}

std::optional<ExportWriter::Format> ExportWriter::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("csv"))
        return Format::Csv;
    if (key == QLatin1String("json"))
        return Format::Json;
    if (key == QLatin1String("jsonl") || key == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

std::optional<ExportWriter::Format> ExportWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? std::nullopt : formatFromName(suffix);
}

QString ExportWriter::extension(Format format)
{
    switch (format) {
    case Format::Csv:       return QStringLiteral("csv");
    case Format::Json:      return QStringLiteral("json");
    case Format::JsonLines: return QStringLiteral("jsonl");
    }
    return {};
}

QString ExportWriter::displayName(Format format)
{
    switch (format) {
    case Format::Csv:       return tr("CSV (comma-separated, RFC 4180)");
    case Format::Json:      return tr("JSON (one array of objects)");
    case Format::JsonLines: return tr("JSON Lines (one object per line)");
    }
    return {};
}
