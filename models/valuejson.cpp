#include "valuejson.h"
#include "schema.h"
#include "valuecodec.h"

nlohmann::ordered_json ValueJson::of(const ColumnSpec &column, const QVariant &value, Dates dates)
{
    using Json = nlohmann::ordered_json;
    if (value.isNull() || !value.isValid())
        return nullptr;
    const bool isText = value.metaType().id() == QMetaType::QString;
    switch (column.type) {
    case LogicalType::Boolean:
        return value.toBool();
    case LogicalType::Integer:
        return isText ? Json(value.toString().toStdString()) : Json(value.toLongLong());
    case LogicalType::Float:
        return isText ? Json(value.toString().toStdString()) : Json(value.toDouble());
    case LogicalType::Json: {
        const std::string text = value.toString().toStdString();
        Json parsed = Json::parse(text, nullptr, false);
        return parsed.is_discarded() ? Json(text) : parsed;  // keep broken JSON as it was stored
    }
    case LogicalType::DateTime: {
        const QDateTime dt = ValueCodec::decodeDateTime(value);
        if (!dt.isValid())
            return value.toString().toStdString();
        if (dates == Dates::Stored)
            return ValueCodec::encodeDateTime(dt).toStdString();
        return (dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z")).toStdString();
    }
    case LogicalType::Id:
    case LogicalType::String:
    case LogicalType::Text:
        return value.toString().toStdString();
    }
    return nullptr;
}
