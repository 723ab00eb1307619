#include "centrestack.h"
#include "audittrailview.h"
#include "dashboardview.h"
#include "tablebrowser.h"
#include <QSqlDatabase>

CentreStack::CentreStack(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const ProbeResult &probe,
                         TableBrowser *browser, QWidget *parent)
    : QStackedWidget(parent)
    , m_settings(settings)
    , m_uiConnectionName(uiDatabase.connectionName())
    , m_probe(probe)
    , m_browser(browser)
{
    addWidget(m_browser);
}

CentreStack::~CentreStack() = default;

AuditTrailView *CentreStack::showAuditTrail()
{
    if (m_probe.drift.isTableMissing(QStringLiteral("audit_logs")))
        return nullptr;
    if (!m_audit) {
        m_audit = new AuditTrailView(m_settings, QSqlDatabase::database(m_uiConnectionName, false), m_probe, this);
        addWidget(m_audit);
        connect(m_audit, &AuditTrailView::statusChanged, this, &CentreStack::statusChanged);
        connect(m_audit, &AuditTrailView::openRecordRequested, this, &CentreStack::openRecordRequested);
    }
    setCurrentWidget(m_audit);
    m_audit->setFocus();
    return m_audit;
}

DashboardView *CentreStack::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_settings, this);
        m_dashboard->setTenantLens(m_tenantId, m_tenantName);
        m_dashboard->setRecordService(m_browser->recordService());
        m_dashboard->setCanWrite(m_canWrite);
        addWidget(m_dashboard);
        connect(m_dashboard, &DashboardView::statusChanged, this, &CentreStack::statusChanged);
        connect(m_dashboard, &DashboardView::locationRequested, this, &CentreStack::locationRequested);
    }
    setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
    return m_dashboard;
}

void CentreStack::showBrowser()
{
    setCurrentWidget(m_browser);
}

bool CentreStack::isAuditTrailShown() const
{
    return m_audit && currentWidget() == m_audit;
}

bool CentreStack::isDashboardShown() const
{
    return m_dashboard && currentWidget() == m_dashboard;
}

QString CentreStack::originCrumb() const
{
    if (m_origin && m_origin == m_audit)
        return tr("Audit trail");
    if (m_origin && m_origin == m_dashboard)
        return tr("Dashboard");
    return QString();
}

void CentreStack::setTenantLens(const QString &tenantId, const QString &tenantName)
{
    m_tenantId = tenantId;
    m_tenantName = tenantName;
    if (m_dashboard)
        m_dashboard->setTenantLens(tenantId, tenantName);
}

void CentreStack::setCanWrite(bool canWrite)
{
    m_canWrite = canWrite;
    if (m_dashboard)
        m_dashboard->setCanWrite(canWrite);
}
