#include "tablequery.h"
#include "ddl.h"
#include "schema.h"

TableQuery::TableQuery(const TableSpec &table, Backend backend, const QStringList &columns,
                       const QStringList &tablesPresent)
    : m_table(&table)
    , m_backend(backend)
{
    for (const ColumnSpec &c : table.columns) {
        if (columns.contains(c.name))
            m_columns.append(c.name);
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        const ColumnSpec *c = table.column(m_columns.at(i));
        if (!c->isForeignKey() || !tablesPresent.contains(c->foreignKey.table))
            continue;
        const TableSpec *target = Schema::table(c->foreignKey.table);
        m_foreign.append({i, QStringLiteral("r%1").arg(m_foreign.size()), target->name, target->displayColumn});
    }
    m_keyColumn = qMax(0, int(m_columns.indexOf(table.primaryKey().name)));
    // Append-only tables open on their newest rows; the rest in primary-key order.
    const int created = m_columns.indexOf(QStringLiteral("created_at"));
    if (table.newestFirst && created >= 0)
        setSort(created, Qt::DescendingOrder);
    else
        setSort(m_keyColumn, Qt::AscendingOrder);
}

const ColumnSpec &TableQuery::sortColumn() const
{
    return *m_table->column(m_columns.at(m_sortColumn));
}

void TableQuery::setSort(int columnIndex, Qt::SortOrder order)
{
    m_sortColumn = qBound(0, columnIndex, int(m_columns.size()) - 1);
    m_sortOrder = order;
}

QString TableQuery::qualified(const QString &column) const
{
    return QStringLiteral("t.") + Ddl::quoteIdentifier(column, m_backend);
}

QString TableQuery::selectList() const
{
    QStringList select;
    for (const QString &column : m_columns)
        select.append(qualified(column));
    for (const ForeignDisplay &f : m_foreign)
        select.append(f.alias + QLatin1Char('.') + Ddl::quoteIdentifier(f.displayColumn, m_backend));
    // The page's keys travel back exactly as stored: QPSQL would round a timestamp to
    // milliseconds, and a rounded key makes keyset paging repeat or skip rows.
    select.append(sortExpression());
    select.append(qualified(m_columns.at(m_keyColumn)));
    return select.join(QStringLiteral(", "));
}

QString TableQuery::sortExpression() const
{
    const ColumnSpec &sort = sortColumn();
    const bool asText = m_backend == Backend::PostgreSQL
                     && (sort.type == LogicalType::DateTime || sort.type == LogicalType::Float || sort.type == LogicalType::Json);
    return asText ? QStringLiteral("CAST(%1 AS TEXT)").arg(qualified(sort.name)) : qualified(sort.name);
}

QString TableQuery::sortTerm() const
{
    // PostgreSQL's json type has no ordering: JSON columns sort (and page) by their text.
    const ColumnSpec &sort = sortColumn();
    if (m_backend == Backend::PostgreSQL && sort.type == LogicalType::Json)
        return QStringLiteral("CAST(%1 AS TEXT)").arg(qualified(sort.name));
    return qualified(sort.name);
}

QString TableQuery::joins() const
{
    QString joins;
    for (const ForeignDisplay &f : m_foreign)
        joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = %3").arg(f.table, f.alias, qualified(m_columns.at(f.columnIndex)));
    return joins;
}

bool TableQuery::nullsComeLast(bool reversed) const
{
    // PostgreSQL sorts NULL as the largest value, SQLite as the smallest; either way the
    // default order lets the database walk an index.
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const bool nullsLargest = m_backend == Backend::PostgreSQL;
    return ascending == nullsLargest;
}

QString TableQuery::orderBy(bool reversed) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = sortTerm() + direction;
    // The primary key breaks ties, so a page boundary never drops or repeats a row.
    if (m_sortColumn != m_keyColumn)
        order += QStringLiteral(", ") + qualified(m_columns.at(m_keyColumn)) + direction;
    return order;
}

