#pragma once
#include "backend.h"
#include "tablefilter.h"
#include <QStringList>

struct TableSpec;

// The SQL text the write path runs on one row, built from the schema description only: table
// and column names come from TableSpec, every value is a '?' placeholder bound by the caller.
class RowStatements
{
public:
    RowStatements(const TableSpec &table, Backend backend);

    QString insert(const QStringList &columns) const;
    QString select() const;  // every column of the row, by primary key
    // The same, and on PostgreSQL the row stays locked until the transaction ends.
    QString selectForUpdate() const;
    QString update(const QStringList &columns) const;  // SET each column = ? WHERE key = ?
    QString remove() const;                             // DELETE ... WHERE key = ?
    QString exists() const;                             // SELECT 1 ... WHERE key = ?
    // Rows of `referencing` whose `column` points at one row: SELECT count(*) ... WHERE column = ?
    static QString countReferences(const QString &referencing, const QString &column);
    // A foreign-key picker's choices: id and display value of the rows whose display column
    // contains `text` (case-insensitive, LIKE-escaped) or whose id is `text`, one tenant's rows
    // when tenantId is given and the table has tenants, ordered by display value.
    static SqlFragment lookup(const TableSpec &table, Backend backend, const QString &text, const QString &tenantId, int limit);
    // One row's id and display value (its id where the table has no display column), by id.
    static SqlFragment labelOf(const TableSpec &table, const QString &id);
    // Opens the write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE), so a
    // read-then-write never fails half way on a busy database.
    static QString begin(Backend backend);
    // A tenant's current subscription: the id of its active one ending last (tenant id bound).
    static QString currentSubscription();
    // The details of the audit row that recorded a record's creation (resource id bound).
    static QString creationDetails();

private:
    const TableSpec *m_table;
    Backend m_backend;
};
