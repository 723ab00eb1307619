#include "recordvalues.h"
#include "jsontext.h"
#include "schema.h"
#include "valuecodec.h"

QVariant RecordValues::normalized(const ColumnSpec &column, const QVariant &value)
{
    if (column.type == LogicalType::Json && !value.isNull() && value.isValid()) {
        const JsonText::Parsed parsed = JsonText::parse(value.toString());
        return parsed.ok ? QVariant(parsed.canonical) : value;
    }
    return value;
}

bool RecordValues::same(const ColumnSpec &column, const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    switch (column.type) {
    case LogicalType::DateTime:
        return ValueCodec::decodeDateTime(a) == ValueCodec::decodeDateTime(b);
    case LogicalType::Json:
        return normalized(column, a).toString() == normalized(column, b).toString();
    case LogicalType::Boolean:
        return a.toBool() == b.toBool();
    case LogicalType::Integer:
        return a.toLongLong() == b.toLongLong();
    case LogicalType::Float:
        return a.toDouble() == b.toDouble();
    default:
        return a.toString() == b.toString();
    }
}

nlohmann::ordered_json RecordValues::toAuditJson(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return nullptr;
    if (column.isSecret())
        return "********";  // a password hash or key hash never enters the audit trail
    switch (column.type) {
    case LogicalType::Boolean:
        return value.toBool();
    case LogicalType::Integer:
        return value.toLongLong();
    case LogicalType::Float:
        return value.toDouble();
    case LogicalType::DateTime:
        return ValueCodec::encodeDateTime(ValueCodec::decodeDateTime(value)).toStdString();
    case LogicalType::Json: {
        auto parsed = nlohmann::ordered_json::parse(value.toString().toStdString(), nullptr, false);
        return parsed.is_discarded() ? nlohmann::ordered_json(value.toString().toStdString()) : parsed;
    }
    default:
        return value.toString().toStdString();
    }
}

