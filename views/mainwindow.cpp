#include "mainwindow.h"
#include "audittrailview.h"
#include "centrestack.h"
#include "dashboardview.h"
#include "connectiondialog.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include "demofile.h"
#include "appicons.h"
#include "environmentband.h"
#include "preferences.h"
#include "queryworker.h"
#include "schema.h"
#include "schemareportdialog.h"
#include "signindialog.h"
#include "tablebrowser.h"
#include "tenantlenspicker.h"
#include "tablesidebar.h"
#include "windowedtableview.h"
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sidebar(new TableSidebar(this))
    , m_connectionLabel(new QLabel(this))
    , m_lens(new TenantLensPicker(this))
    , m_driftLabel(new QLabel(this))
    , m_countTickets(std::make_shared<QueryWorker::Tickets>())
{
    setWindowTitle(tr("Agent Factory Admin"));
    setWindowIcon(AppIcons::application());
    resize(1280, 800);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    auto *placeholder = new QLabel(splitter);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    splitter->addWidget(placeholder);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1020});
    setCentralWidget(splitter);
    m_sidebar->setEnabled(false);

    m_driftLabel->setObjectName(QStringLiteral("driftStatus"));
    m_driftLabel->hide();
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    m_operatorLabel->setText(tr("Not signed in"));
    m_operatorLabel->setContentsMargins(0, 0, 12, 0);  // apart from the connection beside it
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_driftLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    createActions();
    QToolBar *toolbar = addToolBar(tr("Tenant Lens"));
    toolbar->setObjectName(QStringLiteral("lensToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Tenant: "), toolbar));
    toolbar->addWidget(m_lens);
    m_lens->setEnabled(false);
    addToolBarBreak();
    QToolBar *bandBar = addToolBar(tr("Environment"));
    bandBar->setObjectName(QStringLiteral("environmentToolbar"));
    bandBar->setMovable(false);
    m_band = new EnvironmentBand(bandBar);
    m_band->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bandBar->addWidget(m_band);
    connect(m_band, &EnvironmentBand::writeAccessChanged, this, &MainWindow::applyOperator);
    connect(m_lens, &TenantLensPicker::lensChanged, this, [this](const QString &id, const QString &name) {
        if (m_browser)
            m_browser->setTenantLens(id, name);
        if (m_centre)
            m_centre->setTenantLens(id, name);
    });

    connect(&m_prober, &ConnectionProbe::finished, this, &MainWindow::onProbeFinished);
    connect(m_sidebar, &TableSidebar::tableSelected, this, &MainWindow::showTable);
    applyPreferences(Preferences::load());
    restoreLayout();
}

MainWindow::~MainWindow()
{
    if (m_demoBuilder)
        m_demoBuilder->wait();
    closeDatabase();
}

void MainWindow::openDatabase(const ConnectionSettings &settings)
{
    closeDatabase();
    m_settings = settings;
    m_connectionLabel->setText(tr("Connecting to %1\u2026").arg(settings.displayName()));
    showPlaceholder(tr("Connecting to %1\u2026").arg(settings.displayName()));
    statusBar()->showMessage(tr("Connecting\u2026"));
    m_prober.start(settings);
}

