#include "driftcheck.h"
#include "databaseschema.h"
#include "schema.h"
#include <QRegularExpression>

namespace {

using Kind = DriftItem::Kind;

// data-model.md, "Migration Status": the old migration's differences from the data model,
// kept as data so the list can be checked against that document line by line.

// Columns the old migration named differently: it has table.oldName where the model has column.
struct OldMigrationRename
{
    const char *table;
    const char *column;
    const char *oldName;
};

const OldMigrationRename oldMigrationRenames[] = {
    {"agents", "created_by", "user_id"},
    {"executions", "execution_type", "type"},
    {"executions", "resource_id", "entity_id"},
    {"executions", "output_data", "result"},
    {"audit_logs", "details", "metadata"},
};

// Everything else on that list, with what to say about it.
struct OldMigrationNote
{
    const char *table;
    const char *column;  // empty for a table
    Kind kind;
    const char *note;    // untranslated
    LogicalType oldType = LogicalType::String;  // TypeMismatch only: the type the old migration used
};

const char notInOldMigration[] = QT_TRANSLATE_NOOP("DriftCheck", "not in the old migration");

const OldMigrationNote oldMigrationNotes[] = {
    {"projects", "", Kind::MissingTable, notInOldMigration},
    {"plans", "", Kind::MissingTable, notInOldMigration},
    {"subscriptions", "", Kind::MissingTable, notInOldMigration},
    {"usage_records", "", Kind::MissingTable, notInOldMigration},
    {"blueprints", "pricing_model", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "price", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "publisher_id", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "is_public", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "downloads", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "rating", Kind::MissingColumn, notInOldMigration},
    {"blueprints", "reviews_count", Kind::MissingColumn, notInOldMigration},
    {"audit_logs", "ip_address", Kind::MissingColumn, notInOldMigration},
    {"audit_logs", "id", Kind::TypeMismatch, QT_TRANSLATE_NOOP("DriftCheck", "old migration used a string id"),
     LogicalType::String},
    {"workflows", "description", Kind::ExtraColumn,
     QT_TRANSLATE_NOOP("DriftCheck", "added by the old migration; not in the data model")},
};

bool sameName(const QString &a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Collects the items for one table, naming the old migration where a difference is one of its.
class TableComparison
{
public:
    TableComparison(const TableSpec &spec, const DatabaseSchema::Table *actual, Backend backend, DriftReport &report)
        : m_spec(spec), m_actual(actual), m_backend(backend), m_report(report)
    {
    }

    void run();

private:
    void add(const QString &column, Kind kind, const QString &problem);
    void annotate(DriftItem &item) const;
    void compareColumn(const ColumnSpec &column);
    void compareIndex(const IndexSpec &index);

    const TableSpec &m_spec;
    const DatabaseSchema::Table *m_actual;
    Backend m_backend;
    DriftReport &m_report;
};

void TableComparison::add(const QString &column, Kind kind, const QString &problem)
{
    DriftItem item{m_spec.name, column, kind, problem, false};
    annotate(item);
    m_report.append(item);
}

void TableComparison::annotate(DriftItem &item) const
{
    for (const OldMigrationRename &rename : oldMigrationRenames) {
        if (!sameName(item.table, rename.table))
            continue;
        // The stand-in is named only when it is really there.
        if (item.kind == Kind::MissingColumn && sameName(item.column, rename.column) && m_actual
            && m_actual->column(QLatin1String(rename.oldName))) {
            item.problem = DriftCheck::tr("%1; the old migration's %2.%3 stands in its place")
                               .arg(item.problem, item.table, QLatin1String(rename.oldName));
            item.fromOldMigration = true;
            return;
        }
        if (item.kind == Kind::ExtraColumn && sameName(item.column, rename.oldName)) {
            item.problem = DriftCheck::tr("%1 (the old migration's name for %2)")
                               .arg(item.problem, QLatin1String(rename.column));
            item.fromOldMigration = true;
            return;
        }
    }
    for (const OldMigrationNote &note : oldMigrationNotes) {
        if (note.kind != item.kind || !sameName(item.table, note.table) || !sameName(item.column, note.column))
            continue;
        if (note.kind == Kind::TypeMismatch) {
            const DatabaseSchema::Column *found = m_actual ? m_actual->column(item.column) : nullptr;
            if (!found || !DriftCheck::isCompatibleType(note.oldType, found->type, m_backend))
                continue;  // some other type: not the old migration's doing
        }
        item.problem = DriftCheck::tr("%1 (%2)").arg(item.problem, QCoreApplication::translate("DriftCheck", note.note));
        item.fromOldMigration = true;
        return;
    }
}

void TableComparison::run()
{
    if (!m_actual) {
        add(QString(), Kind::MissingTable, DriftCheck::tr("missing table"));
        return;
    }
    for (const ColumnSpec &column : m_spec.columns)
        compareColumn(column);
    for (const DatabaseSchema::Column &column : m_actual->columns) {
        if (!m_spec.column(column.name.toLower()))
            add(column.name, Kind::ExtraColumn, DriftCheck::tr("extra column"));
    }

    QStringList expectedKey;
    for (const ColumnSpec &column : m_spec.columns) {
        if (column.primaryKey)
            expectedKey.append(column.name);
    }
    const QStringList actualKey = m_actual->primaryKey();
    if (actualKey.join(QLatin1Char(',')).compare(expectedKey.join(QLatin1Char(',')), Qt::CaseInsensitive) != 0) {
        const QString expected = expectedKey.join(QStringLiteral(", "));
        add(QString(), Kind::PrimaryKeyMismatch,
            actualKey.isEmpty() ? DriftCheck::tr("no primary key, expected (%1)").arg(expected)
                                : DriftCheck::tr("primary key is (%1), expected (%2)")
                                      .arg(actualKey.join(QStringLiteral(", ")), expected));
    }

    // Indexes are matched by name, as SQLAlchemy names them; any extra index is fine.
    for (const IndexSpec &index : m_spec.indexes)
        compareIndex(index);
}

void TableComparison::compareColumn(const ColumnSpec &column)
{
    const DatabaseSchema::Column *found = m_actual->column(column.name);
    if (!found) {
        add(column.name, Kind::MissingColumn, DriftCheck::tr("missing column"));
        return;
    }
    if (!DriftCheck::isCompatibleType(column.type, found->type, m_backend)) {
        const QString declared = found->type.trimmed().isEmpty() ? DriftCheck::tr("undeclared") : found->type;
        add(column.name, Kind::TypeMismatch,
            DriftCheck::tr("type is %1, expected %2").arg(declared, DriftCheck::expectedTypeName(column.type, m_backend)));
    } else if (column.autoIncrement && !found->autoIncrement) {
        // The app inserts audit rows without an id, as SQLAlchemy does: the database must number them.
        add(column.name, Kind::NotAutoIncrement,
            m_backend == Backend::SQLite
                ? DriftCheck::tr("does not number itself; it must be the table's only key column, declared exactly INTEGER")
                : DriftCheck::tr("does not number itself; it needs SERIAL (a nextval() default) or an identity"));
    }
    // The other way round (nullable where the model requires a value) does no harm: this app
    // and the platform always write a value there.
    if (!found->nullable && column.nullable && !found->primaryKey)
        add(column.name, Kind::UnexpectedNotNull,
            DriftCheck::tr("NOT NULL in the database, but the data model allows it to be empty"));

    if (column.isForeignKey()) {
        const bool present = std::any_of(m_actual->foreignKeys.cbegin(), m_actual->foreignKeys.cend(),
                                         [&](const DatabaseSchema::ForeignKey &key) {
                                             return sameName(key.column, column.name)
                                                 && sameName(key.table, column.foreignKey.table)
                                                 && sameName(key.referencedColumn, column.foreignKey.column);
                                         });
        if (!present)
            add(column.name, Kind::MissingForeignKey,
                DriftCheck::tr("no foreign key to %1.%2").arg(column.foreignKey.table, column.foreignKey.column));
    }
}

void TableComparison::compareIndex(const IndexSpec &index)
{
    // A one-column index belongs to that column, so the GUI can show it beside the field.
    const QString column = index.columns.size() == 1 ? index.columns.constFirst() : QString();
    const DatabaseSchema::Index *found = m_actual->index(index.name);
    if (!found) {
        add(column, Kind::MissingIndex,
            index.unique ? DriftCheck::tr("missing unique index %1").arg(index.name)
                         : DriftCheck::tr("missing index %1").arg(index.name));
        return;
    }
    if (found->columns.join(QLatin1Char(',')).compare(index.columns.join(QLatin1Char(',')), Qt::CaseInsensitive) != 0)
        add(column, Kind::IndexColumnsDiffer,
            DriftCheck::tr("index %1 covers (%2), expected (%3)")
                .arg(index.name, found->columns.join(QStringLiteral(", ")), index.columns.join(QStringLiteral(", "))));
    if (index.unique && !found->unique)
        add(column, Kind::IndexNotUnique, DriftCheck::tr("index %1 is not unique").arg(index.name));
    else if (!index.unique && found->unique)
        add(column, Kind::IndexUnexpectedlyUnique,
            DriftCheck::tr("index %1 is unique, but the data model allows repeated values").arg(index.name));
}

QString notAgentFactoryReason(const DatabaseSchema &actual)
{
    const QStringList expected = Schema::tableNames();
    const int count = int(expected.size());
    if (actual.tables.isEmpty())
        return DriftCheck::tr("The database has no tables; an Agent Factory database has these %n: %1.", nullptr, count)
            .arg(expected.join(QStringLiteral(", ")));
    // A big foreign database would otherwise fill the screen.
    const int shown = 8;
    QStringList found = actual.tableNames().mid(0, shown);
    if (actual.tables.size() > shown)
        found.append(DriftCheck::tr("and %n more", nullptr, int(actual.tables.size()) - shown));
    return DriftCheck::tr("None of the database's tables (%1) is one of the %n an Agent Factory database has: %2.",
                          nullptr, count)
        .arg(found.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
}

// A declared type without its length or precision, in lower case: "character varying(50)" ->
// "character varying", "timestamp(6) without time zone" -> "timestamp without time zone".
QString baseType(const QString &declared, bool *hasLength)
{
    static const QRegularExpression parameters(QStringLiteral("\\s*\\([^)]*\\)"));
    QString type = declared.simplified().toLower();
    *hasLength = type.contains(parameters);
    type.remove(parameters);
    return type.simplified();
}

} // namespace

DriftReport DriftCheck::compare(const DatabaseSchema &actual)
{
    const QList<TableSpec> &specs = Schema::tables();
    const bool anyKnownTable = std::any_of(specs.cbegin(), specs.cend(),
                                           [&](const TableSpec &spec) { return actual.table(spec.name) != nullptr; });
    if (!anyKnownTable)
        return DriftReport::notAgentFactoryDatabase(notAgentFactoryReason(actual));

    DriftReport report;
    for (const TableSpec &spec : specs)
        TableComparison(spec, actual.table(spec.name), actual.backend, report).run();
    return report;
}

bool DriftCheck::isCompatibleType(LogicalType expected, const QString &declaredType, Backend backend)
{
    bool hasLength = false;
    const QString type = baseType(declaredType, &hasLength);
    const bool sqlite = backend == Backend::SQLite;
    const QStringList varchar = sqlite ? QStringList{QStringLiteral("varchar"), QStringLiteral("nvarchar")}
                                       : QStringList{QStringLiteral("character varying"), QStringLiteral("varchar")};
    switch (expected) {
    case LogicalType::Id:
    case LogicalType::String:
        // SQLAlchemy's String has no length, so any varchar holds it; and TEXT is lenient enough:
        // it stores the same strings and reads back as the same Python str.
        return varchar.contains(type) || type == QLatin1String("text");
    case LogicalType::Text:
        // An unbounded varchar holds any text too; varchar(n) would cut long instructions short.
        return type == QLatin1String("text") || (varchar.contains(type) && !hasLength);
    case LogicalType::Integer:
        return sqlite ? (type == QLatin1String("integer") || type == QLatin1String("int") || type == QLatin1String("bigint"))
                      : (type == QLatin1String("integer") || type == QLatin1String("bigint"));
    case LogicalType::Float:
        return type == QLatin1String("real") || type == QLatin1String("double precision")
            || (sqlite && (type == QLatin1String("float") || type == QLatin1String("double")));
    case LogicalType::Boolean:
        return type == QLatin1String("boolean");
    case LogicalType::Json:
        // jsonb holds the same documents; operators switch to it for indexing.
        return type == QLatin1String("json") || (!sqlite && type == QLatin1String("jsonb"));
    case LogicalType::DateTime:
        // Values are naive UTC: a time zone column would shift them by the session's zone.
        return sqlite ? (type == QLatin1String("datetime") || type == QLatin1String("timestamp"))
                      : (type == QLatin1String("timestamp without time zone") || type == QLatin1String("timestamp"));
    }
    return false;
}

QString DriftCheck::expectedTypeName(LogicalType expected, Backend backend)
{
    const bool sqlite = backend == Backend::SQLite;
    switch (expected) {
    case LogicalType::Id:
    case LogicalType::String:   return sqlite ? QStringLiteral("varchar") : QStringLiteral("character varying");
    case LogicalType::Text:     return QStringLiteral("text");
    case LogicalType::Integer:  return QStringLiteral("integer");
    case LogicalType::Float:    return sqlite ? QStringLiteral("float") : QStringLiteral("double precision");
    case LogicalType::Boolean:  return QStringLiteral("boolean");
    case LogicalType::Json:     return QStringLiteral("json");
    case LogicalType::DateTime: return sqlite ? QStringLiteral("datetime") : QStringLiteral("timestamp without time zone");
    }
    return {};
}
