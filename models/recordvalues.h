#pragma once
#include <QVariant>
#include <nlohmann/json.hpp>

struct ColumnSpec;

// How the write path compares, stores and audits one column's application value.
// Internal to models (nlohmann_json is a private dependency).
class RecordValues
{
public:
    // JSON in json.dumps form, so a form's pretty-printed text compares equal to what it loaded
    // and reads back in SQLAlchemy exactly as Python would write it; other values unchanged.
    static QVariant normalized(const ColumnSpec &column, const QVariant &value);
    // Equal as the column's type sees it (a datetime as an instant, JSON by its canonical text).
    static bool same(const ColumnSpec &column, const QVariant &a, const QVariant &b);
    // The value in an audit row's details: secrets masked, JSON nested, datetimes as stored.
    static nlohmann::ordered_json toAuditJson(const ColumnSpec &column, const QVariant &value);
};
