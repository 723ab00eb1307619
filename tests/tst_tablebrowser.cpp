#include "breadcrumbbar.h"
#include "demodatabase.h"
#include "filterbar.h"
#include "filtereditor.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "tenantlenspicker.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using GuiTestSupport::saveShot;

// Browsing the demo database through the real widgets: quick search, the filter editor,
// chips, related records with the breadcrumb, the tenant lens and copying.
class tst_TableBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quickSearchNarrowsAndHostileTextMatchesNothing();
    void filterEditorAddsAChipThatRemoves();
    void relatedRecordsAndBack();
    void tenantLensNarrowsEveryScopedTable();
    void copiesTheSelection();
    void scrollsFromEndToEndOfABigTable();

private:
    void openTable(const QString &table);
    bool waitLoaded();
    QSet<QString> sqlStrings(const QString &sql, const QVariantList &values = {});
    qint64 sqlCount(const QString &sql, const QVariantList &values = {});
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_TableBrowser::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(11, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_TableBrowser::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
}

void tst_TableBrowser::cleanup()
{
    m_window.reset();
}

void tst_TableBrowser::openTable(const QString &table)
{
    m_window->sidebar()->selectTable(table);
    QCOMPARE(m_window->browser()->currentTable(), table);
}

bool tst_TableBrowser::waitLoaded()
{
    WindowedTableModel *model = m_window->browser()->model();
    return QTest::qWaitFor([model] { return !model->isLoading() && (model->rowCount() == 0 || model->isRowLoaded(0)); }, 20000);
}

QSet<QString> tst_TableBrowser::sqlStrings(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    QSet<QString> result;
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toString());
    }
    return result;
}

