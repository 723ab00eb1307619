#pragma once
#include <QVariant>
#include <nlohmann/json.hpp>

struct ColumnSpec;

// One application value as a typed JSON value: booleans and numbers as such (a drifted column's
// text kept as text), JSON columns nested (kept as a string when broken), datetimes as text.
// Shared by copy/export (RowExport) and audit details (RecordValues); each decides about
// secrets itself. Internal to models (nlohmann_json is a private dependency).
class ValueJson
{
public:
    enum class Dates {
        Stored,  // "YYYY-MM-DD HH:MM:SS.ffffff", naive UTC, as SQLAlchemy stores it
        Iso,     // "YYYY-MM-DDTHH:MM:SS.ffffffZ", for people and other tools
    };
    static nlohmann::ordered_json of(const ColumnSpec &column, const QVariant &value, Dates dates);
};
