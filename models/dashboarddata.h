#pragma once
#include "dashboardresults.h"
#include <QCoreApplication>

class QIODevice;

// A dashboard panel's figures as flat tables, for export: every dataset the panel shows (the
// quota rows; executions by bucket and status, their durations and the failing resources...),
// each with its column names and one row of plain values (numbers, text, UTC datetimes) per
// figure. Written as CSV (RFC 4180, UTF-8, CRLF: one file per dataset, as CSV holds one table)
// or as one JSON document holding every dataset.
struct DashboardDataset
{
    QString name;          // "quotas", "executions_by_bucket"...: also the CSV file's suffix
    QStringList columns;
    QList<QVariantList> rows;
};

class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)
public:
    static QString panelName(DashboardPanel panel);  // "quotas", "quota_truth", "usage"...
    static QList<DashboardDataset> datasets(const DashboardResult &result);

    static bool writeCsv(QIODevice *device, const DashboardDataset &dataset);
    // {"panel": …, "from": …, "to": …, "tenant_id": …, "datasets": {name: [{column: value}]}}
    static bool writeJson(QIODevice *device, DashboardPanel panel, const DashboardScope &scope,
                          const QList<DashboardDataset> &datasets);
    // The CSV file for each dataset: base.csv for the first, base-NAME.csv for the others.
    static QString csvPathFor(const QString &basePath, const QList<DashboardDataset> &datasets, int index);
};
