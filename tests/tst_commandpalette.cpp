#include "commandpalette.h"
#include "dashboardview.h"
#include "demodatabase.h"
#include "fieldeditor.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "recorddialog.h"
#include "recordform.h"
#include "savedviews.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using GuiTestSupport::saveShot;

// The keyboard way through the window: Ctrl+K to any table, saved view, command or record, and
// a tenant created and saved without touching the mouse.
class tst_CommandPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void goesToATableByTyping();
    void findsARecordByEmailAndById();
    void opensASavedView();
    void runsACommand();
    void hostileTextFindsNothingAndChangesNothing();
    void keyboardOnlyCreatesATenant();

private:
    CommandPalette *openPalette();
    bool backToWindow();
    void typeAndGo(CommandPalette *palette, const QString &text);
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    bool waitForRows(int atLeast = 1) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CommandPalette::initTestCase()
{
    // Saved views live in QSettings: this test's own file, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentFactoryTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_commandpalette_") + TestDatabase::backendLabel());
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(5, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_CommandPalette::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    m_window->setOperator(GuiTestSupport::demoAdmin(m_db->db()));
    QVERIFY(waitForRows());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_CommandPalette::cleanup()
{
    m_window.reset();
}

QVariant tst_CommandPalette::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

bool tst_CommandPalette::waitForRows(int atLeast) const
{
    WindowedTableModel *model = m_window->browser()->model();
    return QTest::qWaitFor([model, atLeast] {
        return !model->isLoading() && model->rowCount() >= atLeast && (atLeast == 0 || model->isRowLoaded(0));
    }, 20000);
}

// The palette closed and the window is active again, as a window manager makes it (the
// offscreen platform has none).
bool tst_CommandPalette::backToWindow()
{
    if (!QTest::qWaitFor([this] { return !m_window->findChild<CommandPalette *>(); }, 5000))
        return false;
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

CommandPalette *tst_CommandPalette::openPalette()
{
    if (!backToWindow())
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *palette = m_window->findChild<CommandPalette *>();
    if (palette && !QTest::qWaitFor([palette] { return QApplication::focusWidget() == palette->input(); }, 5000))
        return nullptr;
    return palette;
}

void tst_CommandPalette::typeAndGo(CommandPalette *palette, const QString &text)
{
    QTest::keyClicks(palette->input(), text);
    QTest::keyClick(palette->input(), Qt::Key_Return);
}

void tst_CommandPalette::goesToATableByTyping()
{
    QCOMPARE(m_window->browser()->currentTable(), QStringLiteral("tenants"));
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("usage rec"));
    QVERIFY(palette->list()->count() >= 1);
    QVERIFY2(palette->list()->item(0)->text().startsWith(Schema::table(QStringLiteral("usage_records"))->displayLabel()),
             qPrintable(palette->list()->item(0)->text()));
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("usage_records"));
    QTRY_VERIFY(!m_window->findChild<CommandPalette *>());  // closed on the way
    // Down picks the next entry: from "Users" (first for "user") to the next match.
    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("age"));
    QVERIFY(palette->list()->count() >= 2);
    QTest::keyClick(palette->input(), Qt::Key_Down);
    QCOMPARE(palette->list()->currentRow(), 1);
    QTest::keyClick(palette->input(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<CommandPalette *>());
}

void tst_CommandPalette::findsARecordByEmailAndById()
{
    const QString userId = scalar(QStringLiteral("SELECT id FROM users WHERE email = 'ops@acme.test'")).toString();
    QVERIFY(!userId.isEmpty());
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("ops@acme"));
    // The lookup runs on the record worker after a pause; the list then offers the user.
    QTRY_VERIFY_WITH_TIMEOUT(!palette->isLookingUp() && palette->list()->count() > 0
                                 && palette->list()->item(0)->text().startsWith(QStringLiteral("ops@acme.test")), 10000);
    saveShot(palette, "command-palette.png");
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("users"));
    QVERIFY(waitForRows());
    QCOMPARE(m_window->browser()->model()->rowCount(), 1);
    QCOMPARE(m_window->browser()->model()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty(), false);
    QCOMPARE(m_window->browser()->location().filters.filters.value(0).value.toString(), userId);
    QTRY_COMPARE(m_window->focusWidget(), m_window->browser()->view());  // Enter opens its form next

    // An audit row has no display column: its id finds it, and nothing else does.
    const QString auditId = scalar(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC LIMIT 1")).toString();
    QVERIFY(!auditId.isEmpty());
    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), auditId);
    QTRY_VERIFY_WITH_TIMEOUT(!palette->isLookingUp() && palette->list()->count() > 0, 10000);
    QVERIFY2(palette->list()->item(0)->toolTip() == auditId, qPrintable(palette->list()->item(0)->text()));
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("audit_logs"));
    QVERIFY(waitForRows());
    QCOMPARE(m_window->browser()->model()->rowCount(), 1);
    // Back returns to the user it came from.
    QVERIFY(backToWindow());
    QTest::keySequence(m_window.get(), QKeySequence::Back);
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("users"));
}

