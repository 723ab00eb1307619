// MainWindow's menus and main toolbar: every command once, with its key and icon.
#include "mainwindow.h"
#include "appicons.h"
#include "audittrailview.h"
#include "dashboardview.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "windowedtableview.h"
#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect\u2026"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setIcon(AppIcons::themed(QStringLiteral("document-open")));
    QAction *refresh = file->addAction(tr("&Refresh"), this, [this] {
        if (isAuditTrailShown())
            auditTrail()->refresh();
        else if (isDashboardShown())
            dashboard()->refreshAll();
        else if (m_browser)
            m_browser->showLocation(m_browser->location());
        refreshCounts();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(AppIcons::themed(QStringLiteral("view-refresh")));
    // The browser's own action (Ctrl+E there) does the work: the table, filters and lens it shows.
    QAction *exportRows = file->addAction(tr("E&xport\u2026"), this, [this] {
        const bool browsing = m_browser && !isAuditTrailShown() && !isDashboardShown();
        QAction *action = browsing ? m_browser->findChild<QAction *>(QStringLiteral("exportAction")) : nullptr;
        if (action)
            action->trigger();
    });
    exportRows->setObjectName(QStringLiteral("exportMenuAction"));
    exportRows->setIcon(AppIcons::themed(QStringLiteral("document-export")));
    file->addSeparator();
    QAction *signIn = file->addAction(tr("&Sign In\u2026"), this, &MainWindow::showSignIn);
    signIn->setObjectName(QStringLiteral("signInAction"));
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    signIn->setIcon(AppIcons::themed(QStringLiteral("system-log-in")));
    QAction *signOut = file->addAction(tr("Sign &Out"), this, [this] { setOperator({}); });
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setIcon(AppIcons::themed(QStringLiteral("system-log-out")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(AppIcons::themed(QStringLiteral("application-exit")));

    createEditMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *palette = view->addAction(tr("&Go To\u2026"), this, &MainWindow::showCommandPalette);
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setIcon(AppIcons::themed(QStringLiteral("system-search")));
    view->addSeparator();
    QAction *report = view->addAction(tr("&Schema Report\u2026"), this, &MainWindow::showSchemaReport);
    report->setObjectName(QStringLiteral("schemaReportAction"));
    QAction *focusTables = view->addAction(tr("Go to &Tables"), this, [this] { m_sidebar->view()->setFocus(); });
    focusTables->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    focusTables->setIcon(AppIcons::themed(QStringLiteral("view-table")));
    QAction *focusRows = view->addAction(tr("Go to &Rows"), this, [this] {
        if (m_browser)
            m_browser->view()->setFocus();
    });
    focusRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    m_auditAction = view->addAction(tr("&Audit Trail"), this, &MainWindow::showAuditTrail);
    m_auditAction->setObjectName(QStringLiteral("auditTrailAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_auditAction->setEnabled(false);
    m_auditAction->setIcon(AppIcons::themed(QStringLiteral("view-history")));
    m_dashboardAction = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dashboardAction->setEnabled(false);
    m_dashboardAction->setIcon(AppIcons::themed(QStringLiteral("view-dashboard")));

    QAction *back = view->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setShortcut(QKeySequence::Back);
    back->setIcon(AppIcons::themed(QStringLiteral("go-previous")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(AppIcons::themed(QStringLiteral("help-about")), tr("&About Agent Factory Admin"), this, [this] {
        QMessageBox::about(this, tr("About Agent Factory Admin"),
                           tr("<b>Agent Factory Admin</b><br>Browse and administer the Agent Factory "
                              "platform's database on PostgreSQL or SQLite."));
    });
    about->setMenuRole(QAction::AboutRole);

    // The commands used most, one click away; every one is also in a menu and on a key.
    QToolBar *main = addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolbar"));
    main->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    main->addActions({connectAction, refresh, back});
    main->addSeparator();
    main->addActions({palette, m_dashboardAction, m_auditAction, exportRows});
}
