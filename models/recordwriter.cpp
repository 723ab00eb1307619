#include "recordwriter.h"
#include "auditentry.h"
#include "databaseconnection.h"
#include "jsontext.h"
#include "pythonjson.h"
#include "recordvalues.h"
#include "recordvalidator.h"
#include "rowstatements.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>
#include <nlohmann/json.hpp>

namespace {

const QString updatedAt = QStringLiteral("updated_at");
const QString createdAt = QStringLiteral("created_at");
const QString isActive = QStringLiteral("is_active");

bool isConnectionError(const QSqlDatabase &db, const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError || !db.isOpen())
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("connection to server"));
}

} // namespace

RecordWriter::RecordWriter(const QSqlDatabase &db, const WriteContext &context)
    : m_db(db)
    , m_context(context)
{
}

QVariantMap RecordWriter::load(const QSqlDatabase &db, const TableSpec &table, const QVariant &id)
{
    QVariantMap row;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(RowStatements(table, DatabaseConnection::backendOf(db)).select()))
        return row;
    q.addBindValue(ValueCodec::toStorage(table.primaryKey(), id));
    if (q.exec() && q.next()) {
        for (int i = 0; i < table.columns.size(); ++i)
            row.insert(table.columns.at(i).name, ValueCodec::fromStorage(table.columns.at(i), q.value(i)));
    }
    return row;
}

bool RecordWriter::canDeactivate(const TableSpec &table)
{
    return table.hasColumn(isActive);
}

bool RecordWriter::canDelete(const TableSpec &table)
{
    // Rows with is_active are deactivated, never deleted; the audit trail is never rewritten.
    return !canDeactivate(table) && table.name != QLatin1String("audit_logs");
}

RecordWriter::Result RecordWriter::forbidden() const
{
    Result result;
    result.outcome = Outcome::Forbidden;
    result.message = m_context.op.canRead() ? tr("You are signed in read-only: this change was not saved.")
                                            : tr("Sign in with an administrator account to make changes.");
    return result;
}

RecordWriter::Result RecordWriter::failed(const QSqlError &error, const TableSpec &table)
{
    rollback();
    Result result;
    if (const std::optional<FieldProblem> unique = RecordValidator::fromDatabaseError(table, error)) {
        result.outcome = Outcome::Refused;
        result.problems = {*unique};
        result.message = unique->message;
        return result;
    }
    qWarning("write to %s failed: %s", qPrintable(table.name), qPrintable(error.text()));
    result.outcome = Outcome::Failed;
    result.connectionLost = isConnectionError(m_db, error);
    const QString code = error.nativeErrorCode();
    if (result.connectionLost)
        result.message = tr("The connection to the database was lost; nothing was saved. Reconnect and save again: your edits are kept.");
    else if (code == QLatin1String("23503") || error.databaseText().contains(QLatin1String("FOREIGN KEY")))
        result.message = tr("A record this %1 refers to no longer exists; nothing was saved.").arg(table.displayItemLabel());
    else if (error.databaseText().contains(QLatin1String("locked")) || error.databaseText().contains(QLatin1String("busy")))
        result.message = tr("The database is busy with another writer; nothing was saved. Try again in a moment.");
    else
        result.message = tr("The database refused the change; nothing was saved.");
    return result;
}

bool RecordWriter::begin(Result *result, const TableSpec &table)
{
    if (m_grouped)
        return true;
    QSqlQuery q(m_db);
    if (q.exec(RowStatements::begin(DatabaseConnection::backendOf(m_db))))
        return true;
    *result = failed(q.lastError(), table);
    return false;
}

void RecordWriter::rollback()
{
    // Also ends a PostgreSQL transaction an error has aborted; harmless when none is open.
    // Inside together() a save that wrote nothing must not undo the saves before it: the
    // group rolls back itself when a save is refused or fails.
    if (m_db.isOpen() && !m_grouped)
        m_db.rollback();
}

bool RecordWriter::commit(Result *result, const TableSpec &table)
{
    if (m_grouped || m_db.commit())
        return true;
    *result = failed(m_db.lastError(), table);
    return false;
}

bool RecordWriter::readCurrent(const TableSpec &table, const QVariant &id, QVariantMap *row, Result *result)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(RowStatements(table, DatabaseConnection::backendOf(m_db)).selectForUpdate())) {
        *result = failed(q.lastError(), table);
        return false;
    }
    q.addBindValue(ValueCodec::toStorage(table.primaryKey(), id));
    if (!q.exec()) {
        *result = failed(q.lastError(), table);
        return false;
    }
    row->clear();
    if (q.next()) {
        for (int i = 0; i < table.columns.size(); ++i)
            row->insert(table.columns.at(i).name, ValueCodec::fromStorage(table.columns.at(i), q.value(i)));
    }
    return true;
}

