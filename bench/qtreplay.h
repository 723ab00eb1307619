#pragma once
#include <QString>

class QSqlDatabase;
class TableQuery;
struct SqlFragment;

// The middle rung between the raw driver and the model: the same statement through QSqlQuery
// (QSQLITE / QPSQL, forward-only) with the worker's decoding of each value, on the calling
// thread. The gap raw -> Qt is the Qt driver's; the gap Qt -> model is the model's own
// (threads, queued signals, the UI thread's other work).
class QtReplay
{
public:
    // Milliseconds, or -1 with *error set.
    static double time(const QSqlDatabase &db, const TableQuery &query, const SqlFragment &statement, int *rows,
                       QString *error);
};
