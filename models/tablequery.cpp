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
    // Append-only tables open on their newest rows; the rest in primary-key order.
    const int created = m_columns.indexOf(QStringLiteral("created_at"));
    if (table.newestFirst && created >= 0)
        setSort(created, Qt::DescendingOrder);
    else
        setSort(qMax(0, int(m_columns.indexOf(table.primaryKey().name))), Qt::AscendingOrder);
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

QString TableQuery::pageSql() const
{
    QStringList select;
    for (const QString &column : m_columns)
        select.append(qualified(column));
    QString joins;
    for (const ForeignDisplay &f : m_foreign) {
        select.append(f.alias + QLatin1Char('.') + Ddl::quoteIdentifier(f.displayColumn, m_backend));
        joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = %3")
                     .arg(f.table, f.alias, qualified(m_columns.at(f.columnIndex)));
    }
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order = qualified(m_columns.at(m_sortColumn)) + QLatin1Char(' ') + direction;
    const QString key = m_table->primaryKey().name;
    // The primary key breaks ties, so a page boundary never drops or repeats a row.
    if (m_columns.at(m_sortColumn) != key && m_columns.contains(key))
        order += QStringLiteral(", ") + qualified(key) + QLatin1Char(' ') + direction;
    return QStringLiteral("SELECT %1 FROM %2 t%3 ORDER BY %4 LIMIT ? OFFSET ?")
        .arg(select.join(QStringLiteral(", ")), m_table->name, joins, order);
}

QString TableQuery::exactCountSql(const TableSpec &table)
{
    return QStringLiteral("SELECT count(*) FROM %1").arg(table.name);
}

QString TableQuery::estimatedCountSql()
{
    return QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)");
}
