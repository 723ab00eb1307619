#include "rawstatement.h"
#include "placeholderrewriter.h"
#include "tablequery.h"
#include <QMetaType>
#include <cstdio>

namespace {

// The same mapping QSQLITE applies when it binds a QVariant (bool as 0/1, whole numbers as
// 64-bit integers, strings as UTF-8 text), so the raw statement binds what the model bound.
RawValue toRaw(const QVariant &value)
{
    RawValue raw;
    if (!value.isValid() || value.isNull())
        return raw;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        raw.kind = RawValue::Kind::Boolean;
        raw.integer = value.toBool() ? 1 : 0;
        raw.text = value.toBool() ? "true" : "false";
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        raw.kind = RawValue::Kind::Integer;
        raw.integer = value.toLongLong();
        raw.text = std::to_string(raw.integer);
        break;
    case QMetaType::Double:
    case QMetaType::Float: {
        raw.kind = RawValue::Kind::Real;
        raw.real = value.toDouble();
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", raw.real);
        raw.text = buffer;
        break;
    }
    default:
        raw.kind = RawValue::Kind::Text;
        raw.text = value.toString().toStdString();
        break;
    }
    return raw;
}

} // namespace

RawStatement RawStatement::fromBound(const SqlFragment &bound, Backend backend)
{
    RawStatement statement;
    statement.sql = bound.sql.toStdString();
    if (backend == Backend::PostgreSQL)
        statement.sql = PlaceholderRewriter::toDollar(statement.sql);
    for (const QVariant &value : bound.values)
        statement.values.push_back(toRaw(value));
    return statement;
}
