#include "hostilestate.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "schema.h"
#include "valuecodec.h"
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace HostileState {

namespace {

bool addRows(const QSqlDatabase &db, const QString &sql, QCryptographicHash *hash)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qWarning("schema checksum: %s in %s", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    const int columns = q.record().count();
    while (q.next()) {
        for (int i = 0; i < columns; ++i) {
            hash->addData(q.value(i).toString().toUtf8());
            hash->addData(QByteArrayView("\x1f"));
        }
        hash->addData(QByteArrayView("\n"));
    }
    return true;
}

} // namespace

QByteArray schemaChecksum(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList statements;
    if (DatabaseConnection::backendOf(db) == Backend::SQLite) {
        statements << QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
                   << QStringLiteral("SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
                                     "FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                                     "WHERE m.type = 'table' ORDER BY m.name, p.cid")
                   << QStringLiteral("SELECT name FROM pragma_database_list ORDER BY name");
    } else {
        const QString mine = QStringLiteral("NOT IN ('pg_catalog', 'information_schema', 'pg_toast')");
        statements << QStringLiteral("SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default "
                                     "FROM information_schema.columns WHERE table_schema %1 ORDER BY 1, 2, 3").arg(mine)
                   << QStringLiteral("SELECT n.nspname, c.relname, c.relkind FROM pg_class c "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname %1 "
                                     "AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%' ORDER BY 1, 2").arg(mine)
                   << QStringLiteral("SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes "
                                     "WHERE schemaname %1 ORDER BY 1, 2, 3").arg(mine)
                   << QStringLiteral("SELECT event_object_table, trigger_name, action_statement FROM information_schema.triggers "
                                     "ORDER BY 1, 2")
                   << QStringLiteral("SELECT n.nspname, p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                     "WHERE n.nspname %1 ORDER BY 1, 2").arg(mine)
                   << QStringLiteral("SELECT nspname FROM pg_namespace ORDER BY 1")
                   << QStringLiteral("SELECT rolname, rolsuper, rolcanlogin FROM pg_roles ORDER BY 1")
                   << QStringLiteral("SELECT grantee, table_schema, table_name, privilege_type "
                                     "FROM information_schema.role_table_grants WHERE table_schema %1 ORDER BY 1, 2, 3, 4").arg(mine);
    }
    for (const QString &sql : std::as_const(statements)) {
        hash.addData(sql.toUtf8());
        if (!addRows(db, sql, &hash))
            return {};
    }
    return hash.result().toHex();
}

Rows rows(const QSqlDatabase &db, QString *error)
{
    Rows all;
    const Backend backend = DatabaseConnection::backendOf(db);
    for (const TableSpec &table : Schema::tables()) {
        QStringList names;
        for (const ColumnSpec &c : table.columns)
            names.append(Ddl::quoteIdentifier(c.name, backend));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table.name))) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        int key = 0;
        for (int i = 0; i < table.columns.size(); ++i)
            key = table.columns.at(i).primaryKey ? i : key;
        QHash<QString, QByteArray> &tableRows = all[table.name];
        while (q.next()) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (int i = 0; i < table.columns.size(); ++i) {
                const ColumnSpec &c = table.columns.at(i);
                const QVariant v = ValueCodec::fromStorage(c, q.value(i));
                QString cell;
                if (v.isNull())
                    cell = QStringLiteral("\\N");
                else if (c.type == LogicalType::DateTime)
                    cell = ValueCodec::encodeDateTime(v.toDateTime());
                else if (c.type == LogicalType::Float)
                    cell = QString::number(v.toDouble(), 'g', 17);
                else if (c.type == LogicalType::Boolean)
                    cell = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
                else
                    cell = v.toString();
                hash.addData(cell.toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            tableRows.insert(q.value(key).toString(), hash.result());
        }
    }
    return all;
}

QList<Change> differences(const Rows &before, const Rows &after)
{
    QList<Change> changes;
    QStringList tables = before.keys() + after.keys();
    tables.removeDuplicates();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        const QHash<QString, QByteArray> was = before.value(table);
        const QHash<QString, QByteArray> now = after.value(table);
        for (auto it = was.cbegin(); it != was.cend(); ++it) {
            if (!now.contains(it.key()))
                changes.append({Change::Kind::Removed, table, it.key()});
            else if (now.value(it.key()) != it.value())
                changes.append({Change::Kind::Changed, table, it.key()});
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!was.contains(it.key()))
                changes.append({Change::Kind::Added, table, it.key()});
        }
    }
    return changes;
}

QString describe(const QList<Change> &changes)
{
    QStringList lines;
    for (const Change &c : changes) {
        const char *kind = c.kind == Change::Kind::Added ? "added" : c.kind == Change::Kind::Removed ? "removed" : "changed";
        lines.append(QStringLiteral("%1 %2 %3").arg(c.table, c.key, QLatin1String(kind)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace HostileState
