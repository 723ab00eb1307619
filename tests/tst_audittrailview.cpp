#include "auditdetailspanel.h"
#include "auditfilterpanel.h"
#include "audittrailview.h"
#include "breadcrumbbar.h"
#include "contentchecksum.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "rowstatements.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>

// The audit trail through its real widgets: typing into the filter fields, Enter, the combo
// boxes by keyboard, a row clicked into the side panel, and on to the user's record.

namespace {


const QString tenantId = "10000000-0000-4000-8000-00000000000a";
const QString aliceId = "20000000-0000-4000-8000-00000000000a";
const QString bobId = "20000000-0000-4000-8000-00000000000b";
const QString agentId = "30000000-0000-4000-8000-00000000000a";

// One audit entry as seeded: the event_type names it in the checks below.
struct Entry
{
    const char *event;
    QString user;
    const char *resourceType;
    QString resourceId;
    const char *action;
    bool success;
    const char *details;
    QVariant ip;
    int minutesAgo;
};

using GuiTestSupport::saveShot;

} // namespace

class tst_AuditTrailView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filtersNarrowTheTrail();
    void invalidRangeIsMarkedAndQueriesNothing();
    void tabWalksTheFields();
    void selectedEntryShowsPrettyJsonAndOpensTheUser();
    void opensTheResource();

private:
    bool insert(const QString &table, const QVariantMap &values);
    bool waitLoaded();
    QStringList shownEvents();  // the visible rows' event_type, top to bottom
    void typeInto(const QString &column, const QString &text);  // and press Enter
    AuditTrailView *audit() const { return m_window->auditTrail(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_checksum;
};

bool tst_AuditTrailView::insert(const QString &table, const QVariantMap &values)
{
    // The schema's own insert statement; unset columns get their Python-side defaults.
    const TableSpec &spec = *Schema::table(table);
    QStringList columns;
    QVariantList bound;
    for (const ColumnSpec &c : spec.columns) {
        if (c.autoIncrement)
            continue;
        columns.append(c.name);
        bound.append(ValueCodec::toStorage(c, values.contains(c.name) ? values.value(c.name) : ValueCodec::defaultFor(c)));
    }
    QSqlQuery q(m_db->db());
    q.prepare(RowStatements(spec, m_db->backend()).insert(columns));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
    return !q.lastError().isValid();
}

void tst_AuditTrailView::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QVERIFY(insert("tenants", {{"id", tenantId}, {"name", "Acme"}, {"slug", "acme"}, {"plan", "pro"},
                               {"resource_quota", "{}"}, {"usage", "{}"}}));
    QVERIFY(insert("users", {{"id", aliceId}, {"email", "alice@example.com"}, {"hashed_password", "x"},
                             {"is_superuser", false}, {"tenant_id", tenantId}, {"roles", "[]"}, {"permissions", "[]"}}));
    QVERIFY(insert("users", {{"id", bobId}, {"email", "bob@example.org"}, {"hashed_password", "x"},
                             {"is_superuser", false}, {"tenant_id", tenantId}, {"roles", "[]"}, {"permissions", "[]"}}));
    QVERIFY(insert("agents", {{"id", agentId}, {"name", "Refund bot"}, {"instructions", "Help"}, {"model", "gpt-4o"},
                              {"tenant_id", tenantId}, {"created_by", aliceId}}));
    const QVariant null = QVariant(QMetaType::fromType<QString>());
    const QList<Entry> entries = {
        {"agent.update", aliceId, "agent", agentId, "update", true, "{\"field\": \"name\", \"new\": \"Refund bot\"}", "192.0.2.10", 5},
        {"auth.login_failed", bobId, "user", bobId, "sign_in", false, "{\"reason\": \"bad password\"}", "2001:db8::5", 20},
        {"billing.refund", aliceId, "tenant", tenantId, "refund", true, "{\"amount\": 42, \"reason\": \"refund requested\"}",
         "192.0.2.200", 90},
        {"auth.login", bobId, "user", bobId, "sign_in", true, "{}", "198.51.100.7", 60 * 30},
        {"agent.delete", aliceId, "agent", agentId, "delete", false, "{\"why\": \"refund abuse\"}", "unknown", 60 * 24 * 3},
        {"system.cleanup", QString(), "", QString(), "purge", true, "null", null, 60 * 24 * 30},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Entry &e : entries) {
        QVERIFY(insert("audit_logs", {{"event_type", e.event}, {"user_id", e.user.isEmpty() ? null : QVariant(e.user)},
                                      {"resource_type", e.resourceType}, {"resource_id", e.resourceId}, {"action", e.action},
                                      {"success", e.success}, {"details", e.details}, {"ip_address", e.ip},
                                      {"created_at", now.addSecs(-60 * e.minutesAgo)}}));
    }
    m_checksum = ContentChecksum::of(m_db->db());
    QVERIFY(!m_checksum.isEmpty());
}

