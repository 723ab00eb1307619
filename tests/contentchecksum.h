#pragma once
#include <QByteArray>
#include <QSqlDatabase>

// A hash of every Agent Factory table's content, independent of row order and backend: each
// value is decoded for its logical type and written in one canonical form, so the same demo
// on SQLite and on PostgreSQL hashes alike. Empty when a table cannot be read.
class ContentChecksum
{
public:
    static QByteArray of(const QSqlDatabase &db);
};