bool RecordWriter::appendAudit(const TableSpec &table, const QString &resourceId, const QString &action,
                               const QString &detailsJson, Result *result)
{
    if (m_hooks.afterRowWrite && !m_hooks.afterRowWrite()) {
        *result = failed(QSqlError(QStringLiteral("injected fault"), QStringLiteral("injected fault")), table);
        return false;
    }
    AuditEntry entry;
    entry.eventType = QStringLiteral("admin.") + action;
    entry.userId = m_context.op.userId;
    entry.resourceType = AuditEntry::resourceTypeOf(table.name);
    entry.resourceId = resourceId;
    entry.action = action;
    entry.success = true;
    entry.detailsJson = detailsJson;
    entry.ipAddress = m_context.ipAddress;
    const QSqlError error = entry.append(m_db);
    if (error.type() == QSqlError::NoError)
        return true;
    *result = failed(error, table);
    return false;
}

RecordWriter::Result RecordWriter::create(const TableSpec &table, const QVariantMap &values, const QVariantMap &notes)
{
    if (!m_context.op.canWrite() || table.name == QLatin1String("audit_logs"))
        return forbidden();
    QVariantMap row;
    const QDateTime now = ValueCodec::nowUtc();
    for (const ColumnSpec &column : table.columns) {
        if (column.autoIncrement)
            continue;
        if (column.name == createdAt || column.name == updatedAt)
            row.insert(column.name, now);
        else if (column.primaryKey)
            row.insert(column.name, ValueCodec::newId());  // never the user's: a duplicate would copy its id
        else
            row.insert(column.name, RecordValues::normalized(column, values.contains(column.name) ? values.value(column.name)
                                                                                     : ValueCodec::defaultFor(column)));
    }
    Result result;
    if (!begin(&result, table))
        return result;
    const FieldProblems problems = RecordValidator::validate(m_db, table, row);
    if (!problems.isEmpty()) {
        rollback();
        result.outcome = Outcome::Refused;
        result.problems = problems;
        result.message = problems.first().message;
        return result;
    }
    QSqlQuery q(m_db);
    const QStringList columns = row.keys();
    if (!q.prepare(RowStatements(table, DatabaseConnection::backendOf(m_db)).insert(columns)))
        return failed(q.lastError(), table);
    for (const QString &column : columns)
        q.addBindValue(ValueCodec::toStorage(*table.column(column), row.value(column)));
    if (m_hooks.beforeRowWrite)
        m_hooks.beforeRowWrite();
    if (!q.exec())
        return failed(q.lastError(), table);
    nlohmann::ordered_json changes = nlohmann::ordered_json::object();
    for (const ColumnSpec &column : table.columns) {
        if (row.contains(column.name) && !row.value(column.name).isNull() && column.name != updatedAt)
            changes[column.name.toStdString()] = {{"old", nullptr}, {"new", RecordValues::toAuditJson(column, row.value(column.name))}};
    }
    nlohmann::ordered_json details = {{"table", table.name.toStdString()}, {"changes", changes}};
    for (auto note = notes.cbegin(); note != notes.cend(); ++note)
        details[note.key().toStdString()] = note.value().toString().toStdString();
    if (!m_context.reason.isEmpty())
        details["reason"] = m_context.reason.toStdString();
    const QString id = row.value(table.primaryKey().name).toString();
    if (!appendAudit(table, id, QStringLiteral("create"), QString::fromStdString(PythonJson::dumps(details)), &result)
        || !commit(&result, table))
        return result;
    result.outcome = Outcome::Written;
    result.row = row;
    result.message = tr("Created %1 %2.").arg(table.displayItemLabel(), id);
    return result;
}

RecordWriter::Result RecordWriter::together(const std::function<Result(RecordWriter &)> &steps)
{
    Result result;
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));  // names failures of the group itself
    if (!m_context.op.canWrite())
        return forbidden();
    if (m_grouped)
        return steps(*this);
    if (!begin(&result, *audit))
        return result;
    m_grouped = true;
    result = steps(*this);
    m_grouped = false;
    if (!result.ok()) {
        rollback();
        return result;
    }
    Result committed = result;
    if (!commit(&committed, *audit))
        return committed;
    return result;
}