void tst_AuditTrailView::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    QVERIFY(!m_window->auditTrail());
    // The way in: View → Audit Trail, Ctrl+Shift+A.
    auto *action = m_window->findChild<QAction *>("auditTrailAction");
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isAuditTrailShown());
    QVERIFY(waitLoaded());
}

void tst_AuditTrailView::cleanup()
{
    m_window.reset();
    // Support staff read: nothing the view did wrote a row.
    QCOMPARE(ContentChecksum::of(m_db->db()), m_checksum);
}

bool tst_AuditTrailView::waitLoaded()
{
    WindowedTableModel *model = audit()->model();
    QTest::qWait(50);
    return QTest::qWaitFor([model] { return !model->isLoading() && (model->rowCount() == 0 || model->isRowLoaded(0)); }, 20000);
}

QStringList tst_AuditTrailView::shownEvents()
{
    WindowedTableModel *model = audit()->model();
    const int column = model->columnOf("event_type");
    QStringList events;
    for (int row = 0; row < model->rowCount(); ++row)
        events.append(model->index(row, column).data().toString());
    return events;
}

void tst_AuditTrailView::typeInto(const QString &column, const QString &text)
{
    QLineEdit *edit = audit()->filterPanel()->field(column);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(waitLoaded());
}

void tst_AuditTrailView::filtersNarrowTheTrail()
{
    const QStringList all = {"agent.update", "auth.login_failed", "billing.refund", "auth.login", "agent.delete", "system.cleanup"};
    QCOMPARE(shownEvents(), all);  // newest first
    AuditFilterPanel *panel = audit()->filterPanel();

    typeInto("user_id", "ALICE@");  // the email, any case
    QCOMPARE(shownEvents(), QStringList({"agent.update", "billing.refund", "agent.delete"}));
    typeInto("user_id", "");
    typeInto("ip_address", "192.0.2.0/24");
    QCOMPARE(shownEvents(), QStringList({"agent.update", "billing.refund"}));
    typeInto("ip_address", "192.0.2.128/25");
    QCOMPARE(shownEvents(), QStringList({"billing.refund"}));
    typeInto("ip_address", "2001:db8::/32");
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed"}));
    typeInto("ip_address", "::/0");
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed"}));  // never the IPv4 rows, nor 'unknown'
    typeInto("ip_address", "");
    QCOMPARE(shownEvents(), all);

    // Time presets, picked by keyboard: Last hour, then Last 24 hours, Last 7 days.
    panel->periodBox()->setFocus();
    QTest::keyClick(panel->periodBox(), Qt::Key_Down);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), QStringList({"agent.update", "auth.login_failed"}));
    QTest::keyClick(panel->periodBox(), Qt::Key_Down);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), QStringList({"agent.update", "auth.login_failed", "billing.refund"}));  // not 30 hours ago
    QTest::keyClick(panel->periodBox(), Qt::Key_Down);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), QStringList(all.mid(0, 5)));
    // Custom: from 2 hours ago to 10 minutes ago, typed in local time.
    QTest::keyClick(panel->periodBox(), Qt::Key_Down);
    QVERIFY(panel->fromEdit()->isVisible() && panel->toEdit()->isVisible());
    QCOMPARE(panel->fromEdit()->timeSpec(), Qt::LocalTime);
    const QDateTime now = QDateTime::currentDateTime();
    panel->fromEdit()->setDateTime(now.addSecs(-2 * 3600));
    panel->toEdit()->setDateTime(now.addSecs(-10 * 60));
    QTest::keyClick(panel->toEdit(), Qt::Key_Return);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed", "billing.refund"}));
    panel->periodBox()->setCurrentIndex(0);
    QVERIFY(waitLoaded());

    // Success by keyboard: Any → Yes → No.
    QTest::keyClick(panel->successBox(), Qt::Key_Down);
    QTest::keyClick(panel->successBox(), Qt::Key_Down);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed", "agent.delete"}));
    panel->successBox()->setCurrentIndex(0);

    typeInto("details", "refund");  // any case: "Refund bot" too
    QCOMPARE(shownEvents(), QStringList({"agent.update", "billing.refund", "agent.delete"}));
    typeInto("event_type", "agent.");
    QCOMPARE(shownEvents(), QStringList({"agent.update", "agent.delete"}));
    typeInto("details", "");
    typeInto("event_type", "");
    typeInto("resource_type", "USER");
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed", "auth.login"}));
    typeInto("action", "sign");
    typeInto("resource_id", bobId);
    QCOMPARE(shownEvents(), QStringList({"auth.login_failed", "auth.login"}));
    typeInto("resource_id", agentId);
    QCOMPARE(shownEvents(), QStringList());
    // Clear empties every field and shows everything again.
    QTest::mouseClick(panel->findChild<QPushButton *>("clearButton"), Qt::LeftButton);
    QVERIFY(waitLoaded());
    QCOMPARE(shownEvents(), all);
    QVERIFY(panel->field("resource_type")->text().isEmpty());
}

