#include "databaseschema.h"

// SQLite matches table, column and index names without regard to case and PostgreSQL folds
// unquoted names to lower case, so "Tenants" and "tenants" name the same table on both.

const DatabaseSchema::Column *DatabaseSchema::Table::column(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name.compare(columnName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const DatabaseSchema::Index *DatabaseSchema::Table::index(const QString &indexName) const
{
    for (const Index &i : indexes) {
        if (i.name.compare(indexName, Qt::CaseInsensitive) == 0)
            return &i;
    }
    return nullptr;
}

QStringList DatabaseSchema::Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names.append(c.name);
    return names;
}

QStringList DatabaseSchema::Table::primaryKey() const
{
    QStringList names;
    for (const Column &c : columns) {
        if (c.primaryKey)
            names.append(c.name);
    }
    return names;
}

const DatabaseSchema::Table *DatabaseSchema::table(const QString &tableName) const
{
    for (const Table &t : tables) {
        if (t.name.compare(tableName, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QStringList DatabaseSchema::tableNames() const
{
    QStringList names;
    for (const Table &t : tables)
        names.append(t.name);
    return names;
}