SqlFragment TableQuery::page(const PageRequest &request) const
{
    using Mode = PageRequest::Mode;
    const bool reversed = request.mode == Mode::Before || request.mode == Mode::FromEnd;
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString sort = sortTerm();
    const QString key = qualified(m_columns.at(m_keyColumn));
    const QString beyond = ascending ? QStringLiteral(">") : QStringLiteral("<");

    QStringList conditions;
    SqlFragment bound;
    if (!m_condition.sql.isEmpty()) {
        conditions.append(QLatin1Char('(') + m_condition.sql + QLatin1Char(')'));
        bound.values = m_condition.values;
    }
    switch (request.mode) {
    case Mode::FromStart:
    case Mode::FromEnd:
        break;
    case Mode::After:
    case Mode::Before:
        if (m_sortColumn == m_keyColumn) {
            conditions.append(QStringLiteral("%1 %2 ?").arg(key, beyond));
            bound.values.append(request.keyValue);
        } else if (request.sortValueIsNull) {
            conditions.append(QStringLiteral("%1 IS NULL AND %2 %3 ?").arg(sort, key, beyond));
            bound.values.append(request.keyValue);
        } else {
            // A row value walks the index on the sort column; NULLs fall outside it and are
            // reached by continuation().
            conditions.append(QStringLiteral("(%1, %2) %3 (?, ?)").arg(sort, key, beyond));
            bound.values.append(request.sortValue);
            bound.values.append(request.keyValue);
        }
        break;
    case Mode::Seek:
        conditions.append(QStringLiteral("%1 %2= ?").arg(sort, beyond));
        bound.values.append(request.sortValue);
        break;
    }
    bound.sql = QStringLiteral("SELECT %1 FROM %2 t%3%4 ORDER BY %5 LIMIT ? OFFSET ?")
                    .arg(selectList(), m_table->name, joins(),
                         conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                         orderBy(reversed));
    bound.values.append(request.rowCount);
    bound.values.append(request.offset);
    return bound;
}

bool TableQuery::continuationCrossesNulls(const PageRequest &request) const
{
    using Mode = PageRequest::Mode;
    if (m_sortColumn == m_keyColumn || !sortColumn().nullable)
        return false;
    if (request.mode != Mode::After && request.mode != Mode::Before && request.mode != Mode::Seek)
        return false;
    const bool reversed = request.mode == Mode::Before;
    // From the non-null run into the NULLs when they come after it, or the other way round.
    return request.sortValueIsNull ? !nullsComeLast(reversed) : nullsComeLast(reversed);
}

SqlFragment TableQuery::continuation(const PageRequest &request, int rowsStillNeeded, int offset) const
{
    const bool reversed = request.mode == PageRequest::Mode::Before;
    const QString sort = sortTerm();
    QStringList conditions;
    SqlFragment bound;
    if (!m_condition.sql.isEmpty()) {
        conditions.append(QLatin1Char('(') + m_condition.sql + QLatin1Char(')'));
        bound.values = m_condition.values;
    }
    conditions.append(sort + (request.sortValueIsNull ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL")));
    bound.sql = QStringLiteral("SELECT %1 FROM %2 t%3 WHERE %4 ORDER BY %5 LIMIT ? OFFSET ?")
                    .arg(selectList(), m_table->name, joins(), conditions.join(QStringLiteral(" AND ")), orderBy(reversed));
    bound.values.append(rowsStillNeeded);
    bound.values.append(offset);
    return bound;
}

SqlFragment TableQuery::boundary(bool reversed) const
{
    SqlFragment bound;
    QString where = sortTerm() + QStringLiteral(" IS NOT NULL");
    if (!m_condition.sql.isEmpty()) {
        where = QLatin1Char('(') + m_condition.sql + QStringLiteral(") AND ") + where;
        bound.values = m_condition.values;
    }
    bound.sql = QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY %4 LIMIT 1")
                    .arg(sortExpression(), m_table->name, where, orderBy(reversed));
    return bound;
}

SqlFragment TableQuery::countRowsOf(const SqlFragment &statement)
{
    return {QStringLiteral("SELECT count(*) FROM (%1) counted").arg(statement.sql), statement.values};
}

SqlFragment TableQuery::count() const
{
    SqlFragment bound{exactCountSql(*m_table), m_condition.values};
    if (!m_condition.sql.isEmpty())
        bound.sql += QStringLiteral(" t WHERE ") + m_condition.sql;
    return bound;
}

QString TableQuery::exactCountSql(const TableSpec &table)
{
    return QStringLiteral("SELECT count(*) FROM %1").arg(table.name);
}

QString TableQuery::keySpanSql(const TableSpec &table)
{
    const QString key = table.primaryKey().name;
    // Two subqueries: SQLite answers each from the key's end, where max(..) - min(..) in
    // one SELECT would scan every row.
    return QStringLiteral("SELECT (SELECT max(%1) FROM %2) - (SELECT min(%1) FROM %2) + 1").arg(key, table.name);
}

QString TableQuery::estimatedCountSql()
{
    return QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)");
}

QString TableQuery::serialScanSql()
{
    return QStringLiteral("SET max_parallel_workers_per_gather = 0");
}

QString TableQuery::tenantDirectorySql()
{
    return QStringLiteral("SELECT id, name FROM tenants ORDER BY name, id LIMIT 10000");
}