void tst_AuditTrailView::invalidRangeIsMarkedAndQueriesNothing()
{
    typeInto("ip_address", "192.0.2.0/24");
    QCOMPARE(shownEvents(), QStringList({"agent.update", "billing.refund"}));
    const FilterSet before = audit()->appliedFilters();
    AuditFilterPanel *panel = audit()->filterPanel();
    for (const QString &bad : {QString("10.0.0.300"), QString("192.0.2.0/33"), QString("unknown"), QString("127.1")}) {
        typeInto("ip_address", bad);
        QVERIFY2(panel->messageLabel()->isVisible(), qPrintable(bad));
        QVERIFY2(panel->messageLabel()->text().startsWith("IP address: "), qPrintable(panel->messageLabel()->text()));
        QVERIFY(!panel->field("ip_address")->styleSheet().isEmpty());  // the field is marked
        QCOMPARE(panel->field("ip_address")->toolTip(), panel->messageLabel()->text());
        QVERIFY(panel->field("ip_address")->hasFocus());
        QCOMPARE(audit()->appliedFilters(), before);  // nothing new was queried
        QCOMPARE(shownEvents(), QStringList({"agent.update", "billing.refund"}));
    }
    saveShot(audit()->window(), "audit-trail-invalid-range.png");
    typeInto("ip_address", "198.51.100.7");
    QVERIFY(!panel->messageLabel()->isVisible());
    QVERIFY(panel->field("ip_address")->styleSheet().isEmpty());
    QCOMPARE(shownEvents(), QStringList({"auth.login"}));
}

