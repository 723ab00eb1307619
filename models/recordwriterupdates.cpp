// RecordWriter's changes to existing rows: update, deactivate, delete, bulk (de)activation.
#include "recordwriter.h"
#include "auditentry.h"
#include "databaseconnection.h"
#include "pythonjson.h"
#include "recordvalidator.h"
#include "recordvalues.h"
#include "rowstatements.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString updatedAt = QStringLiteral("updated_at");
const QString isActive = QStringLiteral("is_active");

// The columns of `loaded` whose values differ between two rows.
QStringList differences(const TableSpec &table, const QVariantMap &loaded, const QVariantMap &a, const QVariantMap &b)
{
    QStringList columns;
    for (const ColumnSpec &column : table.columns) {
        if (loaded.contains(column.name) && !RecordValues::same(column, a.value(column.name), b.value(column.name)))
            columns.append(column.name);
    }
    return columns;
}

} // namespace

RecordWriter::Result RecordWriter::update(const TableSpec &table, const QVariantMap &loaded, const QVariantMap &edited,
                                          OnConflict onConflict)
{
    return saveChanges(table, loaded, edited, onConflict, QStringLiteral("update"));
}

RecordWriter::Result RecordWriter::deactivate(const TableSpec &table, const QVariantMap &loaded)
{
    if (!canDeactivate(table)) {
        Result result;
        result.outcome = Outcome::Refused;
        result.message = tr("%1 cannot be deactivated.").arg(table.displayLabel());
        return result;
    }
    // Someone else's edit to other fields does not matter here: is_active is all that changes.
    return saveChanges(table, loaded, {{isActive, false}}, OnConflict::Overwrite, QStringLiteral("deactivate"));
}

RecordWriter::Result RecordWriter::saveChanges(const TableSpec &table, const QVariantMap &loaded, const QVariantMap &edited,
                                               OnConflict onConflict, const QString &action)
{
    if (!m_context.op.canWrite() || table.name == QLatin1String("audit_logs"))
        return forbidden();
    const QVariant id = loaded.value(table.primaryKey().name);
    Result result;
    if (!begin(&result, table))
        return result;
    QVariantMap current;
    if (!readCurrent(table, id, &current, &result))
        return result;
    if (current.isEmpty()) {
        rollback();
        result.outcome = Outcome::Conflict;
        result.message = tr("This %1 was deleted by someone else since you opened it; nothing was saved.")
                             .arg(table.displayItemLabel());
        return result;
    }
    // Stale when updated_at moved on; where a table has none, when any column did.
    const bool hasStamp = table.hasColumn(updatedAt) && loaded.contains(updatedAt);
    const QStringList changedByOthers = differences(table, loaded, loaded, current);
    const bool stale = hasStamp ? !RecordValues::same(*table.column(updatedAt), loaded.value(updatedAt), current.value(updatedAt))
                                : !changedByOthers.isEmpty();
    const bool overwrite = stale && action == QLatin1String("update");
    if (stale && onConflict == OnConflict::Refuse) {
        rollback();
        result.outcome = Outcome::Conflict;
        result.row = current;
        result.changedByOthers = changedByOthers;
        result.changedByOthers.removeAll(updatedAt);
        QStringList labels;
        for (const QString &column : std::as_const(result.changedByOthers))
            labels.append(table.column(column)->displayLabel());
        result.message = labels.isEmpty()
            ? tr("Someone else saved this %1 since you opened it; nothing was saved.").arg(table.displayItemLabel())
            : tr("Someone else changed %1 of this %2 since you opened it; nothing was saved.")
                  .arg(labels.join(QStringLiteral(", ")), table.displayItemLabel());
        return result;
    }
    // The user's edits: what differs from the row they loaded (on overwrite, from the row as it is).
    QVariantMap next = current;
    const QVariantMap &base = (overwrite || action != QLatin1String("update")) ? current : loaded;
    for (const ColumnSpec &column : table.columns) {
        if (column.primaryKey || column.name == updatedAt || column.name == QLatin1String("created_at") || !edited.contains(column.name))
            continue;
        const QVariant value = RecordValues::normalized(column, edited.value(column.name));
        if (!RecordValues::same(column, base.value(column.name), value))
            next.insert(column.name, value);
    }
    if (differences(table, current, current, next).isEmpty()) {
        rollback();
        result.outcome = Outcome::Unchanged;
        result.row = current;
        result.message = tr("Nothing changed; nothing was saved.");
        return result;
    }
    if (!writeChanges(table, current, &next, action, overwrite, &result) || !commit(&result, table))
        return result;
    result.outcome = Outcome::Written;
    result.row = next;
    result.message = tr("Saved %1 %2.").arg(table.displayItemLabel(), id.toString());
    return result;
}

