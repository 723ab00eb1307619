#pragma once
#include "dashboardpanelframe.h"

class QBarSet;
class QTableWidget;

// Quotas: every numeric key of each tenant's resource_quota against its usage, closest to (or
// furthest over) the limit first; amber from 80 %, red over 100 %. The chart shows the closest
// rows, the table all of them; a bar or a row opens the tenant.
class QuotaPanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit QuotaPanel(QWidget *parent = nullptr);

    QChartView *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QBarSet *levelSet(QuotaLevel level) const;
    QList<QuotaRow> chartRows() const { return m_chartRows; }  // in category order, bottom up

    static constexpr int chartRowLimit = 10;
    static constexpr double chartCeiling = 150.0;  // % where bars over it (and ∞) are cut

protected:
    void apply(const DashboardResult &result) override;

private:
    void showChart(const QList<QuotaRow> &rows);
    void showTable(const QList<QuotaRow> &rows);

    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QList<QBarSet *> m_sets;       // by QuotaLevel
    QList<QuotaRow> m_chartRows;
};