void MainWindow::onProbeFinished(const ProbeResult &result)
{
    m_probe = result;
    m_lastError = result.errorMessage();
    if (!result.ok()) {
        m_connectionLabel->setText(tr("Not connected"));
        statusBar()->clearMessage();
        showPlaceholder(tr("Cannot open %1:\n%2").arg(m_settings.displayName(), result.errorMessage()));
        emit databaseFailed(result.errorMessage());
        return;
    }
    // The probe proved the server answers; this UI-thread connection gives the table model
    // its QSqlTableModel identity and never runs a row query.
    m_uiConnection = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("ui")));
    const DatabaseConnection::Result opened = m_uiConnection->open(m_settings);
    if (!opened.ok()) {
        m_uiConnection.reset();
        showPlaceholder(opened.message);
        emit databaseFailed(opened.message);
        return;
    }

    m_connectionLabel->setText(tr("%1 \u2022 %2").arg(backendName(m_settings.backend), m_settings.displayName()));
    m_connectionLabel->setToolTip(m_settings.toUrl(false));
    setWindowTitle(tr("%1 \u2014 Agent Factory Admin").arg(m_settings.displayName()));
    const int differences = int(result.drift.items().size());
    m_driftLabel->setVisible(differences > 0);
    m_driftLabel->setText(tr("\u26A0 Schema drift: %1").arg(differences));
    m_driftLabel->setToolTip(tr("View \u2192 Schema Report lists them"));

    m_browser = new TableBrowser(m_settings, m_uiConnection->database(), this);
    m_browser->setProbe(result);
    m_browser->setPageSize(Preferences::load().pageSize);
    applyOperator();
    connect(m_browser, &TableBrowser::statusChanged, this, [this](const QString &text) {
        statusBar()->showMessage(text);
    });
    connect(m_browser, &TableBrowser::navigateRequested, this, &MainWindow::navigateTo);
    connect(m_browser, &TableBrowser::backRequested, this, &MainWindow::goBack);
    m_centre = new CentreStack(m_settings, m_uiConnection->database(), result, m_browser, this);
    m_centre->setTenantLens(m_lens->tenantId(), m_lens->tenantName());
    connect(m_centre, &CentreStack::statusChanged, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_centre, &CentreStack::openRecordRequested, this, &MainWindow::openFromAudit);
    connect(m_centre, &CentreStack::locationRequested, this,
            [this](const BrowseLocation &location) { openFrom(m_centre->dashboard(), location); });
    auto *splitter = static_cast<QSplitter *>(centralWidget());
    const QList<int> sizes = splitter->sizes();  // as restored or dragged: the browser keeps them
    delete splitter->replaceWidget(1, m_centre);
    splitter->setSizes(sizes);
    m_auditAction->setEnabled(!result.drift.isTableMissing(QStringLiteral("audit_logs")));
    m_dashboardAction->setEnabled(true);
    applyOperator();

    m_sidebar->setEnabled(true);
    m_sidebar->setDrift(result.drift);

    m_countWorker = new QueryWorker(m_settings, m_countTickets, nullptr);  // moves to m_countThread
    m_countWorker->moveToThread(&m_countThread);
    connect(&m_countThread, &QThread::finished, m_countWorker, &QObject::deleteLater);
    connect(m_countWorker, &QueryWorker::tablesCounted, this, [this](quint64 generation, const TableCounts &counts) {
        if (generation == m_countTickets->generation.load())
            m_sidebar->setCounts(counts);
    });
    connect(m_countWorker, &QueryWorker::tenantsListed, this,
            [this](quint64 generation, const QStringList &ids, const QStringList &names) {
                if (generation != m_countTickets->generation.load())
                    return;
                m_lens->setTenants(ids, names);
                m_lens->setEnabled(!ids.isEmpty());
                if (!m_initialTenant.isEmpty()) {
                    const int byName = int(names.indexOf(QRegularExpression(QRegularExpression::escape(m_initialTenant),
                                                                            QRegularExpression::CaseInsensitiveOption)));
                    const int index = byName >= 0 ? byName : int(ids.indexOf(m_initialTenant));
                    if (index >= 0)
                        m_lens->selectTenant(ids.at(index));
                    m_initialTenant.clear();
                }
            });
    m_countThread.start();
    refreshCounts();

    // Open on the table asked for, else the one open when the window last closed, else the
    // first the database has (tenants, in the data model's order).
    const QString initial = m_initialTable.isEmpty() ? lastTable() : m_initialTable;
    if (Schema::table(initial) && !result.drift.isTableMissing(initial)) {
        m_sidebar->selectTable(initial);
    } else {
        for (const TableSpec &table : Schema::tables()) {
            if (!result.drift.isTableMissing(table.name)) {
                m_sidebar->selectTable(table.name);
                break;
            }
        }
    }
    emit databaseOpened();
    if (m_signInOnConnect && !m_operator.canRead())
        showSignIn();
}

void MainWindow::refreshCounts()
{
    if (!m_countWorker)
        return;
    QStringList present;
    for (const TableSpec &table : Schema::tables()) {
        if (!m_probe.drift.isTableMissing(table.name))
            present.append(table.name);
    }
    const quint64 generation = m_countTickets->generation.fetch_add(1) + 1;
    const bool hasTenants = present.contains(QStringLiteral("tenants"));
    QMetaObject::invokeMethod(m_countWorker, [worker = m_countWorker, generation, present, hasTenants] {
        if (hasTenants)
            worker->listTenants(generation);  // first: it is quick and the toolbar waits for it
        worker->countTables(generation, present);
    }, Qt::QueuedConnection);
}

void MainWindow::showSchemaReport()
{
    SchemaReportDialog dialog(m_probe.drift, m_settings.displayName(), this);
    dialog.exec();
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(this);
    if (m_settings.backend == Backend::PostgreSQL || !m_settings.sqlitePath.isEmpty())
        dialog.setSettings(m_settings);
    if (!isConnected() && !m_lastError.isEmpty())
        dialog.showFailure(m_lastError);
    if (dialog.exec() == QDialog::Accepted) {
        setEnvironment(dialog.environment());
        openDatabase(dialog.settings());
    }
}

