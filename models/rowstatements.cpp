#include "rowstatements.h"
#include "schema.h"
#include "tablefiltersql.h"

RowStatements::RowStatements(const TableSpec &table, Backend backend)
    : m_table(&table)
    , m_backend(backend)
{
}

QString RowStatements::insert(const QStringList &columns) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(m_table->name, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

QString RowStatements::select() const
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
        .arg(m_table->columnNames().join(QStringLiteral(", ")), m_table->name, m_table->primaryKey().name);
}

QString RowStatements::selectForUpdate() const
{
    return m_backend == Backend::PostgreSQL ? select() + QStringLiteral(" FOR UPDATE") : select();
}

QString RowStatements::update(const QStringList &columns) const
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
        .arg(m_table->name, assignments.join(QStringLiteral(", ")), m_table->primaryKey().name);
}

QString RowStatements::remove() const
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table->name, m_table->primaryKey().name);
}

QString RowStatements::exists() const
{
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(m_table->name, m_table->primaryKey().name);
}

QString RowStatements::countReferences(const QString &referencing, const QString &column)
{
    const TableSpec *table = Schema::table(referencing);
    if (!table || !table->hasColumn(column))
        return {};
    return QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table->name, column);
}

QString RowStatements::currentSubscription()
{
    // The same text on both backends: the CASE puts NULL period ends last on each.
    const TableSpec &table = *Schema::table(QStringLiteral("subscriptions"));
    return QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = ? AND status = 'active' "
                          "ORDER BY CASE WHEN current_period_end IS NULL THEN 1 ELSE 0 END, current_period_end DESC, %1 LIMIT 1")
        .arg(table.primaryKey().name, table.name);
}

QString RowStatements::creationDetails()
{
    const TableSpec &audit = *Schema::table(QStringLiteral("audit_logs"));
    return QStringLiteral("SELECT details FROM %1 WHERE resource_id = ? AND action = 'create' ORDER BY id LIMIT 1").arg(audit.name);
}

QString RowStatements::begin(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

SqlFragment RowStatements::lookup(const TableSpec &table, Backend backend, const QString &text, const QString &tenantId, int limit)
{
    const QString key = table.primaryKey().name;
    const QString display = table.displayColumn.isEmpty() ? key : table.displayColumn;
    const QString like = backend == Backend::PostgreSQL ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    SqlFragment fragment;
    fragment.sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE (CAST(%2 AS TEXT) %4 ? ESCAPE '\\' OR CAST(%1 AS TEXT) = ?)")
                       .arg(key, display, table.name, like);
    fragment.values = {QStringLiteral("%") + TableFilterSql::likePattern(text) + QStringLiteral("%"), text};
    if (text.contains(QChar(0))) {
        // A NUL matches nothing, as in the filters: SQLite's LIKE stops at it (and would match
        // every row), PostgreSQL's text cannot hold it.
        fragment.sql += QStringLiteral(" AND 1 = 0");
        fragment.values = {QStringLiteral("%"), QString()};
    }
    if (!tenantId.isEmpty() && table.isTenantScoped()) {
        fragment.sql += QStringLiteral(" AND tenant_id = ?");
        fragment.values.append(tenantId);
    }
    fragment.sql += QStringLiteral(" ORDER BY %1, %2 LIMIT ?").arg(display, key);
    fragment.values.append(qBound(1, limit, 200));
    return fragment;
}

SqlFragment RowStatements::labelOf(const TableSpec &table, const QString &id)
{
    const QString key = table.primaryKey().name;
    const QString display = table.displayColumn.isEmpty() ? key : table.displayColumn;
    return {QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 = ?").arg(key, display, table.name), {id}};
}
