#include "schemainspector.h"
#include "databaseconnection.h"
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Runs one catalog query; on failure leaves a translated error naming what was being read.
class CatalogReader
{
public:
    explicit CatalogReader(const QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    QSqlQuery &query() { return m_query; }
    QString error() const { return m_error; }

    bool run(const QString &sql, const QVariantList &values, const QString &what)
    {
        bool ok = m_query.prepare(sql);
        if (ok) {
            for (const QVariant &value : values)
                m_query.addBindValue(value);
            ok = m_query.exec();
        }
        if (!ok) {
            qWarning("SchemaInspector: reading %s failed: %s", qPrintable(what), qPrintable(m_query.lastError().text()));
            m_error = SchemaInspector::tr("Cannot read the database's %1: %2").arg(what, m_query.lastError().text().trimmed());
        }
        return ok;
    }

private:
    QSqlQuery m_query;
    QString m_error;
};

SchemaInspector::Result failed(const QString &error)
{
    SchemaInspector::Result result;
    result.error = error;
    return result;
}

// Every name these queries take comes from sqlite_master itself, and it travels as a bound
// value: the pragma_* table-valued functions accept their argument as an expression, whereas
// a PRAGMA statement would need the identifier spliced into its text.
SchemaInspector::Result inspectSqlite(const QSqlDatabase &db)
{
    SchemaInspector::Result result;
    result.schema.backend = Backend::SQLite;
    CatalogReader reader(db);
    QSqlQuery &q = reader.query();

    // sqlite_sequence, sqlite_stat1 and the like belong to SQLite, not to any application.
    if (!reader.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                    {}, SchemaInspector::tr("table list")))
        return failed(reader.error());
    while (q.next()) {
        DatabaseSchema::Table table;
        table.name = q.value(0).toString();
        result.schema.tables.append(table);
    }

    for (DatabaseSchema::Table &table : result.schema.tables) {
        const QVariantList name = {table.name};
        const QString columnsWhat = SchemaInspector::tr("columns of %1").arg(table.name);
        if (!reader.run(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"),
                        name, columnsWhat))
            return failed(reader.error());
        int keyColumns = 0;
        while (q.next()) {
            DatabaseSchema::Column column;
            column.name = q.value(0).toString();
            column.type = q.value(1).toString();
            column.nullable = q.value(2).toInt() == 0;
            column.primaryKey = q.value(3).toInt() > 0;
            keyColumns += column.primaryKey ? 1 : 0;
            table.columns.append(column);
        }
        // Only a lone key column declared exactly INTEGER aliases the rowid and numbers itself
        // ("INT" or "BIGINT" do not). SQLAlchemy never creates WITHOUT ROWID tables.
        for (DatabaseSchema::Column &column : table.columns) {
            column.autoIncrement = column.primaryKey && keyColumns == 1
                && column.type.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }

        // An index on an expression has no column name: it shows as an empty entry.
        if (!reader.run(QStringLiteral("SELECT il.name, il.\"unique\", ii.name "
                                       "FROM pragma_index_list(?) AS il "
                                       "JOIN pragma_index_info(il.name) AS ii "
                                       "ORDER BY il.name, ii.seqno"),
                        name, SchemaInspector::tr("indexes of %1").arg(table.name)))
            return failed(reader.error());
        while (q.next()) {
            const QString indexName = q.value(0).toString();
            if (table.indexes.isEmpty() || table.indexes.last().name != indexName)
                table.indexes.append({indexName, {}, q.value(1).toInt() != 0});
            table.indexes.last().columns.append(q.value(2).toString());
        }

        if (!reader.run(QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) "
                                       "ORDER BY id, seq"),
                        name, SchemaInspector::tr("foreign keys of %1").arg(table.name)))
            return failed(reader.error());
        while (q.next())
            table.foreignKeys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }

    // "REFERENCES users" without a column means the referenced table's primary key.
    for (DatabaseSchema::Table &table : result.schema.tables) {
        for (DatabaseSchema::ForeignKey &key : table.foreignKeys) {
            const DatabaseSchema::Table *target = result.schema.table(key.table);
            if (key.referencedColumn.isEmpty() && target && target->primaryKey().size() == 1)
                key.referencedColumn = target->primaryKey().constFirst();
        }
    }
    return result;
}

