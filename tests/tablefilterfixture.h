#pragma once
#include "backend.h"
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

// One row as read back for the C++ reference: values decoded per logical type (QString,
// qlonglong, double, bool; datetimes as canonical "YYYY-MM-DD HH:MM:SS.ffffff" text; JSON as
// its stored text); a null QVariant for NULL.
struct RefRow
{
    QString id;
    QHash<QString, QVariant> values;
};
using RefTables = QHash<QString, QList<RefRow>>;

// Rows for every table, with the values filters get wrong: %, _, ', \, SQL in text, unicode,
// emoji, RTL marks, very long text, NULLs next to empty strings, JSON with nested values and
// keys holding dots, quotes, spaces and \u-escaped letters.
class TableFilterFixture
{
public:
    static QString populate(const QSqlDatabase &db, Backend backend);  // empty, or the error
    static RefTables readAll(const QSqlDatabase &db, QString *error);
    // A hash of every table's content, to prove a filter changed nothing.
    static QByteArray checksum(const QSqlDatabase &db);

    static QString tenantId(int index);  // tenantCount tenants; the last owns no rows
    static QString userId(int index);
    static constexpr int tenantCount = 13;
    static constexpr int userCount = 41;
    static QStringList words();          // the text vocabulary, hostile entries included
    // audit_logs.ip_address values at the edges of CIDR ranges, in both families, and text
    // that is no address at all; each is stored on one row at least.
    static QStringList ipEdges();
    static QString longText();           // ~70 000 characters, past SQLite's LIKE pattern limit
    static QString canonicalDateTime(const QString &stored);
};
