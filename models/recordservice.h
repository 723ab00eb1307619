#pragma once
#include "connectionsettings.h"
#include "recordworker.h"
#include <QObject>
#include <QThread>

// The forms' way to the database: saves through the write path and foreign-key lookups, each
// answered by signal with the ticket submit() returned. Owns the RecordWorker's thread. The
// write context (the signed-in operator, the stated reason) travels with every save.
class RecordService : public QObject
{
    Q_OBJECT
public:
    explicit RecordService(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~RecordService() override;

    void setContext(const WriteContext &context) { m_context = context; }
    const WriteContext &context() const { return m_context; }
    const ConnectionSettings &settings() const { return m_settings; }

    quint64 write(const RecordWorker::Job &job);
    quint64 countReferences(const QString &table, const QStringList &ids);
    quint64 signIn(const QString &email, const QString &password);
    quint64 lookup(const QString &table, const QString &text, const QString &tenantId = QString(), int limit = 20);
    quint64 findKeyHint(const QString &apiKeyId);
    quint64 findRecords(const QStringList &tables, const QString &text, const QString &tenantId = QString(), int perTable = 5);

signals:
    void referencesCounted(quint64 ticket, const QStringList &tables, const QVariantList &counts);
    void signedIn(quint64 ticket, const OperatorAuthenticator::SignIn &result);
    void written(quint64 ticket, const RecordWriter::Result &result);
    void lookedUp(quint64 ticket, const QStringList &ids, const QStringList &labels);
    void keyHintFound(quint64 ticket, const QString &hint);
    void recordsFound(quint64 ticket, const QStringList &tables, const QStringList &ids, const QStringList &labels);

private:
    ConnectionSettings m_settings;
    WriteContext m_context;
    QThread m_thread;
    RecordWorker *m_worker = nullptr;  // lives on m_thread, deleted when it finishes
    quint64 m_nextTicket = 0;
};
