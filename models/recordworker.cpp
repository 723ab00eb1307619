#include "recordworker.h"
#include "apikey.h"
#include "databaseconnection.h"
#include "rowstatements.h"
#include "schema.h"
#include <QSqlQuery>
#include <QUuid>

RecordWorker::RecordWorker(const ConnectionSettings &settings)
    : m_settings(settings)
{
}

RecordWorker::~RecordWorker() = default;

bool RecordWorker::ensureOpen(QString *message)
{
    if (m_connection && m_connection->database().isOpen())
        return true;
    m_connection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("records")));
    const DatabaseConnection::Result opened = m_connection->open(m_settings);
    if (opened.ok())
        return true;
    *message = opened.message;
    m_connection.reset();
    return false;
}

void RecordWorker::write(quint64 ticket, const WriteContext &context, const Job &job)
{
    QString message;
    if (!ensureOpen(&message)) {
        RecordWriter::Result result;
        result.outcome = RecordWriter::Outcome::Failed;
        result.connectionLost = true;
        result.message = RecordWriter::tr("Could not reach the database; nothing was saved: %1").arg(message);
        emit written(ticket, result);
        return;
    }
    RecordWriter writer(m_connection->database(), context);
    const RecordWriter::Result result = job(writer);
    if (result.connectionLost)
        m_connection.reset();  // reopened by the next save: the reconnect
    emit written(ticket, result);
}

void RecordWorker::lookup(quint64 ticket, const QString &table, const QString &text, const QString &tenantId, int limit)
{
    QStringList ids;
    QStringList labels;
    QString message;
    const TableSpec *spec = Schema::table(table);
    if (spec && ensureOpen(&message)) {
        const SqlFragment statement = RowStatements::lookup(*spec, m_settings.backend, text, tenantId, limit);
        QSqlQuery q(m_connection->database());
        q.setForwardOnly(true);
        if (q.prepare(statement.sql)) {
            for (const QVariant &value : statement.values)
                q.addBindValue(value);
            if (q.exec()) {
                while (q.next()) {
                    ids.append(q.value(0).toString());
                    labels.append(q.value(1).toString());
                }
            }
        }
    }
    emit lookedUp(ticket, ids, labels);
}

void RecordWorker::findRecords(quint64 ticket, const QStringList &tables, const QString &text, const QString &tenantId,
                               int perTable)
{
    QStringList foundTables;
    QStringList ids;
    QStringList labels;
    QString message;
    const bool isId = !QUuid::fromString(text.trimmed()).isNull();
    if (!text.trimmed().isEmpty() && ensureOpen(&message)) {
        for (const QString &table : tables) {
            const TableSpec *spec = Schema::table(table);
            if (!spec)
                continue;
            // A table without a display column is searched by id only: its rows are many
            // (audit_logs, executions), and a contains-search would read them all.
            SqlFragment statement;
            if (!spec->displayColumn.isEmpty())
                statement = RowStatements::lookup(*spec, m_settings.backend, text.trimmed(), tenantId, perTable);
            else if (isId)
                statement = RowStatements::labelOf(*spec, text.trimmed());
            else
                continue;
            QSqlQuery q(m_connection->database());
            q.setForwardOnly(true);
            if (!q.prepare(statement.sql))
                continue;
            for (const QVariant &value : statement.values)
                q.addBindValue(value);
            if (!q.exec())
                continue;
            while (q.next()) {
                foundTables.append(table);
                ids.append(q.value(0).toString());
                labels.append(q.value(1).toString());
            }
        }
    }
    emit recordsFound(ticket, foundTables, ids, labels);
}

void RecordWorker::signIn(quint64 ticket, const QString &email, const QString &password)
{
    QString message;
    if (!ensureOpen(&message)) {
        OperatorAuthenticator::SignIn refused;
        refused.message = OperatorAuthenticator::tr("Could not reach the database: %1").arg(message);
        emit signedIn(ticket, refused);
        return;
    }
    emit signedIn(ticket, OperatorAuthenticator(m_connection->database()).signIn(email, password));
}

void RecordWorker::countReferences(quint64 ticket, const QString &table, const QStringList &ids)
{
    QStringList tables;
    QVariantList counts;
    QString message;
    const TableSpec *spec = Schema::table(table);
    if (spec && ensureOpen(&message)) {
        for (const QString &id : ids) {
            for (const auto &use : RecordWriter::references(m_connection->database(), *spec, id)) {
                const int at = int(tables.indexOf(use.first));
                if (at >= 0) {
                    counts[at] = counts.at(at).toLongLong() + use.second;
                } else {
                    tables.append(use.first);
                    counts.append(use.second);
                }
            }
        }
    }
    emit referencesCounted(ticket, tables, counts);
}

void RecordWorker::findKeyHint(quint64 ticket, const QString &apiKeyId)
{
    QString message;
    emit keyHintFound(ticket, ensureOpen(&message) ? ApiKey::storedHint(m_connection->database(), apiKeyId) : QString());
}
