#pragma once
#include "connectionprobe.h"
#include "connectionsettings.h"
#include "connectionprofiles.h"
#include "operatoridentity.h"
#include "queryworker.h"
#include "tablebrowser.h"
#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <memory>

class AuditTrailView;
class CommandPalette;
class PreferencesDialog;
class CentreStack;
class DashboardView;
class DatabaseConnection;
class QAction;
class QLabel;
class EnvironmentBand;
class SignInDialog;
class TableBrowser;
class TableSidebar;
class TenantLensPicker;
struct BrowseLocation;
struct Preferences;

// The browser window: the tables in a sidebar grouped as the data model groups them, the
// selected table beside it, and a status bar naming the connection and the last query.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects on a worker thread; on failure says why and offers the connection dialog.
    void openDatabase(const ConnectionSettings &settings);
    // Builds the demo database at path off the UI thread, then opens it.
    void createDemoDatabase(const QString &path);
    void showConnectionDialog();
    // The table to open once connected (default: the first the database has).
    void setInitialTable(const QString &table) { m_initialTable = table; }
    // The tenant the lens starts on once the tenants are listed (name or id).
    void setInitialTenant(const QString &tenant) { m_initialTenant = tenant; }
    bool isConnected() const { return m_browser != nullptr; }
    TableSidebar *sidebar() const { return m_sidebar; }
    TableBrowser *browser() const { return m_browser; }
    // The read-only audit trail in place of the table (View → Audit Trail); made on first use.
    void showAuditTrail();
    AuditTrailView *auditTrail() const;
    bool isAuditTrailShown() const;
    // The dashboard in place of the table (View → Dashboard); made on first use.
    void showDashboard();
    DashboardView *dashboard() const;
    bool isDashboardShown() const;
    TenantLensPicker *tenantLens() const { return m_lens; }
    void navigateTo(const BrowseLocation &target);
    void goBack();
    int historyDepth() const { return int(m_history.size()); }
    const ProbeResult &probe() const { return m_probe; }
    // The signed-in operator: shown in the status bar, and the one every save names.
    void setOperator(const OperatorIdentity &identity);
    const OperatorIdentity &currentOperator() const { return m_operator; }
    // Asks for a sign-in each time a database opens (the app does; tests sign in directly).
    void setSignInOnConnect(bool ask) { m_signInOnConnect = ask; }
    SignInDialog *showSignIn();
    // The environment of the database opened next (the connection dialog's profile sets it).
    void setEnvironment(ConnectionProfile::Environment environment);
    EnvironmentBand *environmentBand() const { return m_band; }
    // Ctrl+K: tables, saved views, commands and records by name, email or id (non-modal).
    CommandPalette *showCommandPalette();
    // Edit → Preferences (non-modal); applied and saved when accepted.
    PreferencesDialog *showPreferences();
    void applyPreferences(const Preferences &preferences);

signals:
    void databaseOpened();
    void databaseFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createEditMenu();
    // Window geometry, toolbars, the sidebar's width and the last table, in QSettings.
    void restoreLayout();
    void saveLayout() const;
    static QString lastTable();
    // A place in the table browser from outside the trail (the palette): Back keeps working
    // when the browser already shows a table.
    void goToLocation(const BrowseLocation &location);
    void onProbeFinished(const ProbeResult &result);
    void showTable(const QString &table);
    void refreshCounts();
    void updateTrail();
    void showSchemaReport();
    void closeDatabase();
    void showPlaceholder(const QString &text);
    // An audit entry's user or resource, in the table browser; Back returns to the trail.
    void openFromAudit(const QString &table, const QString &id, const QString &shown);
    // A location in the table browser whose trail starts at origin (the audit trail, the dashboard).
    void openFrom(QWidget *origin, const BrowseLocation &location);
    void clearTableSelection();

    ConnectionProbe m_prober;
    ConnectionSettings m_settings;
    ProbeResult m_probe;
    QString m_lastError;
    QString m_initialTable;
    QString m_initialTenant;
    std::unique_ptr<DatabaseConnection> m_uiConnection;
    TableSidebar *m_sidebar = nullptr;
    TableBrowser *m_browser = nullptr;
    CentreStack *m_centre = nullptr;  // the browser, the audit trail and the dashboard, one at a time
    QAction *m_auditAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QLabel *m_connectionLabel = nullptr;
    TenantLensPicker *m_lens = nullptr;
    QList<BrowseLocation> m_history;  // where related-record navigation came from
    bool m_navigating = false;
    QLabel *m_driftLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    OperatorIdentity m_operator;
    bool m_signInOnConnect = false;
    EnvironmentBand *m_band = nullptr;
    void applyOperator();
    QThread m_countThread;
    QueryWorker *m_countWorker = nullptr;
    std::shared_ptr<QueryWorker::Tickets> m_countTickets;
    QPointer<QThread> m_demoBuilder;
};
