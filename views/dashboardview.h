#pragma once
#include "connectionsettings.h"
#include "dashboardresults.h"
#include "tablebrowser.h"
#include <QDateTime>
#include <QList>
#include <QWidget>

class AuditActivityPanel;
class DashboardPanelFrame;
class DashboardService;
class ExecutionsPanel;
class PlansPanel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QuotaPanel;
class QuotaTruthPanel;
class RecordService;
class UsagePanel;

// The dashboard: a scrollable grid of panels over one range (last 7 / 30 / 90 days or custom
// days, UTC) and the tenant lens, with Refresh All. Every figure is aggregated by the database
// on DashboardService's thread; results arrive by signal and each panel shows its own loading
// state and query time, so the UI thread never waits on a query. A click on a bar, slice or
// row asks for the matching filtered table (locationRequested).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Last7Days, Last30Days, Last90Days, Custom };

    explicit DashboardView(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setRange(Range range);
    Range range() const;
    // Whole UTC days, both included; switches the range to Custom.
    void setCustomRange(const QDate &first, const QDate &last);
    // Where "last N days" end and renewals start counting; invalid: the clock (the default).
    void setReferenceTime(const QDateTime &now);
    void setTenantLens(const QString &tenantId, const QString &tenantName);
    // The write path "Recompute usage" goes through (the browser's, carrying the operator).
    void setRecordService(RecordService *service);
    void setCanWrite(bool canWrite);

    DashboardScope scope() const;  // what the next refresh asks for
    void refreshAll();
    void refresh(DashboardPanel panel);
    bool isLoading() const;        // some panel waits for its query
    bool hasLoaded() const;        // every panel has shown a result or a failure once

    QList<DashboardPanelFrame *> panels() const { return m_panels; }
    DashboardPanelFrame *panel(DashboardPanel panel) const;
    QuotaPanel *quotaPanel() const { return m_quotas; }
    QuotaTruthPanel *quotaTruthPanel() const { return m_truth; }
    UsagePanel *usagePanel() const { return m_usage; }
    ExecutionsPanel *executionsPanel() const { return m_executions; }
    PlansPanel *plansPanel() const { return m_plans; }
    AuditActivityPanel *auditPanel() const { return m_audit; }
    QComboBox *rangeBox() const { return m_range; }
    QPushButton *refreshAllButton() const { return m_refreshAll; }

signals:
    void locationRequested(const BrowseLocation &location);
    void statusChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onReady(DashboardPanel panel, quint64 generation, const DashboardResult &result);
    void onFailed(DashboardPanel panel, quint64 generation, const QString &message);
    void updateScopeLabel();

    DashboardService *m_service = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QPushButton *m_refreshAll = nullptr;
    QuotaPanel *m_quotas = nullptr;
    QuotaTruthPanel *m_truth = nullptr;
    UsagePanel *m_usage = nullptr;
    ExecutionsPanel *m_executions = nullptr;
    PlansPanel *m_plans = nullptr;
    AuditActivityPanel *m_audit = nullptr;
    QList<DashboardPanelFrame *> m_panels;  // in DashboardPanel order
    QDateTime m_now;
    QString m_tenantId;
    QString m_tenantName;
    bool m_stale = true;  // the lens or range changed while hidden: refresh when shown
};
