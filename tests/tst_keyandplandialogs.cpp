#include "apikey.h"
#include "apikeyissueddialog.h"
#include "demodatabase.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "plandialog.h"
#include "recordactions.h"
#include "recorddialog.h"
#include "recordform.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using GuiTestSupport::saveShot;

// Issuing an API key from a user's row and moving a tenant to another plan, through the real
// widgets on both backends: the key is shown once and only its hash is stored; the plan
// change lands on the tenant and its subscription with their audit rows.
class tst_KeyAndPlanDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issuesAKeyShownOnce();
    void revokesAKey();
    void changesATenantsPlan();
    void readOnlyOperatorSeesNoWayToChangeAPlan();

private:
    void openTable(const QString &table);
    int rowWhere(const QString &column, const QVariant &value) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    OperatorIdentity admin(OperatorIdentity::Access access = OperatorIdentity::Access::Write) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_KeyAndPlanDialogs::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(9, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_KeyAndPlanDialogs::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    m_window->setOperator(admin());
}

void tst_KeyAndPlanDialogs::cleanup()
{
    m_window.reset();
}

OperatorIdentity tst_KeyAndPlanDialogs::admin(OperatorIdentity::Access access) const
{
    OperatorIdentity identity;
    identity.userId = scalar(QStringLiteral("SELECT id FROM users WHERE email = 'admin@agentfactory.test'")).toString();
    identity.email = QStringLiteral("admin@agentfactory.test");
    identity.access = access;
    return identity;
}

QVariant tst_KeyAndPlanDialogs::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void tst_KeyAndPlanDialogs::openTable(const QString &table)
{
    m_window->sidebar()->selectTable(table);
    WindowedTableModel *model = m_window->browser()->model();
    QVERIFY(QTest::qWaitFor([model] { return !model->isLoading() && model->rowCount() > 0 && model->isRowLoaded(0); }, 20000));
}

int tst_KeyAndPlanDialogs::rowWhere(const QString &column, const QVariant &value) const
{
    TableBrowser *browser = m_window->browser();
    for (int row = 0; row < browser->model()->rowCount() && row < 200; ++row) {
        if (browser->rowMap(row).value(column) == value)
            return row;
    }
    return -1;
}

void tst_KeyAndPlanDialogs::issuesAKeyShownOnce()
{
    openTable(QStringLiteral("users"));
    const QString userId = scalar(QStringLiteral("SELECT id FROM users WHERE tenant_id IS NOT NULL AND is_active = ? ORDER BY email LIMIT 1"), {true}).toString();
    const int row = rowWhere(QStringLiteral("id"), userId);
    QVERIFY(row >= 0);
    const QVariantMap user = m_window->browser()->rowMap(row);
    m_window->browser()->view()->selectRow(row);
    RecordActions *actions = m_window->browser()->recordActions();
    QVERIFY(actions->issueKeyAction()->isVisible() && actions->issueKeyAction()->isEnabled());
    actions->issueKeyAction()->trigger();

    RecordDialog *form = m_window->browser()->recordDialog();
    QVERIFY(form);
    // The form starts on that user and their tenant; the key is made when it is saved.
    QCOMPARE(form->form()->values().value(QStringLiteral("user_id")).toString(), userId);
    QCOMPARE(form->form()->values().value(QStringLiteral("tenant_id")), user.value(QStringLiteral("tenant_id")));
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameEditor"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Nightly export"));
    const qint64 keysBefore = scalar(QStringLiteral("SELECT count(*) FROM api_keys")).toLongLong();
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);

    ApiKeyIssuedDialog *issued = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (issued = m_window->browser()->findChild<ApiKeyIssuedDialog *>()) != nullptr; }, 20000));
    const QString secret = issued->keyEdit()->text();
    QVERIFY2(secret.startsWith(QLatin1String("afk_")) && secret.size() == 47, qPrintable(secret));
    QTest::mouseClick(issued->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    saveShot(issued, "api-key-issued.png");

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM api_keys")).toLongLong(), keysBefore + 1);
    const QString id = scalar(QStringLiteral("SELECT id FROM api_keys WHERE key_hash = ?"), {ApiKey::hashOf(secret)}).toString();
    QVERIFY2(!id.isEmpty(), "the stored key_hash is the SHA-256 of the key shown");
    QCOMPARE(scalar(QStringLiteral("SELECT user_id FROM api_keys WHERE id = ?"), {id}).toString(), userId);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM api_keys WHERE id = ?"), {id}).toString(), QStringLiteral("Nightly export"));
    const QString details = scalar(QStringLiteral("SELECT details FROM audit_logs WHERE resource_id = ? AND action = 'create'"), {id}).toString();
    QCOMPARE(QJsonDocument::fromJson(details.toUtf8()).object().value(QStringLiteral("key")).toString(), ApiKey::hintOf(secret));
    QVERIFY2(!details.contains(secret.mid(4, 16)), qPrintable(details));
    issued->close();

    // Afterwards the key is known by its hint only.
    openTable(QStringLiteral("api_keys"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    ColumnFilter byId;
    byId.column = QStringLiteral("id");
    byId.op = ColumnFilter::Op::Equals;
    byId.value = id;
    BrowseLocation location;
    location.table = QStringLiteral("api_keys");
    location.filters.filters = {byId};
    m_window->browser()->showLocation(location);
    WindowedTableModel *model = m_window->browser()->model();
    QVERIFY(QTest::qWaitFor([model] { return !model->isLoading() && model->rowCount() == 1 && model->isRowLoaded(0); }, 20000));
    WindowedTableView *view = m_window->browser()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 1));
    QTest::keyClick(view, Qt::Key_Return);
    RecordDialog *edit = m_window->browser()->recordDialog();
    QVERIFY(edit && edit->keyHintLabel());
    QTRY_COMPARE_WITH_TIMEOUT(edit->keyHintLabel()->text(),
                              RecordDialog::tr("Key: %1 (shown in full only when it was issued)").arg(ApiKey::hintOf(secret)), 20000);
    QVERIFY(!edit->keyHintLabel()->text().contains(secret.mid(4, 8)));
    saveShot(edit, "api-key-form.png");
    edit->reject();
}

