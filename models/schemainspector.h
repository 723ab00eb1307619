#pragma once
#include "databaseschema.h"
#include <QCoreApplication>

class QSqlDatabase;

// Reads the tables, columns, indexes and foreign keys an open database really has (not what
// the schema description says it should have): the input of the drift check. Reads the
// PostgreSQL connection's current schema only; skips SQLite's own sqlite_% tables.
class SchemaInspector
{
    Q_DECLARE_TR_FUNCTIONS(SchemaInspector)
public:
    struct Result
    {
        DatabaseSchema schema;
        QString error;  // translated; empty when the whole schema was read
        bool ok() const { return error.isEmpty(); }
    };

    static Result inspect(const QSqlDatabase &db);
};
