#include "recordvalues.h"
#include "jsontext.h"
#include "schema.h"
#include "valuecodec.h"
#include "valuejson.h"

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
    if (column.isSecret() && !value.isNull() && value.isValid())
        return "********";  // a password hash or key hash never enters the audit trail
    return ValueJson::of(column, value, ValueJson::Dates::Stored);
}
