#include "benchqueries.h"
#include "ddl.h"
#include "schema.h"

SqlFragment BenchQueries::mostFrequentRecent(const TableSpec &table, Backend backend, const QString &column, int sampleRows)
{
    // Identifiers come from the schema description only.
    if (!table.column(column) || !table.column(QStringLiteral("created_at")))
        return {};
    const QString c = Ddl::quoteIdentifier(column, backend);
    return {QStringLiteral("SELECT s.%1, count(*) FROM (SELECT t.%1 FROM %2 t ORDER BY t.created_at DESC LIMIT ?) s "
                           "WHERE s.%1 IS NOT NULL GROUP BY s.%1 ORDER BY count(*) DESC, s.%1 LIMIT 1")
                .arg(c, table.name),
            {sampleRows}};
}
