#include "dashboardlinks.h"
#include "dashboardcharts.h"
#include "schema.h"

ColumnFilter DashboardLinks::equals(const QString &column, const QVariant &value, const QString &label)
{
    ColumnFilter filter;
    filter.column = column;
    filter.op = ColumnFilter::Op::Equals;
    filter.value = value;
    filter.label = label;
    return filter;
}

ColumnFilter DashboardLinks::notEquals(const QString &column, const QVariant &value, const QString &label)
{
    ColumnFilter filter = equals(column, value, label);
    filter.op = ColumnFilter::Op::NotEquals;
    return filter;
}

ColumnFilter DashboardLinks::during(const QString &column, const QDateTime &from, const QDateTime &to, const QString &name)
{
    ColumnFilter filter;
    filter.column = column;
    filter.op = ColumnFilter::Op::Between;
    filter.value = from.toUTC();
    // Between includes both ends and the charts' buckets end before `to`: the last
    // micro-second before it, in the stored text form, is the bucket's true upper end.
    const QDateTime last = to.toUTC().addMSecs(-1);
    filter.value2 = last.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("999");
    filter.label = name;
    return filter;
}

namespace {

QString columnLabel(const QString &table, const QString &column)
{
    const TableSpec *spec = Schema::table(table);
    const ColumnSpec *c = spec ? spec->column(column) : nullptr;
    return c ? c->displayLabel() : column;
}

} // namespace

ColumnFilter DashboardLinks::during(const QString &table, const QString &column, const DashboardScope &scope)
{
    const QString from = scope.from.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    const QString to = scope.to.toUTC().addMSecs(-1).toString(QStringLiteral("yyyy-MM-dd"));
    return during(column, scope.from, scope.to, tr("%1: %2 to %3 (UTC)").arg(columnLabel(table, column), from, to));
}

ColumnFilter DashboardLinks::inBucket(const QString &table, const QString &column, const QDateTime &start,
                                      DashboardBucket bucket)
{
    return during(column, start, DashboardCharts::bucketEnd(start, bucket),
                  tr("%1: %2 (UTC)").arg(columnLabel(table, column), DashboardCharts::bucketName(start, bucket)));
}

BrowseLocation DashboardLinks::location(const QString &table, const QList<ColumnFilter> &filters, const QString &crumb)
{
    BrowseLocation location;
    location.table = table;
    location.filters.filters = filters;
    location.crumb = crumb;
    return location;
}

BrowseLocation DashboardLinks::tenant(const QString &tenantId, const QString &tenantName)
{
    return location(QStringLiteral("tenants"), {equals(QStringLiteral("id"), tenantId, tr("Tenant: %1").arg(tenantName))},
                    tenantName);
}
