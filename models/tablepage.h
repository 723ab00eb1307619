#pragma once
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
    int firstRow = 0;
    QList<QVector<QVariant>> rows;
    qint64 elapsedMs = 0;
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
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(TablePage)
Q_DECLARE_METATYPE(TableCounts)
Q_DECLARE_METATYPE(RowCountResult)
