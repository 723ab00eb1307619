#pragma once
#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// What the hostile-input tests compare before and after: the schema as the catalog describes
// it, and every row of every table by primary key, so that a change can be told apart from
// the writes a test intended (one edited row, its audit row).
namespace HostileState {

// Tables, columns with their types, nullability and defaults, indexes, views, triggers,
// sequences, functions, roles and grants (PostgreSQL), read from the catalog; the whole
// sqlite_master and every table's table_info (SQLite). Empty when the catalog cannot be read.
QByteArray schemaChecksum(const QSqlDatabase &db);

// table -> primary key -> a digest of the row's values, decoded per logical type as
// ContentChecksum does.
using Rows = QHash<QString, QHash<QString, QByteArray>>;
Rows rows(const QSqlDatabase &db, QString *error = nullptr);

struct Change
{
    enum class Kind { Added, Removed, Changed };
    Kind kind;
    QString table;
    QString key;
};
QList<Change> differences(const Rows &before, const Rows &after);
QString describe(const QList<Change> &changes);  // one line a change, for a failure message

} // namespace HostileState
