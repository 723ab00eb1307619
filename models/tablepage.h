#pragma once
#include "pagerequest.h"
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>

// Plain values passed from the query worker to the UI thread by queued signal.

// One block of consecutive rows. Each row holds the selected columns (decoded by
// ValueCodec::fromStorage) followed by one display value per foreign-key column.
struct TablePage
{
    quint64 generation = 0;   // the model's query generation the page answers
    PageRequest request;      // what was asked, so the model knows where the rows go
    QList<QVector<QVariant>> rows;
    // The first and last rows' keys, exactly as stored, for the neighbours' keyset queries.
    QVariant firstSort, firstKey, lastSort, lastKey;
    qint64 elapsedMs = 0;
    bool partial = false;     // the first rows only (PageRequest::firstRows); the rest follows
};

struct TableCount
{
    QString table;
    qint64 rows = -1;         // -1 when unknown (missing table, failed query)
    bool estimated = false;   // PostgreSQL planner estimate: shown with ≈
};
using TableCounts = QList<TableCount>;

struct RowCountResult
{
    quint64 generation = 0;
    TableCount count;
    // The smallest and largest non-null sort values in traversal order: where a jump into
    // the middle estimates its key.
    QVariant firstSortValue, lastSortValue;
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(TablePage)
Q_DECLARE_METATYPE(TableCounts)
Q_DECLARE_METATYPE(RowCountResult)
