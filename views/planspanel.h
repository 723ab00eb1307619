#pragma once
#include "dashboardpanelframe.h"

class QPieSeries;
class QBarSeries;
class QTableWidget;

// Plans and subscriptions, as they are now (not narrowed by the range): tenants per plan (a
// pie), subscriptions by status (bars) and the active subscriptions due for renewal in the next
// 30 days. A slice opens the tenants on that plan, a bar the subscriptions of that status, a
// renewal its subscription.
class PlansPanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit PlansPanel(QWidget *parent = nullptr);

    QChartView *planChart() const { return m_planChart; }
    QChartView *statusChart() const { return m_statusChart; }
    QTableWidget *renewalsTable() const { return m_renewals; }
    QPieSeries *planSeries() const { return m_planSeries; }
    QBarSeries *statusSeries() const { return m_statusSeries; }

protected:
    void apply(const DashboardResult &result) override;

private:
    void showPlans(const PlanStats &stats);
    void showStatuses(const PlanStats &stats);
    void showRenewals(const PlanStats &stats);

    QChartView *m_planChart = nullptr;
    QChartView *m_statusChart = nullptr;
    QTableWidget *m_renewals = nullptr;
    QPieSeries *m_planSeries = nullptr;
    QBarSeries *m_statusSeries = nullptr;
};
