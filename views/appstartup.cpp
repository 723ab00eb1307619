#include "appstartup.h"
#include "databaseurl.h"
#include "mainwindow.h"
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

AppStartup::AppStartup(MainWindow *window)
    : m_window(window)
{
}

QString AppStartup::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.db"));
}

bool AppStartup::begin(const QStringList &arguments)
{
    // A person starts the app: each database it opens asks who is working.
    m_window->setSignInOnConnect(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Browse and administer the Agent Factory database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       tr("Open this SQLAlchemy URL (default: the DATABASE_URL environment variable)."),
                                       tr("url"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open the demo database, creating it on first use."));
    const QCommandLineOption tableOption(QStringLiteral("table"), tr("Open on this table, e.g. audit_logs."), tr("table"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), tr("Start with the tenant lens on this tenant (name or id)."),
                                          tr("tenant"));
    parser.addOption(urlOption);
    parser.addOption(demoOption);
    parser.addOption(tableOption);
    const QCommandLineOption environmentOption(QStringLiteral("environment"),
                                               tr("The database's environment: development, staging or production "
                                                  "(production opens read-only until writes are enabled with a reason)."),
                                               tr("name"), QStringLiteral("development"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        tr("Open on the dashboard or the audit trail: dashboard or audit-trail."), tr("name"));
    parser.addOption(tenantOption);
    parser.addOption(environmentOption);
    parser.addOption(viewOption);
    parser.process(arguments);
    const QString view = parser.value(viewOption).toLower();
    if (!view.isEmpty() && view != QLatin1String("dashboard") && view != QLatin1String("audit-trail")) {
        QMessageBox::warning(m_window, tr("Unknown view"),
                             tr("--view must be dashboard or audit-trail, not \u201C%1\u201D.").arg(view));
        return false;
    }
    if (!view.isEmpty()) {
        QObject::connect(m_window, &MainWindow::databaseOpened, m_window, [window = m_window, view] {
            if (view == QLatin1String("dashboard"))
                window->showDashboard();
            else
                window->showAuditTrail();
        }, Qt::SingleShotConnection);
    }
    const QString environment = parser.value(environmentOption).toLower();
    if (environment == QLatin1String("production"))
        m_window->setEnvironment(ConnectionProfile::Environment::Production);
    else if (environment == QLatin1String("staging"))
        m_window->setEnvironment(ConnectionProfile::Environment::Staging);
    else if (environment != QLatin1String("development")) {
        QMessageBox::warning(m_window, tr("Unknown environment"),
                             tr("--environment must be development, staging or production, not \u201C%1\u201D.").arg(environment));
        return false;
    }
    m_window->setInitialTable(parser.value(tableOption));
    m_window->setInitialTenant(parser.value(tenantOption));

    QString url = parser.value(urlOption);
    if (parser.isSet(demoOption))
        url = QStringLiteral("sqlite:///") + demoDatabasePath();
    if (url.isEmpty())
        url = qEnvironmentVariable("DATABASE_URL");
    if (url.isEmpty()) {
        QTimer::singleShot(0, m_window, [window = m_window] { window->showConnectionDialog(); });
        return true;
    }
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(url);
    if (!parsed.settings) {
        QTimer::singleShot(0, m_window, [window = m_window, error = parsed.error] {
            QMessageBox::warning(window, tr("Cannot open the database"), error);
            window->showConnectionDialog();
        });
        return true;
    }
    if (parser.isSet(demoOption) && !QFile::exists(demoDatabasePath())) {
        m_window->createDemoDatabase(demoDatabasePath());
        return true;
    }
    // A URL that fails to open lands in the connection dialog with the URL filled in.
    QObject::connect(m_window, &MainWindow::databaseFailed, m_window, [window = m_window] {
        window->showConnectionDialog();
    }, Qt::SingleShotConnection);
    m_window->openDatabase(*parsed.settings);
    return true;
}
