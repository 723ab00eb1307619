#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

// The platform's 12 tables, written once, as data. DDL, the drift check, forms, validation and
// the table views all read this description; nothing else spells out a table.

enum class LogicalType {
    Id,        // str(uuid4()) primary key: VARCHAR
    String,    // VARCHAR
    Text,      // TEXT
    Integer,   // INTEGER
    Float,     // FLOAT (REAL on SQLite, double precision on PostgreSQL)
    Boolean,   // BOOLEAN: 0/1 on SQLite
    Json,      // JSON: text on SQLite, json (or jsonb) on PostgreSQL
    DateTime,  // naive UTC: DATETIME text on SQLite, timestamp without time zone on PostgreSQL
};

enum class TableGroup { IdentityAccess, CoreResources, Execution, Billing, Audit };

// What the app fills in on INSERT, as SQLAlchemy's Python-side defaults do (no DDL DEFAULTs).
enum class ColumnDefault { None, NewId, Now, Value };

// The shape a text value must have, beyond its length (RecordValidator checks it).
enum class TextFormat { None, Email, Slug };

// What a JSON column must hold; Any is just well-formed JSON.
enum class JsonShape {
    Any,
    StringArray,         // ["admin", "agents:read"]
    CountMap,            // {"agents": 10}: an object of whole numbers >= 0
    WorkflowDefinition,  // an object with "nodes" and "edges" arrays
};

struct ForeignKeySpec
{
    QString table;   // referenced table
    QString column;  // referenced column, always its primary key
    bool isValid() const { return !table.isEmpty(); }
};

struct ColumnSpec
{
    QString name;
    LogicalType type = LogicalType::String;
    bool nullable = true;
    bool primaryKey = false;
    bool autoIncrement = false;   // audit_logs.id: INTEGER PRIMARY KEY / SERIAL
    ColumnDefault defaultKind = ColumnDefault::None;
    QVariant defaultValue;        // for ColumnDefault::Value (JSON defaults as JSON text)
    ForeignKeySpec foreignKey;
    QStringList choices;          // enum choices the data model lists; empty when free text
    const char *label = nullptr;  // untranslated; use ColumnSpec::displayLabel()
    // The app's own rules: the platform's VARCHARs have no length and no CHECKs, so nothing
    // below is in the DDL; RecordValidator enforces it before writing.
    int maxLength = 0;                // characters (code points); 0 = no limit
    std::optional<double> minimum;    // Integer and Float columns
    std::optional<double> maximum;
    TextFormat format = TextFormat::None;
    JsonShape jsonShape = JsonShape::Any;
    bool isIpAddress = false;         // text holding an IP address: filterable by CIDR range

    QString displayLabel() const;
    bool isForeignKey() const { return foreignKey.isValid(); }
    bool isSecret() const;        // hashed_password, key_hash: masked for read-only operators
};

struct IndexSpec
{
    QString name;
    QStringList columns;
    bool unique = false;
};

struct TableSpec
{
    QString name;
    TableGroup group = TableGroup::CoreResources;
    const char *label = nullptr;  // untranslated; use TableSpec::displayLabel()
    const char *itemLabel = nullptr;  // one row, lower case, for inside a sentence: "another user"
    QString displayColumn;        // what a foreign key to this table shows (tenant -> name)
    QList<ColumnSpec> columns;
    QList<IndexSpec> indexes;
    bool newestFirst = false;     // big append-only tables open on their newest rows

    QString displayLabel() const;
    QString displayItemLabel() const;
    // The label inside a sentence ("12 users"): lower case in English, as it is in German.
    QString displayLabelInSentence() const;
    const ColumnSpec *column(const QString &columnName) const;
    int columnIndex(const QString &columnName) const;
    const ColumnSpec &primaryKey() const;
    bool hasColumn(const QString &columnName) const { return column(columnName) != nullptr; }
    bool isTenantScoped() const { return hasColumn(QStringLiteral("tenant_id")); }
    QStringList columnNames() const;
};

// A column elsewhere whose foreign key points at a table: "users.tenant_id" -> tenants.
struct IncomingReference
{
    QString table;
    QString column;
};

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static const QList<TableSpec> &tables();
    static const TableSpec *table(const QString &name);
    static QStringList tableNames();
    static QList<IncomingReference> referencesTo(const QString &tableName);
    static QString groupLabel(TableGroup group);
    static QList<TableGroup> groups();
    static QString typeName(LogicalType type);
};
