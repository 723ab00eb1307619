#pragma once
#include "dashboardpanelframe.h"
#include <QHash>

class QBarSet;
class QTableWidget;

// Audit activity: events per bucket by event_type (the busiest types stacked, the rest as
// "Other"), the users with the most events and the failed actions. A bar segment opens that
// event type's entries in that bucket, a user bar that user's entries in the range, a failed
// action its failed entries in the range.
class AuditActivityPanel : public DashboardPanelFrame
{
    Q_OBJECT
public:
    explicit AuditActivityPanel(QWidget *parent = nullptr);

    QChartView *eventChart() const { return m_eventChart; }
    QChartView *userChart() const { return m_userChart; }
    QTableWidget *failedTable() const { return m_failed; }
    QBarSet *eventSet(const QString &eventType) const { return m_setByEvent.value(eventType); }  // "" : Other
    QList<QDateTime> buckets() const { return m_buckets; }
    QList<NamedCount> users() const { return m_users; }  // in the user chart's order, bottom up

    static constexpr int stackedEventTypes = 6;

protected:
    void apply(const DashboardResult &result) override;

private:
    void showEvents(const AuditActivity &activity);
    void showUsers(const AuditActivity &activity);
    void showFailed(const AuditActivity &activity);
    BrowseLocation eventLocation(const QString &eventType, int bucketIndex) const;

    QChartView *m_eventChart = nullptr;
    QChartView *m_userChart = nullptr;
    QTableWidget *m_failed = nullptr;
    QList<QDateTime> m_buckets;
    QStringList m_topEvents;
    QHash<QString, QBarSet *> m_setByEvent;
    QList<NamedCount> m_users;
};