void tst_CommandPalette::opensASavedView()
{
    SavedView view;
    ColumnFilter superusers;
    superusers.column = QStringLiteral("is_superuser");
    superusers.op = ColumnFilter::Op::IsTrue;
    view.filters.filters.append(superusers);
    {
        QSettings settings;
        QVERIFY(SavedViews(&settings).save(QStringLiteral("users"), QStringLiteral("Superusers only"), view));
    }
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("superusers on"));
    QVERIFY(palette->list()->count() >= 1);
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("users"));
    QVERIFY(waitForRows());
    const qint64 expected = scalar(QStringLiteral("SELECT count(*) FROM users WHERE is_superuser")).toLongLong();
    QVERIFY(expected > 0 && expected < scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong());
    QTRY_COMPARE(qint64(m_window->browser()->model()->rowCount()), expected);
    QCOMPARE(m_window->browser()->location().filters.filters.size(), 1);
}

void tst_CommandPalette::runsACommand()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("dashbo"));
    QVERIFY(palette->list()->count() >= 1);
    QTest::keyClick(palette->input(), Qt::Key_Return);
    QTRY_VERIFY(m_window->isDashboardShown());
    // From the dashboard, a table is one palette entry away again.
    palette = openPalette();
    QVERIFY(palette);
    typeAndGo(palette, QStringLiteral("Projects"));
    QTRY_VERIFY(!m_window->isDashboardShown());
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("projects"));
}

void tst_CommandPalette::hostileTextFindsNothingAndChangesNothing()
{
    const qint64 users = scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    for (const QString &text : {QStringLiteral("'; DROP TABLE users; --"), QStringLiteral("%_%"), QStringLiteral("\\'")}) {
        CommandPalette *palette = openPalette();
        QVERIFY(palette);
        QTest::keyClicks(palette->input(), text);
        QTRY_VERIFY_WITH_TIMEOUT(!palette->isLookingUp(), 10000);
        QTest::qWait(300);  // past the typing pause: the lookup for the whole text has answered
        QTRY_VERIFY_WITH_TIMEOUT(!palette->isLookingUp(), 10000);
        for (int i = 0; i < palette->list()->count(); ++i)
            QVERIFY2(!palette->list()->item(i)->toolTip().contains(QLatin1Char('@')), qPrintable(palette->list()->item(i)->text()));
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<CommandPalette *>());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), users);
}

void tst_CommandPalette::keyboardOnlyCreatesATenant()
{
    // To the tenants table, into its rows, a new record: keys only.
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    typeAndGo(palette, QStringLiteral("Tenants"));
    QTRY_COMPARE(m_window->browser()->currentTable(), QStringLiteral("tenants"));
    QVERIFY(waitForRows());
    QVERIFY(backToWindow());
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->browser()->view());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::New);
    RecordDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->browser()->recordDialog()) != nullptr);
    dialog->activateWindow();  // as a window manager does for a new dialog
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));

    // Tab walks the fields in the data model's order, starting at the first one.
    QStringList order;
    QStringList chain;  // for the failure message
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < 6; ++i) {
        for (const ColumnSpec &column : Schema::table(QStringLiteral("tenants"))->columns) {
            FieldEditor *editor = dialog->form()->editor(column.name);
            QWidget *focused = QApplication::focusWidget();
            if (editor && (editor->widget() == focused || editor->widget()->isAncestorOf(focused)))
                order.append(column.name);
        }
        chain.append(QString::fromLatin1(QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none")
                     + QLatin1Char('/') + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QVERIFY2(order.size() >= 5, qPrintable(chain.join(QStringLiteral(", "))));
    QCOMPARE(order.mid(0, 5), (QStringList{QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("is_active"),
                                           QStringLiteral("plan"), QStringLiteral("resource_quota")}));
    // Back to the start with Shift+Tab, then type the tenant.
    while (QApplication::focusWidget() != start)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard Tenant"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("keyboard-tenant"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);  // past Active (on by default) to Plan
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);  // the next plan choice
    const QString plan = dialog->form()->values().value(QStringLiteral("plan")).toString();
    QVERIFY(!plan.isEmpty());
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
    QVERIFY(saved.wait(20000));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM tenants WHERE slug = 'keyboard-tenant'")).toString(), QStringLiteral("Keyboard Tenant"));
    QCOMPARE(scalar(QStringLiteral("SELECT plan FROM tenants WHERE slug = 'keyboard-tenant'")).toString(), plan);
    const QString id = scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = 'keyboard-tenant'")).toString();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE resource_id = ? AND event_type = 'admin.create'"), {id}).toInt(), 1);
}

QTEST_MAIN(tst_CommandPalette)
#include "tst_commandpalette.moc"
