#pragma once
#include "tablequery.h"

struct TableSpec;

// The few lookups afadmin-bench makes to choose realistic parameters (which user, which event
// type to filter on). They live here because every SQL string lives in models/; the app never
// runs them.
class BenchQueries
{
public:
    // The most frequent non-null value of column among the table's sampleRows newest rows, and
    // its count: cheap on a 10 M-row table because the sample is read through the created_at
    // index. Empty sql when the table lacks created_at or column.
    static SqlFragment mostFrequentRecent(const TableSpec &table, Backend backend, const QString &column, int sampleRows);
};
