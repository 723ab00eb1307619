#pragma once
#include "connectionprobe.h"
#include "connectionsettings.h"
#include <QStackedWidget>

class AuditTrailView;
class DashboardView;
class QSqlDatabase;
class TableBrowser;
struct BrowseLocation;

// The main window's centre: the table browser, the audit trail and the dashboard, one at a
// time. The trail and the dashboard are made on first use. It remembers which of them a
// browsing trail started from (the origin), so Back from the first table returns there.
class CentreStack : public QStackedWidget
{
    Q_OBJECT
public:
    CentreStack(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const ProbeResult &probe,
                TableBrowser *browser, QWidget *parent = nullptr);
    ~CentreStack() override;

    TableBrowser *browser() const { return m_browser; }
    AuditTrailView *auditTrail() const { return m_audit; }
    DashboardView *dashboard() const { return m_dashboard; }
    AuditTrailView *showAuditTrail();  // made on first use
    DashboardView *showDashboard();    // made on first use
    void showBrowser();
    bool isAuditTrailShown() const;
    bool isDashboardShown() const;

    // The page the browser's trail started from: the audit trail, the dashboard, or none (the
    // sidebar). Its name heads the breadcrumb.
    void setOrigin(QWidget *page) { m_origin = page; }
    QWidget *origin() const { return m_origin; }
    QString originCrumb() const;

    // The lens and the operator, for the pages that follow them (the dashboard when made later).
    void setTenantLens(const QString &tenantId, const QString &tenantName);
    void setCanWrite(bool canWrite);

signals:
    void statusChanged(const QString &text);
    // The audit trail's "open this record": the table, the id and the text naming it.
    void openRecordRequested(const QString &table, const QString &id, const QString &shown);
    // The dashboard's click on a bar, slice or row: the filtered table to show.
    void locationRequested(const BrowseLocation &location);

private:
    ConnectionSettings m_settings;
    QString m_uiConnectionName;
    ProbeResult m_probe;
    TableBrowser *m_browser = nullptr;
    AuditTrailView *m_audit = nullptr;
    DashboardView *m_dashboard = nullptr;
    QWidget *m_origin = nullptr;
    QString m_tenantId;
    QString m_tenantName;
    bool m_canWrite = false;
};
