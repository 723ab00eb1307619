#pragma once
#include "dashboardresults.h"
#include "tablebrowser.h"
#include <QCoreApplication>

// Where a click on the dashboard leads: the table browser narrowed to the rows behind the bar,
// slice, point or table row, built only from ColumnFilter values (bound by TableFilterSql).
// The tenant lens is not repeated here: the browser follows the same lens as the dashboard.
class DashboardLinks
{
    Q_DECLARE_TR_FUNCTIONS(DashboardLinks)
public:
    static ColumnFilter equals(const QString &column, const QVariant &value, const QString &label = QString());
    static ColumnFilter notEquals(const QString &column, const QVariant &value, const QString &label = QString());
    // [from, to) as a Between on column, labelled with name ("Created: week of 2024-01-08").
    // The upper end is the last micro-second before `to`, as SQLAlchemy's text writes it.
    static ColumnFilter during(const QString &column, const QDateTime &from, const QDateTime &to, const QString &name);
    static ColumnFilter during(const QString &table, const QString &column, const DashboardScope &scope);

    // The rows of table whose column falls in one bucket of a time axis.
    static ColumnFilter inBucket(const QString &table, const QString &column, const QDateTime &start,
                                 DashboardBucket bucket);

    static BrowseLocation location(const QString &table, const QList<ColumnFilter> &filters, const QString &crumb);
    static BrowseLocation tenant(const QString &tenantId, const QString &tenantName);
};