bool RecordWriter::writeChanges(const TableSpec &table, const QVariantMap &current, QVariantMap *next,
                                const QString &action, bool overwrite, Result *result)
{
    if (table.hasColumn(updatedAt))
        next->insert(updatedAt, ValueCodec::nowUtc());
    const QVariant id = current.value(table.primaryKey().name);
    const FieldProblems problems = RecordValidator::validate(m_db, table, *next, id);
    if (!problems.isEmpty()) {
        rollback();
        result->outcome = Outcome::Refused;
        result->problems = problems;
        result->message = problems.first().message;
        return false;
    }
    const QStringList columns = differences(table, current, current, *next);
    QSqlQuery q(m_db);
    if (!q.prepare(RowStatements(table, DatabaseConnection::backendOf(m_db)).update(columns))) {
        *result = failed(q.lastError(), table);
        return false;
    }
    for (const QString &column : columns)
        q.addBindValue(ValueCodec::toStorage(*table.column(column), next->value(column)));
    q.addBindValue(ValueCodec::toStorage(table.primaryKey(), id));
    if (m_hooks.beforeRowWrite)
        m_hooks.beforeRowWrite();
    if (!q.exec()) {
        *result = failed(q.lastError(), table);
        return false;
    }
    nlohmann::ordered_json changes = nlohmann::ordered_json::object();
    for (const QString &column : columns) {
        if (column == updatedAt)
            continue;
        const ColumnSpec &spec = *table.column(column);
        changes[column.toStdString()] = {{"old", RecordValues::toAuditJson(spec, current.value(column))},
                                         {"new", RecordValues::toAuditJson(spec, next->value(column))}};
    }
    nlohmann::ordered_json details = {{"table", table.name.toStdString()}, {"changes", changes}};
    if (overwrite)
        details["overwrite"] = true;  // saved over someone else's change, knowingly
    if (!m_context.reason.isEmpty())
        details["reason"] = m_context.reason.toStdString();
    return appendAudit(table, id.toString(), action, QString::fromStdString(PythonJson::dumps(details)), result);
}

QList<QPair<QString, qint64>> RecordWriter::references(const QSqlDatabase &db, const TableSpec &table, const QVariant &id)
{
    QList<QPair<QString, qint64>> counts;
    for (const IncomingReference &reference : Schema::referencesTo(table.name)) {
        QSqlQuery q(db);
        if (!q.prepare(RowStatements::countReferences(reference.table, reference.column)))
            continue;  // a drifted database may lack the table
        q.addBindValue(ValueCodec::toStorage(table.primaryKey(), id));
        if (q.exec() && q.next() && q.value(0).toLongLong() > 0) {
            const int at = int(std::find_if(counts.begin(), counts.end(),
                                            [&](const auto &c) { return c.first == reference.table; }) - counts.begin());
            if (at < counts.size())
                counts[at].second += q.value(0).toLongLong();
            else
                counts.append({reference.table, q.value(0).toLongLong()});
        }
    }
    return counts;
}

