#pragma once
#include "connectionsettings.h"
#include "operatorauthenticator.h"
#include "recordwriter.h"
#include <QObject>
#include <functional>
#include <memory>

class DatabaseConnection;

// Runs the write path and a form's lookups on its own thread and connection, so a save that
// waits for a lock or a slow server never freezes the window. Call it through queued
// invocations only (RecordService does); results come back by signal.
class RecordWorker : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<RecordWriter::Result(RecordWriter &)>;

    explicit RecordWorker(const ConnectionSettings &settings);
    ~RecordWorker() override;

    void write(quint64 ticket, const WriteContext &context, const Job &job);
    // Rows of `table` whose display column contains `text` (or whose id is `text`), at most
    // `limit`, narrowed to one tenant's rows when the table has tenants and tenantId is given.
    void lookup(quint64 ticket, const QString &table, const QString &text, const QString &tenantId, int limit);

    // The command palette's records: in each table with a display column the rows whose display
    // value contains `text` (at most perTable each), and where `text` is a uuid, the row of any
    // table with that id. Tables the database lacks are passed over.
    void findRecords(quint64 ticket, const QStringList &tables, const QString &text, const QString &tenantId, int perTable);

    // For a preview before (de)activating or deleting: how many rows of other tables point at
    // these rows through a foreign key, by table (summed over the ids).
    void countReferences(quint64 ticket, const QString &table, const QStringList &ids);
    // bcrypt takes a quarter second and the audit row a round trip: off the UI thread too.
    void signIn(quint64 ticket, const QString &email, const QString &password);
    // An issued API key's hint ("afk_…wXyZ") from its audit row: audit_logs has no index on
    // resource_id, so this may take a while on a big trail.
    void findKeyHint(quint64 ticket, const QString &apiKeyId);

signals:
    void referencesCounted(quint64 ticket, const QStringList &tables, const QVariantList &counts);
    void signedIn(quint64 ticket, const OperatorAuthenticator::SignIn &result);
    void written(quint64 ticket, const RecordWriter::Result &result);
    void lookedUp(quint64 ticket, const QStringList &ids, const QStringList &labels);
    void keyHintFound(quint64 ticket, const QString &hint);
    void recordsFound(quint64 ticket, const QStringList &tables, const QStringList &ids, const QStringList &labels);

private:
    bool ensureOpen(QString *message);

    ConnectionSettings m_settings;
    std::unique_ptr<DatabaseConnection> m_connection;
};

Q_DECLARE_METATYPE(RecordWriter::Result)
Q_DECLARE_METATYPE(OperatorAuthenticator::SignIn)
