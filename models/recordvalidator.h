#pragma once
#include "fieldproblem.h"
#include <QCoreApplication>
#include <QVariant>
#include <QVariantMap>
#include <optional>

class QSqlDatabase;
class QSqlError;
struct ColumnSpec;
struct TableSpec;

// Judges a row before it is written, a message per field ("Email: already used by another
// user"). The rules come from the schema description (required, lengths, formats, choices,
// ranges, JSON shapes, unique indexes, foreign keys); only what it cannot say lives here:
// the order of two dates in one row and that a tenant's row points at rows of that tenant.
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)
public:
    // Checks without the database: required, lengths, formats, enum choices, ranges, JSON
    // shapes, date order. values: column -> application value (QString, qlonglong, double, bool,
    // QDateTime UTC, JSON as text), the whole row as it would be written (for an update: the
    // loaded row with the edits applied). The primary key, created_at and updated_at may be
    // left out: the writer fills them in.
    static FieldProblems checkValues(const TableSpec &table, const QVariantMap &values);

    // Everything above plus what needs the database: unique columns (ignoring the row itself,
    // existingId), foreign keys exist, and a row of a tenant-scoped table points only at rows
    // of the same tenant. Every value is bound; identifiers come from the schema only. Call it
    // inside the writer's transaction (the caller owns it). A column that already failed a
    // check without the database is not looked up, so hostile text never reaches a query.
    static FieldProblems validate(const QSqlDatabase &db, const TableSpec &table, const QVariantMap &values,
                                  const QVariant &existingId = QVariant());

    // A unique violation the driver reported (two writers raced past the check): the same
    // message validate() gives, for the column the index covers; nullopt for any other error.
    static std::optional<FieldProblem> fromDatabaseError(const TableSpec &table, const QSqlError &error);
    // A JSON column's text as a form holds it: empty when it parses and has the column's shape,
    // else the same message naming the field that checkValues() gives (forms show it as you type).
    static QString jsonProblem(const ColumnSpec &column, const QString &text);
};
