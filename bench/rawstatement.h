#pragma once
#include "backend.h"
#include <optional>
#include <string>
#include <vector>

struct SqlFragment;

// One value to bind, already in the form the C API wants it.
struct RawValue
{
    enum class Kind { Null, Integer, Real, Text, Boolean };
    Kind kind = Kind::Null;
    long long integer = 0;  // Integer, Boolean (0/1)
    double real = 0;
    std::string text;       // Text; for PostgreSQL every kind's text form (parameters go as text)
};

// A statement for the raw drivers: the models' SQL text (placeholders rewritten to $n for
// libpq) and its values, converted from Qt types before any timing starts.
struct RawStatement
{
    std::string sql;
    std::vector<RawValue> values;

    static RawStatement fromBound(const SqlFragment &bound, Backend backend);
};

// What a lookup returns: every row, every column as text (nullopt for NULL).
using RawRows = std::vector<std::vector<std::optional<std::string>>>;
