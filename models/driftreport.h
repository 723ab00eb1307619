#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One way the database differs from the data model.
struct DriftItem
{
    enum class Kind {
        MissingTable,
        MissingColumn,
        ExtraColumn,
        TypeMismatch,
        UnexpectedNotNull,        // NOT NULL where the data model allows no value: inserts fail
        NotAutoIncrement,         // audit_logs.id does not number itself
        PrimaryKeyMismatch,
        MissingForeignKey,
        MissingIndex,
        IndexNotUnique,
        IndexUnexpectedlyUnique,
        IndexColumnsDiffer,
    };

    QString table;
    QString column;                 // empty for a table-level difference
    Kind kind = Kind::MissingTable;
    QString problem;                // translated: "missing column (not in the old migration)"
    bool fromOldMigration = false;  // one of the differences data-model.md lists under "Migration Status"

    QString line() const;           // "table.column: problem" or "table: problem"
};

// The drift check's answer, shaped for the GUI (which tables and columns it can use, and why
// not) and for afadmin-cli check-schema (one line per difference).
class DriftReport
{
    Q_DECLARE_TR_FUNCTIONS(DriftReport)
public:
    DriftReport() = default;
    static DriftReport notAgentFactoryDatabase(const QString &reason);

    void append(const DriftItem &item);
    const QList<DriftItem> &items() const { return m_items; }
    QList<DriftItem> itemsFor(const QString &table) const;

    bool isClean() const { return m_items.isEmpty() && isAgentFactoryDatabase(); }
    bool isAgentFactoryDatabase() const { return m_notAgentFactoryReason.isEmpty(); }
    QString notAgentFactoryReason() const { return m_notAgentFactoryReason; }

    // Every table counts as missing when the database is not an Agent Factory database.
    bool isTableMissing(const QString &table) const;
    bool isColumnMissing(const QString &table, const QString &column) const;
    bool hasDrift(const QString &table) const;

    // With a column: that column's problems, joined by "; ". Without: the table's own problems,
    // then each column's as "column: problem", one per line. Empty when there is nothing to say.
    QString reasonFor(const QString &table, const QString &column = QString()) const;
    QStringList lines() const;
    int oldMigrationCount() const;

private:
    QList<DriftItem> m_items;
    QString m_notAgentFactoryReason;
};
