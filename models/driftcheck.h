#pragma once
#include "backend.h"
#include "driftreport.h"
#include <QCoreApplication>

struct DatabaseSchema;
enum class LogicalType;

// Compares what a database really holds (SchemaInspector) with the schema description
// (Schema::tables()): missing tables and columns, extra columns, incompatible types, keys and
// the named indexes. The differences the platform's old migration is known to have are named
// as such, so an operator can tell "the old migration" from "someone changed this".
class DriftCheck
{
    Q_DECLARE_TR_FUNCTIONS(DriftCheck)
public:
    static DriftReport compare(const DatabaseSchema &actual);

    // Whether a column declared as declaredType holds the logical type's values and reads them
    // back as SQLAlchemy expects ("jsonb" for JSON: yes; "timestamp with time zone": no).
    static bool isCompatibleType(LogicalType expected, const QString &declaredType, Backend backend);
    // The type as the backend spells it: "integer", "character varying", "datetime".
    static QString expectedTypeName(LogicalType expected, Backend backend);
};
