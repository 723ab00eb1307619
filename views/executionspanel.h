#pragma once
#include "dashboardpanelframe.h"
#include <QHash>

class QBarSet;
class QLabel;
class QTableWidget;

// Executions: counts by status over time (stacked bars), the failure rate, p50 / p95 of
// execution_time per agent and workflow, and the resources failing most with their last error.
// A bar segment opens the executions of that status in that bucket; a percentile bar or a
// failing resource opens that resource's executions (failed ones, for the latter) in the range.
class ExecutionsPanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit ExecutionsPanel(QWidget *parent = nullptr);

    QChartView *statusChart() const { return m_statusChart; }
    QChartView *durationChart() const { return m_durationChart; }
    QTableWidget *failingTable() const { return m_failing; }
    QLabel *summary() const { return m_summary; }
    QBarSet *statusSet(const QString &status) const { return m_setByStatus.value(status); }
    QList<QDateTime> buckets() const { return m_buckets; }

    // Where a click on a status bar of bucket index leads (for the click and for tests).
    BrowseLocation statusLocation(const QString &status, int bucketIndex) const;

protected:
    void apply(const DashboardResult &result) override;

private:
    void showStatuses(const ExecutionStats &stats);
    void showDurations(const ExecutionStats &stats);
    void showFailing(const ExecutionStats &stats);
    BrowseLocation resourceLocation(const QString &type, const QString &id, const QString &name, bool failedOnly) const;

    QLabel *m_summary = nullptr;
    QChartView *m_statusChart = nullptr;
    QChartView *m_durationChart = nullptr;
    QTableWidget *m_failing = nullptr;
    QList<QDateTime> m_buckets;
    QHash<QString, QBarSet *> m_setByStatus;
    QList<DurationStats> m_durations;  // in the duration chart's category order
};