// The catalog queries below take no values at all: current_schema() picks the schema the
// connection's search_path resolves unqualified names in, as SQLAlchemy's do.
SchemaInspector::Result inspectPostgres(const QSqlDatabase &db)
{
    SchemaInspector::Result result;
    result.schema.backend = Backend::PostgreSQL;
    CatalogReader reader(db);
    QSqlQuery &q = reader.query();
    QHash<QString, int> tableAt;

    if (!reader.run(QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                                   "ORDER BY c.relname"),
                    {}, SchemaInspector::tr("table list")))
        return failed(reader.error());
    while (q.next()) {
        DatabaseSchema::Table table;
        table.name = q.value(0).toString();
        tableAt.insert(table.name, result.schema.tables.size());
        result.schema.tables.append(table);
    }

    // format_type() spells types as the data model's notes do: "character varying(50)",
    // "timestamp without time zone". A serial column is an integer whose default is nextval().
    if (!reader.run(QStringLiteral("SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                                   "a.attnotnull, "
                                   "(a.attidentity <> '' OR COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '') "
                                   "LIKE 'nextval(%') "
                                   "FROM pg_catalog.pg_attribute a "
                                   "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                   "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                                   "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                                   "AND a.attnum > 0 AND NOT a.attisdropped "
                                   "ORDER BY c.relname, a.attnum"),
                    {}, SchemaInspector::tr("columns")))
        return failed(reader.error());
    while (q.next()) {
        const int at = tableAt.value(q.value(0).toString(), -1);
        if (at < 0)
            continue;  // created between the two queries
        DatabaseSchema::Column column;
        column.name = q.value(1).toString();
        column.type = q.value(2).toString();
        column.nullable = !q.value(3).toBool();
        column.autoIncrement = q.value(4).toBool();
        result.schema.tables[at].columns.append(column);
    }

    // One row per index column, in key order; an expression's column name is NULL.
    if (!reader.run(QStringLiteral("SELECT t.relname, i.relname, x.indisunique, x.indisprimary, a.attname "
                                   "FROM pg_catalog.pg_index x "
                                   "JOIN pg_catalog.pg_class t ON t.oid = x.indrelid "
                                   "JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                                   "CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                                   "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                                   "WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p') "
                                   "ORDER BY t.relname, i.relname, k.ord"),
                    {}, SchemaInspector::tr("indexes")))
        return failed(reader.error());
    while (q.next()) {
        const int at = tableAt.value(q.value(0).toString(), -1);
        if (at < 0)
            continue;
        DatabaseSchema::Table &table = result.schema.tables[at];
        const QString indexName = q.value(1).toString();
        if (table.indexes.isEmpty() || table.indexes.last().name != indexName)
            table.indexes.append({indexName, {}, q.value(2).toBool()});
        const QString columnName = q.value(4).toString();
        table.indexes.last().columns.append(columnName);
        if (q.value(3).toBool()) {
            for (DatabaseSchema::Column &column : table.columns) {
                if (column.name == columnName)
                    column.primaryKey = true;
            }
        }
    }

    if (!reader.run(QStringLiteral("SELECT t.relname, a.attname, r.relname, ra.attname "
                                   "FROM pg_catalog.pg_constraint con "
                                   "JOIN pg_catalog.pg_class t ON t.oid = con.conrelid "
                                   "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                                   "JOIN pg_catalog.pg_class r ON r.oid = con.confrelid "
                                   "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) AS k(attnum, refnum) "
                                   "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
                                   "JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refnum "
                                   "WHERE con.contype = 'f' AND n.nspname = current_schema() "
                                   "ORDER BY t.relname, con.conname, k.attnum"),
                    {}, SchemaInspector::tr("foreign keys")))
        return failed(reader.error());
    while (q.next()) {
        const int at = tableAt.value(q.value(0).toString(), -1);
        if (at >= 0)
            result.schema.tables[at].foreignKeys.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return result;
}

} // namespace

SchemaInspector::Result SchemaInspector::inspect(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return failed(tr("The database connection is not open."));
    return DatabaseConnection::backendOf(db) == Backend::PostgreSQL ? inspectPostgres(db) : inspectSqlite(db);
}