RecordWriter::Result RecordWriter::remove(const TableSpec &table, const QVariantMap &loaded)
{
    if (!m_context.op.canWrite())
        return forbidden();
    Result result;
    if (!canDelete(table)) {
        result.outcome = Outcome::Refused;
        result.message = canDeactivate(table) ? tr("%1 are deactivated, never deleted.").arg(table.displayLabel())
                                              : tr("%1 cannot be deleted.").arg(table.displayLabel());
        return result;
    }
    const QVariant id = loaded.value(table.primaryKey().name);
    if (!begin(&result, table))
        return result;
    QVariantMap current;
    if (!readCurrent(table, id, &current, &result))
        return result;
    const QStringList changed = differences(table, loaded, loaded, current);
    if (current.isEmpty() || !changed.isEmpty()) {
        rollback();
        result.outcome = Outcome::Conflict;
        result.row = current;
        result.changedByOthers = changed;
        result.message = current.isEmpty() ? tr("This %1 was already deleted.").arg(table.displayItemLabel())
                                           : tr("Someone else changed this %1 since you opened it; it was not deleted.")
                                                 .arg(table.displayItemLabel());
        return result;
    }
    const QList<QPair<QString, qint64>> users = references(m_db, table, id);
    if (!users.isEmpty()) {
        rollback();
        QStringList parts;
        for (const auto &use : users)
            parts.append(tr("%1 %2").arg(use.second).arg(Schema::table(use.first)->displayLabelInSentence()));
        result.outcome = Outcome::Refused;
        result.message = tr("This %1 is still used by %2; it was not deleted.")
                             .arg(table.displayItemLabel(), parts.join(QStringLiteral(", ")));
        result.problems = {{QString(), result.message}};
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(RowStatements(table, DatabaseConnection::backendOf(m_db)).remove());
    q.addBindValue(ValueCodec::toStorage(table.primaryKey(), id));
    if (!q.exec())
        return failed(q.lastError(), table);
    nlohmann::ordered_json deleted = nlohmann::ordered_json::object();
    for (const ColumnSpec &column : table.columns)
        deleted[column.name.toStdString()] = RecordValues::toAuditJson(column, current.value(column.name));
    nlohmann::ordered_json details = {{"table", table.name.toStdString()}, {"deleted", deleted}};
    if (!m_context.reason.isEmpty())
        details["reason"] = m_context.reason.toStdString();
    if (!appendAudit(table, id.toString(), QStringLiteral("delete"), QString::fromStdString(PythonJson::dumps(details)), &result)
        || !commit(&result, table))
        return result;
    result.outcome = Outcome::Written;
    result.message = tr("Deleted %1 %2.").arg(table.displayItemLabel(), id.toString());
    return result;
}

RecordWriter::Result RecordWriter::setActive(const TableSpec &table, const QList<QVariantMap> &loadedRows, bool active)
{
    if (!m_context.op.canWrite())
        return forbidden();
    Result result;
    if (!canDeactivate(table)) {
        result.outcome = Outcome::Refused;
        result.message = tr("%1 cannot be deactivated.").arg(table.displayLabel());
        return result;
    }
    if (!begin(&result, table))
        return result;
    const QString action = active ? QStringLiteral("activate") : QStringLiteral("deactivate");
    int changed = 0;
    for (const QVariantMap &loaded : loadedRows) {
        QVariantMap current;
        if (!readCurrent(table, loaded.value(table.primaryKey().name), &current, &result))
            return result;
        if (current.isEmpty() || current.value(isActive).toBool() == active)
            continue;  // gone meanwhile, or already as asked
        QVariantMap next = current;
        next.insert(isActive, active);
        if (!writeChanges(table, current, &next, action, false, &result))
            return result;
        ++changed;
    }
    if (!commit(&result, table))
        return result;
    result.outcome = changed > 0 ? Outcome::Written : Outcome::Unchanged;
    result.message = active ? tr("Activated %n record(s).", nullptr, changed) : tr("Deactivated %n record(s).", nullptr, changed);
    return result;
}