void MainWindow::closeDatabase()
{
    m_countTickets->generation.fetch_add(1);
    if (m_countThread.isRunning()) {
        m_countThread.quit();
        m_countThread.wait();
    }
    m_countWorker = nullptr;
    if (m_browser) {
        auto *splitter = static_cast<QSplitter *>(centralWidget());
        auto *placeholder = new QLabel;  // replaceWidget() reparents it into the splitter
        placeholder->setObjectName(QStringLiteral("placeholder"));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        splitter->replaceWidget(1, placeholder);
        delete m_centre;  // the browser, the audit trail and the dashboard with it
        m_centre = nullptr;
        m_browser = nullptr;
    }
    m_auditAction->setEnabled(false);
    m_dashboardAction->setEnabled(false);
    m_sidebar->setEnabled(false);
    m_history.clear();
    m_lens->setTenants({}, {});
    m_lens->setEnabled(false);
    m_uiConnection.reset();
}

void MainWindow::createDemoDatabase(const QString &path)
{
    closeDatabase();
    showPlaceholder(tr("Creating the demo database\u2026"));
    statusBar()->showMessage(tr("Creating the demo database in %1\u2026").arg(QDir::toNativeSeparators(path)));
    // Built on a thread of its own: it takes seconds, and the window must stay responsive.
    QThread *builder = QThread::create([this, path] {
        DemoDatabase demo;
        demo.setProgressHandler([this](const QString &message) {
            QMetaObject::invokeMethod(this, [this, message] { statusBar()->showMessage(message); }, Qt::QueuedConnection);
        });
        const QString error = DemoFile::create(path, demo, DemoFile::Folder::Create).message;
        QMetaObject::invokeMethod(this, [this, path, error] {
            if (!error.isEmpty()) {
                showPlaceholder(tr("The demo database could not be created:\n%1").arg(error));
                emit databaseFailed(error);
                return;
            }
            ConnectionSettings demoSettings;
            demoSettings.backend = Backend::SQLite;
            demoSettings.sqlitePath = path;
            openDatabase(demoSettings);
        }, Qt::QueuedConnection);
    });
    builder->setParent(this);  // the destructor waits for it below
    connect(builder, &QThread::finished, builder, &QObject::deleteLater);
    m_demoBuilder = builder;
    builder->start();
}

void MainWindow::showPlaceholder(const QString &text)
{
    if (auto *placeholder = centralWidget()->findChild<QLabel *>(QStringLiteral("placeholder")))
        placeholder->setText(text);
}

void MainWindow::setOperator(const OperatorIdentity &identity)
{
    m_operator = identity;
    applyOperator();
}

void MainWindow::setEnvironment(ConnectionProfile::Environment environment)
{
    m_band->setEnvironment(environment);  // applies the operator again
}

void MainWindow::applyOperator()
{
    // On production a writer reads until writes are enabled, and the reason rides along.
    const OperatorIdentity effective = m_band->guard().effective(m_operator);
    if (m_browser)
        m_browser->setOperator(effective, m_band->guard().writesEnabled() ? m_band->guard().reason() : QString());
    if (m_centre)
        m_centre->setCanWrite(effective.canWrite());
    if (effective.access == OperatorIdentity::Access::None)
        m_operatorLabel->setText(tr("Not signed in"));
    else if (effective.userId.isEmpty())
        m_operatorLabel->setText(tr("Read-only, no sign-in"));
    else if (effective.canWrite())
        m_operatorLabel->setText(tr("%1 \u2022 can write").arg(effective.email));
    else if (m_operator.canWrite())
        m_operatorLabel->setText(tr("%1 \u2022 read-only until writes are enabled").arg(effective.email));
    else
        m_operatorLabel->setText(tr("%1 \u2022 read-only").arg(effective.email));
}

SignInDialog *MainWindow::showSignIn()
{
    if (!m_browser)
        return nullptr;
    // Read-only without an account only for a local file: a server always asks who you are.
    auto *dialog = new SignInDialog(m_browser->recordService(), m_settings.backend == Backend::SQLite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setOperator(dialog->identity());
        statusBar()->showMessage(dialog->identity().email.isEmpty() ? tr("Browsing read-only without signing in.")
                                                                    : tr("Signed in as %1.").arg(dialog->identity().email));
    });
    dialog->open();
    return dialog;
}