qint64 tst_TableBrowser::sqlCount(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void tst_TableBrowser::quickSearchNarrowsAndHostileTextMatchesNothing()
{
    openTable(QStringLiteral("users"));
    QVERIFY(waitLoaded());
    WindowedTableModel *model = m_window->browser()->model();
    const int all = model->rowCount();
    QLineEdit *search = m_window->browser()->filterBar()->searchEdit();
    QTest::keyClicks(search, QStringLiteral("acme"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < all && !model->isLoading(), 20000);
    QVERIFY(waitLoaded());
    const qint64 expected = sqlCount(QStringLiteral("SELECT count(*) FROM users WHERE lower(email) LIKE '%acme%'"));
    QCOMPARE(qint64(model->rowCount()), expected);
    QVERIFY(expected > 0);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("'; DROP TABLE users; --"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 0 && !model->isLoading(), 20000);
    QCOMPARE(sqlCount(QStringLiteral("SELECT count(*) FROM users")), qint64(all));

    search->clear();  // the clear button's path: back to every row
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == all, 20000);
}

void tst_TableBrowser::filterEditorAddsAChipThatRemoves()
{
    openTable(QStringLiteral("executions"));
    QVERIFY(waitLoaded());
    WindowedTableModel *model = m_window->browser()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    const int all = model->rowCount();
    // The editor is modal: drive it once it is up.
    QTimer::singleShot(0, this, [] {
        auto *editor = qobject_cast<FilterEditor *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        auto *column = editor->findChild<QComboBox *>(QStringLiteral("filterColumn"));
        column->setCurrentIndex(column->findData(QStringLiteral("status")));
        // An enum offers "is one of" first, as a list of its choices to tick.
        auto *choices = editor->findChild<QListWidget *>(QStringLiteral("filterChoices"));
        const QList<QListWidgetItem *> failed = choices->findItems(QStringLiteral("failed"), Qt::MatchExactly);
        QCOMPARE(failed.size(), 1);
        failed.first()->setCheckState(Qt::Checked);
        editor->accept();
    });
    QTest::mouseClick(m_window->browser()->filterBar()->findChild<QToolButton *>(QStringLiteral("addFilter")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < all && !model->isLoading(), 20000);
    QCOMPARE(qint64(model->rowCount()), sqlCount(QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed'")));
    const int status = model->columnOf(QStringLiteral("status"));
    QVERIFY(waitLoaded());
    for (int row = 0; row < qMin(model->rowCount(), model->pageSize()); ++row)
        QCOMPARE(model->index(row, status).data(WindowedTableModel::ValueRole).toString(), QStringLiteral("failed"));
    // The chip names the filter; clicking it removes it.
    QToolButton *chip = m_window->browser()->filterBar()->findChild<QToolButton *>(QStringLiteral("filterChip"));
    QVERIFY(chip);
    QVERIFY2(chip->text().contains(QLatin1String("failed")), qPrintable(chip->text()));
    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == all, 20000);
    // Filters stay with their table while the app runs.
    openTable(QStringLiteral("agents"));
    openTable(QStringLiteral("executions"));
    QVERIFY(m_window->browser()->filterBar()->filters().filters.isEmpty());
}

void tst_TableBrowser::relatedRecordsAndBack()
{
    openTable(QStringLiteral("tenants"));
    QVERIFY(waitLoaded());
    TableBrowser *browser = m_window->browser();
    WindowedTableModel *model = browser->model();
    const QString tenantId = model->index(0, model->columnOf(QStringLiteral("id"))).data(WindowedTableModel::ValueRole).toString();
    const QString tenantName = model->index(0, model->columnOf(QStringLiteral("name"))).data().toString();
    BrowseLocation users;
    for (const BrowseLocation &location : browser->relatedLocations(0)) {
        if (location.table == QLatin1String("users"))
            users = location;
    }
    QCOMPARE(users.table, QStringLiteral("users"));
    m_window->navigateTo(users);
    QCOMPARE(browser->currentTable(), QStringLiteral("users"));
    QVERIFY(waitLoaded());
    QCOMPARE(qint64(model->rowCount()), sqlCount(QStringLiteral("SELECT count(*) FROM users WHERE tenant_id = ?"), {tenantId}));
    const int tenantColumn = model->columnOf(QStringLiteral("tenant_id"));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, tenantColumn).data(WindowedTableModel::ForeignIdRole).toString(), tenantId);
    QVERIFY(browser->breadcrumb()->isVisible());
    QVERIFY2(browser->breadcrumb()->text().contains(tenantName), qPrintable(browser->breadcrumb()->text()));
    saveShot(browser->window(), "related-records.png");
    // From a user to the tenant it points at, then back twice.
    const QList<BrowseLocation> referenced = browser->referencedLocations(0);
    QVERIFY(!referenced.isEmpty());
    m_window->navigateTo(referenced.first());
    QCOMPARE(browser->currentTable(), QStringLiteral("tenants"));
    QVERIFY(waitLoaded());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_window->historyDepth(), 2);
    QTest::keySequence(m_window.get(), QKeySequence::Back);
    QCOMPARE(browser->currentTable(), QStringLiteral("users"));
    m_window->goBack();
    QCOMPARE(browser->currentTable(), QStringLiteral("tenants"));
    QVERIFY(!browser->breadcrumb()->isVisible());
}