void tst_KeyAndPlanDialogs::revokesAKey()
{
    openTable(QStringLiteral("api_keys"));
    const int row = rowWhere(QStringLiteral("is_active"), true);
    QVERIFY(row >= 0);
    const QString id = m_window->browser()->rowMap(row).value(QStringLiteral("id")).toString();
    m_window->browser()->view()->selectRow(row);
    RecordActions *actions = m_window->browser()->recordActions();
    QCOMPARE(actions->deactivateAction()->text(), RecordActions::tr("&Revoke\u2026"));
    actions->deactivateAction()->trigger();
    QVERIFY(QTest::qWaitFor([actions] { return actions->confirmation() != nullptr; }, 20000));
    QTest::mouseClick(actions->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT is_active FROM api_keys WHERE id = ?"), {id}).toBool(), false, 20000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE resource_id = ? AND action = 'deactivate'"), {id}).toLongLong(), 1);
}

void tst_KeyAndPlanDialogs::changesATenantsPlan()
{
    openTable(QStringLiteral("tenants"));
    const int row = rowWhere(QStringLiteral("plan"), QStringLiteral("free"));
    QVERIFY(row >= 0);
    const QVariantMap tenant = m_window->browser()->rowMap(row);
    const QString tenantId = tenant.value(QStringLiteral("id")).toString();
    m_window->browser()->view()->selectRow(row);
    RecordActions *actions = m_window->browser()->recordActions();
    QVERIFY(actions->changePlanAction()->isVisible() && !actions->issueKeyAction()->isVisible());
    actions->changePlanAction()->trigger();
    auto *dialog = m_window->browser()->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->planBox()->count() > 0; }, 20000));
    const QString enterprise = scalar(QStringLiteral("SELECT name FROM plans WHERE plan_type = 'enterprise' AND is_active = ? ORDER BY name LIMIT 1"), {true}).toString();
    const int at = dialog->planBox()->findText(enterprise);
    QVERIFY2(at >= 0, qPrintable(enterprise));
    dialog->planBox()->setFocus();
    dialog->planBox()->setCurrentIndex(at);
    dialog->cycleBox()->setCurrentIndex(dialog->cycleBox()->findData(QStringLiteral("yearly")));
    saveShot(dialog, "change-plan.png");
    QSignalSpy changed(dialog, &PlanDialog::changed);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QVERIFY(changed.wait(20000));

    QCOMPARE(scalar(QStringLiteral("SELECT plan FROM tenants WHERE id = ?"), {tenantId}).toString(), QStringLiteral("enterprise"));
    const QString planId = scalar(QStringLiteral("SELECT id FROM plans WHERE name = ?"), {enterprise}).toString();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM subscriptions WHERE tenant_id = ? AND status = 'active' AND plan_id = ? "
                                   "AND billing_cycle = 'yearly'"), {tenantId, planId}).toLongLong(), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE resource_id = ? AND event_type = 'admin.update'"), {tenantId}).toLongLong() >= 1);
}

void tst_KeyAndPlanDialogs::readOnlyOperatorSeesNoWayToChangeAPlan()
{
    m_window->setOperator(admin(OperatorIdentity::Access::ReadOnly));
    openTable(QStringLiteral("tenants"));
    const QString before = scalar(QStringLiteral("SELECT plan FROM tenants ORDER BY id LIMIT 1")).toString();
    m_window->browser()->view()->selectRow(0);
    m_window->browser()->recordActions()->changePlanAction()->trigger();
    QVERIFY(!m_window->browser()->findChild<PlanDialog *>());
    QCOMPARE(scalar(QStringLiteral("SELECT plan FROM tenants ORDER BY id LIMIT 1")).toString(), before);
}

QTEST_MAIN(tst_KeyAndPlanDialogs)
#include "tst_keyandplandialogs.moc"
