#include "demodatabase.h"
#include "mainwindow.h"
#include "oldmigration.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// The main window on the demo database, driven through its widgets as a user would.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnTheDemoDatabase();
    void clickingATableShowsItsRows();
    void keyboardMovesBetweenTables();
    void aMissingFileSaysSo();
    void aDriftedDatabaseOpensWithWhatIsMissingGreyed();

private:
    QModelIndex sidebarIndex(MainWindow &window, const QString &table, int column = 0);
    std::unique_ptr<TestDatabase> m_db;
};

void tst_MainWindow::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(7, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

QModelIndex tst_MainWindow::sidebarIndex(MainWindow &window, const QString &table, int column)
{
    QAbstractItemModel *model = window.sidebar()->view()->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex item = model->index(r, 0, group);
            if (item.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0) == table)
                return model->index(r, column, group);
        }
    }
    return {};
}

void tst_MainWindow::opensOnTheDemoDatabase()
{
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    QVERIFY(window.isConnected());
    QVERIFY(window.probe().drift.isClean());
    // Every table has a count; users has at least the 40 demo users.
    QTRY_VERIFY_WITH_TIMEOUT(sidebarIndex(window, QStringLiteral("users"), 1).data().toString() != QStringLiteral("\u2026"), 20000);
    for (const TableSpec &table : Schema::tables()) {
        const QString count = sidebarIndex(window, table.name, 1).data().toString();
        QVERIFY2(!count.isEmpty() && count != QStringLiteral("?"), qPrintable(table.name + QLatin1Char('=') + count));
    }
    QLocale locale;
    QVERIFY(locale.toLongLong(sidebarIndex(window, QStringLiteral("users"), 1).data().toString()) >= 40);
    // The first table opens at once, and the status bar names backend and database.
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("tenants"));
    const QString expectedBackend = m_db->backend() == Backend::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    bool named = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        named = named || label->text().startsWith(expectedBackend);
    QVERIFY(named);
}

void tst_MainWindow::clickingATableShowsItsRows()
{
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    QTreeView *tree = window.sidebar()->view();
    const QModelIndex users = sidebarIndex(window, QStringLiteral("users"));
    QVERIFY(users.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(users).center());
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("users"));

    WindowedTableModel *model = window.browser()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 40 && model->isRowLoaded(0), 20000);
    const TableSpec *spec = Schema::table(QStringLiteral("users"));
    // A foreign key shows the tenant's name, not its id; the password hash stays hidden.
    const QModelIndex tenant = model->index(0, spec->columnIndex(QStringLiteral("tenant_id")));
    const QString shown = tenant.data().toString();
    QVERIFY2(!shown.isEmpty() && shown != tenant.data(WindowedTableModel::ForeignIdRole).toString(), qPrintable(shown));
    const QModelIndex hash = model->index(0, spec->columnIndex(QStringLiteral("hashed_password")));
    QVERIFY(!hash.data().toString().contains(QLatin1String("$2b$")));
    // Datetimes show local time; the tooltip carries the stored UTC value.
    const QModelIndex created = model->index(0, spec->columnIndex(QStringLiteral("created_at")));
    QVERIFY(created.data(Qt::ToolTipRole).toString().endsWith(QLatin1String(" UTC")));
    // Clicking a column header sorts through the database.
    QTableView *table = window.browser()->view();
    const int emailColumn = spec->columnIndex(QStringLiteral("email"));
    const QPoint header(table->horizontalHeader()->sectionViewportPosition(emailColumn) + 10, 5);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, header);
    QTRY_VERIFY_WITH_TIMEOUT(model->sortColumn() == emailColumn && model->isRowLoaded(0), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(1), 20000);
    QVERIFY(model->index(0, emailColumn).data().toString() <= model->index(1, emailColumn).data().toString()
            || model->sortOrder() == Qt::DescendingOrder);
}

void tst_MainWindow::keyboardMovesBetweenTables()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    QTreeView *tree = window.sidebar()->view();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);  // tenants -> users
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("users"));
    QTest::keyClick(tree, Qt::Key_Down);  // users -> api_keys
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("api_keys"));
}

void tst_MainWindow::aMissingFileSaysSo()
{
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    ConnectionSettings missing;
    missing.backend = Backend::SQLite;
    missing.sqlitePath = m_db->tempPath(QStringLiteral("nowhere.db"));
    window.openDatabase(missing);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(QLatin1String("does not exist")));
    QVERIFY(!window.isConnected());
    QVERIFY(!QFile::exists(missing.sqlitePath));
}

void tst_MainWindow::aDriftedDatabaseOpensWithWhatIsMissingGreyed()
{
    TestDatabase legacy;
    AFADMIN_REQUIRE_DB(legacy);
    for (const QString &statement : OldMigration::createStatements(legacy.backend()))
        QVERIFY2(legacy.exec(statement), qPrintable(legacy.error()));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(legacy.settings());
    QVERIFY(opened.wait(20000));
    QVERIFY(!window.probe().drift.isClean());
    // Tables the old migration lacks are greyed out, with the reason in the tooltip.
    const QModelIndex projects = sidebarIndex(window, QStringLiteral("projects"));
    QVERIFY(!(projects.flags() & Qt::ItemIsEnabled));
    QVERIFY(projects.data(Qt::ToolTipRole).toString().contains(QLatin1String("not in the old migration")));
    auto *driftStatus = window.findChild<QLabel *>(QStringLiteral("driftStatus"));
    QVERIFY(driftStatus && driftStatus->isVisible());
    QVERIFY(driftStatus->text().contains(QString::number(OldMigration::expectedDriftLines(legacy.backend()).size())));
    // Agents opens without its missing created_by column and says why in the banner.
    QTreeView *tree = window.sidebar()->view();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(sidebarIndex(window, QStringLiteral("agents"))).center());
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("agents"));
    auto *banner = window.browser()->findChild<QLabel *>(QStringLiteral("driftBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("created_by: missing column")));
    WindowedTableModel *model = window.browser()->model();
    for (int c = 0; c < model->columnCount(); ++c)
        QVERIFY(model->columnSpec(c)->name != QLatin1String("created_by"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 0 && !model->isLoading(), 10000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
