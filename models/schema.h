#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

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
    QString displayColumn;        // what a foreign key to this table shows (tenant -> name)
    QList<ColumnSpec> columns;
    QList<IndexSpec> indexes;
    bool newestFirst = false;     // big append-only tables open on their newest rows

    QString displayLabel() const;
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
