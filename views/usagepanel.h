#pragma once
#include "dashboardpanelframe.h"
#include <QHash>

class QBarSet;
class QComboBox;
class QTableWidget;

// Usage and cost: usage_records' quantity over time for the chosen billing unit, the top
// tenants stacked and the rest as "Others"; total_cost per currency and quantity per unit
// against the previous period of the same length. A bar segment opens that tenant's records of
// that unit in that bucket ("Others": every tenant but the stacked ones); a totals row opens the
// records of that currency or unit in the range.
class UsagePanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit UsagePanel(QWidget *parent = nullptr);

    QChartView *chart() const { return m_chart; }
    QComboBox *unitBox() const { return m_unit; }
    QTableWidget *totalsTable() const { return m_totals; }
    // The stacked set of a tenant (empty id: "Others"), for the chosen unit.
    QBarSet *tenantSet(const QString &tenantId) const { return m_setByTenant.value(tenantId); }
    QList<QDateTime> buckets() const { return m_buckets; }
    BrowseLocation segmentLocation(const QString &tenantId, int bucketIndex) const;

protected:
    void apply(const DashboardResult &result) override;

private:
    void showChart();
    void showTotals();

    QChartView *m_chart = nullptr;
    QComboBox *m_unit = nullptr;
    QTableWidget *m_totals = nullptr;
    UsageStats m_stats;
    QList<QDateTime> m_buckets;
    QHash<QString, QBarSet *> m_setByTenant;
    QHash<QString, QString> m_tenantNames;
};