void tst_AuditTrailView::tabWalksTheFields()
{
    AuditFilterPanel *panel = audit()->filterPanel();
    panel->periodBox()->setFocus();
    QVERIFY(panel->periodBox()->hasFocus());
    QList<QWidget *> expected;
    for (const char *column : {"user_id", "event_type", "action", "resource_type", "resource_id"})
        expected.append(panel->field(column));
    expected << panel->successBox() << panel->field("ip_address") << panel->field("details") << panel->applyButton();
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void tst_AuditTrailView::selectedEntryShowsPrettyJsonAndOpensTheUser()
{
    typeInto("details", "amount");
    QCOMPARE(shownEvents(), QStringList({"billing.refund"}));
    WindowedTableView *view = audit()->view();
    const QModelIndex first = view->model()->index(0, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    AuditDetailsPanel *details = audit()->detailsPanel();
    QVERIFY(QTest::qWaitFor([details] { return details->hasEntry(); }, 5000));
    QCOMPARE(details->detailsEdit()->toPlainText(), QString("{\n  \"amount\": 42,\n  \"reason\": \"refund requested\"\n}"));
    QVERIFY(details->detailsEdit()->isReadOnly());
    QVERIFY(details->detailsEdit()->font().fixedPitch() || details->detailsEdit()->fontInfo().fixedPitch());
    QCOMPARE(details->factText("user_id"), QString("alice@example.com"));
    QCOMPARE(details->factText("ip_address"), QString("192.0.2.200"));
    QCOMPARE(details->factText("success"), QString("yes"));
    QCOMPARE(details->factText("resource_type"), QString("tenant"));
    QVERIFY(details->openResourceButton()->isEnabled());  // "tenant" names tenants
    QVERIFY(details->openUserButton()->isEnabled());
    m_window->resize(1400, 820);
    saveShot(audit()->window(), "audit-trail.png");

    QTest::mouseClick(details->openUserButton(), Qt::LeftButton);
    QVERIFY(!m_window->isAuditTrailShown());
    TableBrowser *browser = m_window->browser();
    QCOMPARE(browser->currentTable(), QString("users"));
    QCOMPARE(browser->location().filters.filters.size(), 1);
    QCOMPARE(browser->location().filters.filters.first().value.toString(), aliceId);
    QVERIFY(QTest::qWaitFor([browser] { return !browser->model()->isLoading() && browser->model()->rowCount() == 1
                                                && browser->model()->isRowLoaded(0); }, 20000));
    QCOMPARE(browser->rowMap(0).value("email").toString(), QString("alice@example.com"));
    QVERIFY2(browser->breadcrumb()->text().contains("Audit trail"), qPrintable(browser->breadcrumb()->text()));
    QVERIFY(browser->breadcrumb()->text().contains("alice@example.com"));
    saveShot(browser->window(), "audit-trail-open-user.png");
    // Back returns to the trail as it was left.
    emit browser->breadcrumb()->backRequested();
    QVERIFY(m_window->isAuditTrailShown());
    QCOMPARE(audit()->filterPanel()->field("details")->text(), QString("amount"));
}

void tst_AuditTrailView::opensTheResource()
{
    typeInto("event_type", "agent.update");
    QCOMPARE(shownEvents(), QStringList({"agent.update"}));
    WindowedTableView *view = audit()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);  // the keyboard selects too
    view->setCurrentIndex(view->model()->index(0, 0));
    AuditDetailsPanel *details = audit()->detailsPanel();
    QVERIFY(QTest::qWaitFor([details] { return details->hasEntry(); }, 5000));
    QCOMPARE(audit()->resourceTable("agent"), QString("agents"));
    QCOMPARE(audit()->resourceTable("API_KEY"), QString("api_keys"));
    QVERIFY(audit()->resourceTable("nonsense").isEmpty());
    QTest::mouseClick(details->openResourceButton(), Qt::LeftButton);
    TableBrowser *browser = m_window->browser();
    QCOMPARE(browser->currentTable(), QString("agents"));
    QVERIFY(QTest::qWaitFor([browser] { return !browser->model()->isLoading() && browser->model()->rowCount() == 1
                                                && browser->model()->isRowLoaded(0); }, 20000));
    QCOMPARE(browser->rowMap(0).value("name").toString(), QString("Refund bot"));
    // A table picked in the sidebar starts a trail of its own.
    m_window->sidebar()->selectTable("tenants");
    QCOMPARE(browser->currentTable(), QString("tenants"));
    QVERIFY(!browser->breadcrumb()->text().contains("Audit trail"));
}

QTEST_MAIN(tst_AuditTrailView)
#include "tst_audittrailview.moc"
