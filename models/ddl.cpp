#include "ddl.h"
#include "schema.h"

namespace {

// Words SQLAlchemy quotes in DDL because the backend reserves them ("plan" on SQLite).
bool isReservedWord(const QString &name, Backend backend)
{
    static const QStringList sqlite = {QStringLiteral("plan"), QStringLiteral("action"),
                                       QStringLiteral("key"), QStringLiteral("order"), QStringLiteral("group")};
    static const QStringList postgres = {QStringLiteral("order"), QStringLiteral("group"),
                                         QStringLiteral("user"), QStringLiteral("limit")};
    return (backend == Backend::SQLite ? sqlite : postgres).contains(name);
}

// SQLite rejects a foreign key to a table not yet created only at use, PostgreSQL at once:
// create referenced tables first.
QList<const TableSpec *> dependencyOrder()
{
    QList<const TableSpec *> ordered;
    QList<const TableSpec *> pending;
    for (const TableSpec &t : Schema::tables())
        pending.append(&t);
    while (!pending.isEmpty()) {
        for (int i = 0; i < pending.size(); ++i) {
            const TableSpec *t = pending.at(i);
            bool ready = true;
            for (const ColumnSpec &c : t->columns) {
                if (c.isForeignKey() && c.foreignKey.table != t->name) {
                    const bool created = std::any_of(ordered.cbegin(), ordered.cend(),
                        [&](const TableSpec *done) { return done->name == c.foreignKey.table; });
                    ready = ready && created;
                }
            }
            if (ready) {
                ordered.append(t);
                pending.removeAt(i);
                break;
            }
        }
    }
    return ordered;
}

} // namespace

QString Ddl::quoteIdentifier(const QString &name, Backend backend)
{
    if (isReservedWord(name, backend))
        return QLatin1Char('"') + name + QLatin1Char('"');
    return name;
}

QString Ddl::columnType(const ColumnSpec &column, Backend backend)
{
    const bool sqlite = backend == Backend::SQLite;
    switch (column.type) {
    case LogicalType::Id:
    case LogicalType::String:
        return QStringLiteral("VARCHAR");
    case LogicalType::Text:
        return QStringLiteral("TEXT");
    case LogicalType::Integer:
        return !sqlite && column.autoIncrement ? QStringLiteral("SERIAL") : QStringLiteral("INTEGER");
    case LogicalType::Float:
        return QStringLiteral("FLOAT");
    case LogicalType::Boolean:
        return QStringLiteral("BOOLEAN");
    case LogicalType::Json:
        return QStringLiteral("JSON");
    case LogicalType::DateTime:
        return sqlite ? QStringLiteral("DATETIME") : QStringLiteral("TIMESTAMP WITHOUT TIME ZONE");
    }
    return {};
}

QStringList Ddl::createTable(const TableSpec &table, Backend backend)
{
    QStringList lines;
    QStringList keys;
    for (const ColumnSpec &c : table.columns) {
        QString line = QLatin1Char('\t') + quoteIdentifier(c.name, backend) + QLatin1Char(' ') + columnType(c, backend);
        if (!c.nullable)
            line += QStringLiteral(" NOT NULL");
        lines.append(line);
        if (c.primaryKey)
            keys.append(quoteIdentifier(c.name, backend));
    }
    lines.append(QStringLiteral("\tPRIMARY KEY (%1)").arg(keys.join(QStringLiteral(", "))));
    for (const ColumnSpec &c : table.columns) {
        if (c.isForeignKey())
            lines.append(QStringLiteral("\tFOREIGN KEY(%1) REFERENCES %2 (%3)")
                             .arg(quoteIdentifier(c.name, backend), c.foreignKey.table, c.foreignKey.column));
    }
    QStringList statements;
    statements.append(QStringLiteral("CREATE TABLE %1 (\n%2\n)").arg(table.name, lines.join(QStringLiteral(", \n"))));
    for (const IndexSpec &index : table.indexes) {
        QStringList columns;
        for (const QString &name : index.columns)
            columns.append(quoteIdentifier(name, backend));
        statements.append(QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                              .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), index.name, table.name,
                                   columns.join(QStringLiteral(", "))));
    }
    return statements;
}

QStringList Ddl::createAll(Backend backend)
{
    QStringList statements;
    for (const TableSpec *table : dependencyOrder())
        statements += createTable(*table, backend);
    return statements;
}
