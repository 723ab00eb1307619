#pragma once
#include "fieldproblem.h"
#include "operatoridentity.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class QSqlError;
struct TableSpec;

// Who writes, why, and from where: every audit row the write path leaves carries these.
struct WriteContext
{
    OperatorIdentity op;
    QString reason;     // stated when writes were enabled on a production connection
    QString ipAddress;  // the operator machine's address (LocalAddress::primary())
};

// The one write path. Each save is one transaction that holds the row change and its audit_logs
// row (event_type admin.<action>, the operator, the changed fields old and new with secrets
// masked, the reason, the address): both land, or neither does.
//
// Before writing it checks, inside the transaction, that the operator may write, that the row
// has not changed since the form loaded it (updated_at where the table has one, every column
// where it has none: a stale save is refused with the columns someone else changed, unless the
// caller chose to overwrite, which the audit row records), and that the values pass
// RecordValidator. A unique index the database enforces against a racing writer gives the same
// field message as the check. Values are application values (ValueCodec::fromStorage's types).
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)
public:
    enum class Outcome {
        Written,
        Unchanged,  // nothing differed from the loaded row: nothing written, no audit row
        Refused,    // problems name the fields
        Conflict,   // someone else changed the row (or deleted it) since it was loaded
        Forbidden,  // the operator may not write
        Failed,     // the database failed; message says how; connectionLost when it went away
    };
    enum class OnConflict { Refuse, Overwrite };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString message;             // translated, for the user
        FieldProblems problems;      // Refused
        QVariantMap row;             // Written: the row as stored; Conflict: the row as it is now
        QStringList changedByOthers; // Conflict: columns that differ from the loaded row
        bool connectionLost = false;
        bool ok() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
    };

    RecordWriter(const QSqlDatabase &db, const WriteContext &context);

    // notes: extra entries for the audit row's details (an issued API key's hint).
    Result create(const TableSpec &table, const QVariantMap &values, const QVariantMap &notes = {});
    // loaded: the row as the form read it; edited: its columns with the user's edits. Only the
    // columns that differ from loaded are written; on Overwrite, every column of edited that
    // differs from the row as it is now (the form as its user sees it wins).
    Result update(const TableSpec &table, const QVariantMap &loaded, const QVariantMap &edited,
                  OnConflict onConflict = OnConflict::Refuse);
    // is_active false; for tenants, users, projects and api_keys, which are never deleted.
    Result deactivate(const TableSpec &table, const QVariantMap &loaded);
    // Only where the data model allows it (canDelete) and nothing references the row.
    Result remove(const TableSpec &table, const QVariantMap &loaded);
    // Bulk activate / deactivate: one transaction, one audit row per record that changes.
    Result setActive(const TableSpec &table, const QList<QVariantMap> &loadedRows, bool active);
    // Several saves as one transaction (a tenant and its subscription): the saves `steps` makes
    // through this writer join it, and the first one refused or failed rolls every one back.
    // Returns that save's result, else the last one's.
    Result together(const std::function<Result(RecordWriter &)> &steps);

    QSqlDatabase database() const { return m_db; }

    // The row as a form loads it (application values by column); empty when there is none.
    static QVariantMap load(const QSqlDatabase &db, const TableSpec &table, const QVariant &id);
    static bool canDeactivate(const TableSpec &table);
    static bool canDelete(const TableSpec &table);
    // Rows of other tables pointing at this one through a foreign key, by table (for previews).
    static QList<QPair<QString, qint64>> references(const QSqlDatabase &db, const TableSpec &table, const QVariant &id);

    // For tests: a racing writer slipped in after the checks, or a failure between the row
    // write and the audit row (afterRowWrite returning false fails the save there).
    struct TestHooks
    {
        std::function<void()> beforeRowWrite;
        std::function<bool()> afterRowWrite;
    };
    void setTestHooks(const TestHooks &hooks) { m_hooks = hooks; }

private:
    Result forbidden() const;
    Result failed(const QSqlError &error, const TableSpec &table);
    bool begin(Result *result, const TableSpec &table);
    void rollback();
    bool commit(Result *result, const TableSpec &table);
    bool readCurrent(const TableSpec &table, const QVariant &id, QVariantMap *row, Result *result);
    Result saveChanges(const TableSpec &table, const QVariantMap &loaded, const QVariantMap &edited,
                       OnConflict onConflict, const QString &action);
    bool writeChanges(const TableSpec &table, const QVariantMap &current, QVariantMap *next,
                      const QString &action, bool overwrite, Result *result);
    bool appendAudit(const TableSpec &table, const QString &resourceId, const QString &action,
                     const QString &detailsJson, Result *result);

    QSqlDatabase m_db;
    WriteContext m_context;
    TestHooks m_hooks;
    bool m_grouped = false;  // inside together(): it begins, commits and rolls back
};
