#pragma once
#include "dashboardresults.h"
#include "recordwriter.h"
#include <QCoreApplication>

// The quota-truth panel's "recompute usage": a tenant's usage JSON set to the live row counts
// (DashboardQueries::quotaTruth) and saved through the one audited write path, so the change
// carries the operator, the reason and the old and new JSON in its audit row.
//
// The view runs it on the write thread, with the signed-in operator's context:
//     recordService->write([tenantId](RecordWriter &w) { return UsageRecompute::run(w, tenantId); });
// and shows RecordService::written's result (a Conflict means the tenant was saved meanwhile:
// refresh and try again).
class UsageRecompute
{
    Q_DECLARE_TR_FUNCTIONS(UsageRecompute)
public:
    // usageJson with each counted key set to its live count (a whole number); other keys and
    // the key order are kept; text that is not a JSON object starts from {}. Rows of other
    // tenants and counts of missing tables (live < 0) are ignored.
    static QString recomputedUsage(const QString &usageJson, const QString &tenantId, const QList<QuotaTruthRow> &live);

    // Reads the tenant and its live counts on the writer's connection, then updates the
    // tenant's usage through writer (Unchanged when it already matched).
    static RecordWriter::Result run(RecordWriter &writer, const QString &tenantId);
};
