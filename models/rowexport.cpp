#include "rowexport.h"
#include "schema.h"
#include "valuecodec.h"
#include "valuejson.h"
#include <QLocale>
#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::ordered_json;

// Spreadsheets read a field in double quotes as one cell even across tabs and line breaks.
QString tsvField(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
        && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Json jsonValue(const ColumnSpec &column, const QVariant &value)
{
    return column.isSecret() ? Json(nullptr) : ValueJson::of(column, value, ValueJson::Dates::Iso);
}

Json rowObject(const QList<const ColumnSpec *> &columns, const QVector<QVariant> &row)
{
    Json object = Json::object();
    for (int i = 0; i < columns.size(); ++i) {
        if (!columns.at(i)->isSecret())
            object[columns.at(i)->name.toStdString()] = jsonValue(*columns.at(i), row.value(i));
    }
    return object;
}

} // namespace

QString RowExport::plainText(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull() || column.isSecret())
        return {};
    switch (column.type) {
    case LogicalType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case LogicalType::DateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? ValueCodec::encodeDateTime(dt) : value.toString();
    }
    case LogicalType::Float:
        // The shortest text that reads back as the same double: 0.1, not 0.10000000000000001.
        return value.metaType().id() == QMetaType::QString ? value.toString()
                                                           : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    default:
        return value.toString();
    }
}

QString RowExport::toTsv(const QList<const ColumnSpec *> &columns, const QList<QVector<QVariant>> &rows)
{
    QStringList lines;
    QStringList header;
    for (const ColumnSpec *column : columns)
        header.append(column->name);
    lines.append(header.join(QLatin1Char('\t')));
    for (const QVector<QVariant> &row : rows) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i)
            fields.append(tsvField(plainText(*columns.at(i), row.value(i))));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString RowExport::toJson(const QList<const ColumnSpec *> &columns, const QList<QVector<QVariant>> &rows)
{
    Json array = Json::array();
    for (const QVector<QVariant> &row : rows)
        array.push_back(rowObject(columns, row));
    // Replace, not throw, on text that is not valid UTF-8: a copy must never abort.
    return QString::fromStdString(array.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

QByteArray RowExport::jsonObject(const QList<const ColumnSpec *> &columns, const QVector<QVariant> &row)
{
    const std::string text = rowObject(columns, row).dump(-1, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}
