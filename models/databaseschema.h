#pragma once
#include "backend.h"
#include <QList>
#include <QString>
#include <QStringList>

// What a database really holds, as SchemaInspector read it: plain values, no connection.
// DriftCheck compares this with the schema description (Schema::tables()).
struct DatabaseSchema
{
    struct Column
    {
        QString name;
        QString type;               // as the database declares it: "VARCHAR", "character varying(50)"
        bool nullable = true;
        bool primaryKey = false;
        bool autoIncrement = false;  // SQLite rowid alias; PostgreSQL serial or identity
    };

    struct Index
    {
        QString name;
        QStringList columns;
        bool unique = false;
    };

    struct ForeignKey
    {
        QString column;
        QString table;               // referenced table
        QString referencedColumn;
    };

    struct Table
    {
        QString name;
        QList<Column> columns;
        QList<Index> indexes;
        QList<ForeignKey> foreignKeys;

        const Column *column(const QString &columnName) const;
        const Index *index(const QString &indexName) const;
        QStringList columnNames() const;
        QStringList primaryKey() const;  // in column order (every key here has one column)
    };

    Backend backend = Backend::SQLite;
    QList<Table> tables;

    const Table *table(const QString &tableName) const;
    QStringList tableNames() const;
};
