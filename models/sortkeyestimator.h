#pragma once
#include "backend.h"
#include <QVariant>

struct ColumnSpec;

// Guesses the sort value found a given fraction of the way through a sorted table, from the
// smallest and largest values alone. A jump to row 5,000,000 of 10,000,000 then becomes an
// index seek to "about there" instead of an OFFSET that walks five million rows; the rows
// shown are real, only their row numbers are approximate.
class SortKeyEstimator
{
public:
    // first/last: the sort values at the start and end of the traversal, as the worker read
    // them (text for PostgreSQL datetimes). Returns an invalid QVariant when it cannot guess.
    static QVariant estimate(const ColumnSpec &column, Backend backend, const QVariant &first,
                             const QVariant &last, double fraction);
};
