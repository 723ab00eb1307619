#pragma once
#include "tablefilter.h"
#include "tablefilterfixture.h"
#include <QList>

struct FilterCase
{
    QString name;
    QString table;
    FilterSet set;
};

// The filters tst_tablefilter runs, on a real database, against TableFilterReference.
class TableFilterCases
{
public:
    // Chosen one by one for what they pin down (case folding, exact ids, rounding, JSON keys...).
    static QList<FilterCase> handPicked(const RefTables &rows);
    // Every op every column of every table offers, with values taken from the data.
    static QList<FilterCase> everyColumnEveryOp(const RefTables &rows);
    // Hostile text on every surface that takes text: columns, JSON keys, quick search, lens.
    static QList<FilterCase> hostile();

    static ColumnFilter filter(const QString &column, ColumnFilter::Op op, const QVariant &value = {},
                               const QVariant &value2 = {}, const QString &key = {});
    static FilterSet only(const ColumnFilter &filter);
    static FilterSet quick(const QString &text);
    static FilterSet lens(const QString &tenantId);
};
