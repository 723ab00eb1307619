#pragma once
#include "backend.h"
#include <QStringList>

struct TableSpec;
struct ColumnSpec;

// CREATE statements as SQLAlchemy's create_all emits them for the platform's models, generated
// from the schema description for either backend.
class Ddl
{
public:
    static QString columnType(const ColumnSpec &column, Backend backend);
    static QString quoteIdentifier(const QString &name, Backend backend);
    static QStringList createTable(const TableSpec &table, Backend backend);  // table, then its indexes
    static QStringList createAll(Backend backend);  // every table, referenced tables first
};