void tst_TableBrowser::tenantLensNarrowsEveryScopedTable()
{
    TenantLensPicker *lens = m_window->tenantLens();
    QTRY_VERIFY_WITH_TIMEOUT(lens->count() > 1, 20000);
    lens->setCurrentIndex(1);
    const QString tenantId = lens->tenantId();
    QVERIFY(!tenantId.isEmpty());
    const QSet<QString> tenantUsers = sqlStrings(QStringLiteral("SELECT id FROM users WHERE tenant_id = ?"), {tenantId});
    for (const QString &table : {QStringLiteral("agents"), QStringLiteral("audit_logs"), QStringLiteral("tenants"),
                                 QStringLiteral("plans")}) {
        openTable(table);
        QVERIFY(waitLoaded());
        WindowedTableModel *model = m_window->browser()->model();
        auto *banner = m_window->browser()->findChild<QLabel *>(QStringLiteral("lensBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(lens->tenantName()));
        if (table == QLatin1String("agents")) {
            QCOMPARE(qint64(model->rowCount()), sqlCount(QStringLiteral("SELECT count(*) FROM agents WHERE tenant_id = ?"), {tenantId}));
        } else if (table == QLatin1String("audit_logs")) {
            const int user = model->columnOf(QStringLiteral("user_id"));
            for (int row = 0; row < qMin(model->rowCount(), model->pageSize()); ++row)
                QVERIFY(tenantUsers.contains(model->index(row, user).data(WindowedTableModel::ForeignIdRole).toString()));
            saveShot(m_window.get()->window(), "tenant-lens.png");
        } else if (table == QLatin1String("tenants")) {
            QCOMPARE(model->rowCount(), 1);
        } else {
            QCOMPARE(qint64(model->rowCount()), sqlCount(QStringLiteral("SELECT count(*) FROM plans")));  // shared
            QVERIFY(banner->text().contains(QLatin1String("not narrowed")));
        }
    }
    lens->setCurrentIndex(0);
    QVERIFY(!m_window->browser()->findChild<QLabel *>(QStringLiteral("lensBanner"))->isVisible());

    // afadmin --tenant NAME: the lens starts on that tenant once the tenants are listed.
    const QString name = lens->itemText(2);
    m_window = std::make_unique<MainWindow>();
    m_window->setInitialTenant(name.toUpper());
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tenantLens()->tenantName(), name, 20000);
}

void tst_TableBrowser::copiesTheSelection()
{
    openTable(QStringLiteral("plans"));
    QVERIFY(waitLoaded());
    QTableView *view = m_window->browser()->view();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);  // the header and two rows
    QVERIFY(lines.first().startsWith(QLatin1String("id\tname\t")));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QApplication::clipboard()->text().trimmed().startsWith(QLatin1Char('[')));
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("\"plan_type\"")));
}

void tst_TableBrowser::scrollsFromEndToEndOfABigTable()
{
    openTable(QStringLiteral("audit_logs"));
    QVERIFY(waitLoaded());
    WindowedTableModel *model = m_window->browser()->model();
    WindowedTableView *view = m_window->browser()->view();
    const qint64 rows = sqlCount(QStringLiteral("SELECT count(*) FROM audit_logs"));
    QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), rows, 20000);
    // The view's header holds the window, never the whole table.
    QVERIFY(view->verticalHeader()->count() < rows);
    const int idColumn = model->columnOf(QStringLiteral("id"));
    const auto bottomId = [view, idColumn] {
        const QModelIndex index = view->indexAt(QPoint(5, view->viewport()->height() - 2));
        return index.siblingAtColumn(idColumn).data(WindowedTableModel::ValueRole).toString();
    };
    const QString oldest = *sqlStrings(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at, id LIMIT 1")).begin();
    const QString newest = *sqlStrings(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC, id DESC LIMIT 1")).begin();
    view->setFocus();
    view->rowScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QTRY_COMPARE_WITH_TIMEOUT(bottomId(), oldest, 20000);
    QCOMPARE(view->sourceRow(view->indexAt(QPoint(5, view->viewport()->height() - 2))), int(rows - 1));
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().siblingAtColumn(idColumn).data(WindowedTableModel::ValueRole).toString(),
                              newest, 20000);
    QCOMPARE(view->rowScrollBar()->value(), 0);
    // Ctrl+End selects the oldest row; copying it copies that row.
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->currentIndex().siblingAtColumn(idColumn).data(WindowedTableModel::ValueRole).toString(),
                              oldest, 20000);
    QTest::keySequence(view, QKeySequence::Copy);
    QVERIFY2(QApplication::clipboard()->text().contains(QLatin1Char('\n') + oldest + QLatin1Char('\t')),
             qPrintable(QApplication::clipboard()->text()));
}

QTEST_MAIN(tst_TableBrowser)
#include "tst_tablebrowser.moc"
