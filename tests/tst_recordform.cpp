#include "conflictdialog.h"
#include "contentchecksum.h"
#include "demodatabase.h"
#include "environmentband.h"
#include "fieldeditor.h"
#include "foreignkeyeditor.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "passwordhasher.h"
#include "recordactions.h"
#include "recorddialog.h"
#include "recordform.h"
#include "recordservice.h"
#include "recordtimeline.h"
#include "recordwriter.h"
#include "schema.h"
#include "signindialog.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using GuiTestSupport::saveShot;

// Editing through the real forms: typing with QTest, saving through the write path on its
// worker thread, refusals shown at their field, a stale save resolved in the conflict dialog.
class tst_RecordForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editsAndSavesWithItsAuditRow();
    void jsonErrorShowsAtTheFieldAndNothingIsWritten();
    void createRefusedForATakenSlugKeepsTheEdits();
    void readOnlyOperatorCannotSave();
    void staleSaveOffersOverwrite();
    void newUserGetsABcryptPassword();
    void foreignKeyPickerTypesAhead();
    void historyShowsTheRecordsAuditRows();
    void signInDialogRefusesThenSignsIn();
    void bulkDeactivationAfterAPreview();
    void deleteOnlyWhereTheDataModelAllows();
    void productionNeedsWritesEnabledWithAReason();
    void setsAUsersPassword();

private:
    void openTable(const QString &table);
    RecordDialog *editFirstRow(const QString &table);
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    QLineEdit *lineEdit(RecordDialog *dialog, const QString &column) const;
    OperatorIdentity admin() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_RecordForm::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(5, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_RecordForm::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    m_window->setOperator(admin());
}

void tst_RecordForm::cleanup()
{
    m_window.reset();
}

OperatorIdentity tst_RecordForm::admin() const
{
    return GuiTestSupport::demoAdmin(m_db->db());
}

QVariant tst_RecordForm::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void tst_RecordForm::openTable(const QString &table)
{
    m_window->sidebar()->selectTable(table);
    WindowedTableModel *model = m_window->browser()->model();
    QVERIFY(QTest::qWaitFor([model] { return !model->isLoading() && model->rowCount() > 0 && model->isRowLoaded(0); }, 20000));
}

RecordDialog *tst_RecordForm::editFirstRow(const QString &table)
{
    openTable(table);
    // Shortcuts need the window active again after an earlier dialog closed.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    WindowedTableView *view = m_window->browser()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 1));
    QTest::keyClick(view, Qt::Key_Return);
    return m_window->browser()->recordDialog();
}

QLineEdit *tst_RecordForm::lineEdit(RecordDialog *dialog, const QString &column) const
{
    return qobject_cast<QLineEdit *>(dialog->form()->editor(column)->widget());
}

void tst_RecordForm::editsAndSavesWithItsAuditRow()
{
    RecordDialog *dialog = editFirstRow(QStringLiteral("projects"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString id = dialog->form()->values().value(QStringLiteral("id")).toString();
    QLineEdit *name = lineEdit(dialog, QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Project Renamed By Form"));
    const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong();
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM projects WHERE id = ?"), {id}).toString(), QStringLiteral("Project Renamed By Form"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong(), audits + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT user_id FROM audit_logs WHERE resource_id = ? AND event_type = 'admin.update' ORDER BY id DESC LIMIT 1"), {id}).toString(),
             admin().userId);
    QTRY_VERIFY(!m_window->browser()->recordDialog());  // closed after saving
}

void tst_RecordForm::jsonErrorShowsAtTheFieldAndNothingIsWritten()
{
    RecordDialog *dialog = editFirstRow(QStringLiteral("tenants"));
    QVERIFY(dialog);
    auto *quota = qobject_cast<QPlainTextEdit *>(dialog->form()->editor(QStringLiteral("resource_quota"))->widget());
    QVERIFY(quota);
    quota->setFocus();
    quota->selectAll();
    QTest::keyClicks(quota, QStringLiteral("{\"agents\": }"));
    QLabel *problem = dialog->form()->problemLabel(QStringLiteral("resource_quota"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("line 1, column")), qPrintable(problem->text()));
    QVERIFY(problem->text().startsWith(QStringLiteral("Resource quota")));
    QTest::qWait(200);  // the history beside the form loads
    saveShot(dialog->window(), "record-form.png");
    const QByteArray before = ContentChecksum::of(m_db->db());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(dialog->isVisible());
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
    // A JSON array where counts belong is refused as typed, at the same field.
    quota->selectAll();
    QTest::keyClicks(quota, QStringLiteral("[1, 2]"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Resource quota")) && !problem->text().contains(QStringLiteral("line")),
             qPrintable(problem->text()));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(dialog->isVisible());
    // Well-formed and of the right shape: the problem goes away.
    quota->selectAll();
    QTest::keyClicks(quota, QStringLiteral("{\"agents\": 4}"));
    QVERIFY(!problem->isVisible());
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordForm::createRefusedForATakenSlugKeepsTheEdits()
{
    openTable(QStringLiteral("tenants"));
    m_window->browser()->view()->setFocus();
    QTest::keySequence(m_window->browser()->view(), QKeySequence::New);
    RecordDialog *dialog = m_window->browser()->recordDialog();
    QVERIFY(dialog);
    const QString taken = scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 1")).toString();
    QTest::keyClicks(lineEdit(dialog, QStringLiteral("name")), QStringLiteral("Form Tenant"));
    QTest::keyClicks(lineEdit(dialog, QStringLiteral("slug")), taken);
    const QByteArray before = ContentChecksum::of(m_db->db());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QLabel *problem = dialog->form()->problemLabel(QStringLiteral("slug"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY2(problem->text().startsWith(QStringLiteral("Slug")), qPrintable(problem->text()));
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
    QCOMPARE(lineEdit(dialog, QStringLiteral("name"))->text(), QStringLiteral("Form Tenant"));  // edits kept
    lineEdit(dialog, QStringLiteral("slug"))->clear();
    QTest::keyClicks(lineEdit(dialog, QStringLiteral("slug")), QStringLiteral("form-tenant"));
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM tenants WHERE slug = 'form-tenant'")).toString(), QStringLiteral("Form Tenant"));
}

void tst_RecordForm::readOnlyOperatorCannotSave()
{
    OperatorIdentity support;
    support.userId = scalar(QStringLiteral("SELECT id FROM users WHERE email = 'support@agentfactory.test'")).toString();
    support.email = QStringLiteral("support@agentfactory.test");
    support.access = OperatorIdentity::Access::ReadOnly;
    m_window->setOperator(support);
    RecordDialog *dialog = editFirstRow(QStringLiteral("agents"));
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("read-only")));
    // Nor does the write path accept it, whatever the window shows.
    QSignalSpy written(m_window->browser()->recordService(), &RecordService::written);
    const TableSpec *agents = Schema::table(QStringLiteral("agents"));
    const QVariantMap loaded = dialog->form()->values();
    m_window->browser()->recordService()->write([agents, loaded](RecordWriter &w) { return w.update(*agents, loaded, loaded); });
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(1).value<RecordWriter::Result>().outcome, RecordWriter::Outcome::Forbidden);
}

void tst_RecordForm::staleSaveOffersOverwrite()
{
    RecordDialog *dialog = editFirstRow(QStringLiteral("workflows"));
    QVERIFY(dialog);
    const QString id = dialog->form()->values().value(QStringLiteral("id")).toString();
    // Someone else renames it meanwhile.
    {
        WriteContext context;
        context.op = admin();
        RecordWriter other(m_db->db(), context);
        const TableSpec *workflows = Schema::table(QStringLiteral("workflows"));
        const QVariantMap row = RecordWriter::load(m_db->db(), *workflows, id);
        QVariantMap edited = row;
        edited.insert(QStringLiteral("name"), QStringLiteral("Their name"));
        QTest::qWait(5);
        QVERIFY(other.update(*workflows, row, edited).ok());
    }
    QLineEdit *name = lineEdit(dialog, QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("My name"));
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    // The conflict dialog comes up once the save returns; overwrite from it.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<ConflictDialog *>(), 20000);
    auto *conflict = dialog->findChild<ConflictDialog *>();
    QVERIFY(conflict->isVisible());
    const bool sawConflict = conflict->findChild<QWidget *>(QStringLiteral("conflictFields")) != nullptr;
    saveShot(conflict->window(), "conflict.png");
    QTest::mouseClick(conflict->findChild<QPushButton *>(QStringLiteral("overwriteButton")), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QVERIFY(sawConflict);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM workflows WHERE id = ?"), {id}).toString(), QStringLiteral("My name"));
    QVERIFY(scalar(QStringLiteral("SELECT details FROM audit_logs WHERE resource_id = ? ORDER BY id DESC LIMIT 1"), {id})
                .toString().contains(QStringLiteral("\"overwrite\": true")));
}

void tst_RecordForm::newUserGetsABcryptPassword()
{
    openTable(QStringLiteral("users"));
    RecordDialog *dialog = m_window->browser()->openRecord(RecordDialog::Mode::Create);
    QVERIFY(dialog && dialog->passwordEdit());
    QTest::keyClicks(lineEdit(dialog, QStringLiteral("email")), QStringLiteral("form.user@acme.test"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
    QTest::keyClicks(dialog->repeatPasswordEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->messageLabel()->text().startsWith(QStringLiteral("Password")));
    dialog->passwordEdit()->clear();
    dialog->repeatPasswordEdit()->clear();
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("Form-User-Secret-9"));
    QTest::keyClicks(dialog->repeatPasswordEdit(), QStringLiteral("Form-User-Secret-9"));
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    const QString hash = scalar(QStringLiteral("SELECT hashed_password FROM users WHERE email = 'form.user@acme.test'")).toString();
    QVERIFY(hash.startsWith(QStringLiteral("$2b$12$")));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Form-User-Secret-9"), hash));
    QVERIFY(!scalar(QStringLiteral("SELECT details FROM audit_logs ORDER BY id DESC LIMIT 1")).toString().contains(QStringLiteral("$2b$")));
}

void tst_RecordForm::foreignKeyPickerTypesAhead()
{
    openTable(QStringLiteral("agents"));
    RecordDialog *dialog = m_window->browser()->openRecord(RecordDialog::Mode::Create);
    QVERIFY(dialog);
    auto *tenant = static_cast<ForeignKeyEditor *>(dialog->form()->editor(QStringLiteral("tenant_id")));
    QComboBox *combo = tenant->comboBox();
    combo->setFocus();
    QTest::keyClicks(combo, QStringLiteral("acm"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 0 && !tenant->isLookingUp(), 20000);
    QCOMPARE(combo->itemText(0), QStringLiteral("Acme Corporation"));
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    const QString acme = scalar(QStringLiteral("SELECT id FROM tenants WHERE name = 'Acme Corporation'")).toString();
    QCOMPARE(tenant->value().toString(), acme);
    // The creator is picked among Acme's users only.
    auto *creator = static_cast<ForeignKeyEditor *>(dialog->form()->editor(QStringLiteral("created_by")));
    creator->comboBox()->setFocus();
    QTest::keyClicks(creator->comboBox(), QStringLiteral("@"));
    QTRY_VERIFY_WITH_TIMEOUT(creator->comboBox()->count() > 0 && !creator->isLookingUp(), 20000);
    for (int i = 0; i < creator->comboBox()->count(); ++i)
        QVERIFY2(creator->comboBox()->itemText(i).endsWith(QStringLiteral("@acme.test")), qPrintable(creator->comboBox()->itemText(i)));
    // Hostile text is a search term, nothing more.
    const QByteArray before = ContentChecksum::of(m_db->db());
    creator->comboBox()->clearEditText();
    QTest::keyClicks(creator->comboBox(), QStringLiteral("%'; DROP TABLE users; --"));
    QTRY_VERIFY_WITH_TIMEOUT(creator->comboBox()->count() == 0 && !creator->isLookingUp(), 20000);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordForm::historyShowsTheRecordsAuditRows()
{
    RecordDialog *dialog = editFirstRow(QStringLiteral("projects"));
    QVERIFY(dialog);
    const QString id = dialog->form()->values().value(QStringLiteral("id")).toString();
    const qint64 entries = scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE resource_id = ?"), {id}).toLongLong();
    QVERIFY(entries > 0);  // renamed by the first test, or by the demo's history
    auto *timeline = dialog->findChild<RecordTimeline *>();
    QVERIFY(timeline);
    WindowedTableModel *model = timeline->model();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), entries, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), 20000);
    timeline->view()->setCurrentIndex(timeline->view()->model()->index(0, 0));
    QVERIFY(!timeline->details()->toPlainText().isEmpty());
}

void tst_RecordForm::signInDialogRefusesThenSignsIn()
{
    m_window->setOperator({});
    QVERIFY(!m_window->currentOperator().canRead());
    SignInDialog *dialog = m_window->showSignIn();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("readOnlyButton")) != nullptr, m_db->backend() == Backend::SQLite);
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("ADMIN@agentfactory.test"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("wrong password"));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisible(), 20000);
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Wrong email or password."));
    saveShot(dialog->window(), "sign-in.png");
    QVERIFY(dialog->passwordEdit()->text().isEmpty());
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("Admin-Demo-1"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 20000);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QVERIFY(m_window->currentOperator().canWrite());
    QCOMPARE(m_window->currentOperator().email, QStringLiteral("admin@agentfactory.test"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("operatorLabel"))->text().contains(QStringLiteral("can write")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.sign_in' AND success = ?"), {false}).toInt(), 1);
    openTable(QStringLiteral("audit_logs"));
    QTest::qWait(200);
    saveShot(m_window.get()->window(), "main-window.png");
}

void tst_RecordForm::bulkDeactivationAfterAPreview()
{
    openTable(QStringLiteral("tenants"));
    WindowedTableView *view = m_window->browser()->view();
    WindowedTableModel *model = m_window->browser()->model();
    // The first two active tenants.
    QList<int> active;
    for (int row = 0; row < model->rowCount() && active.size() < 2; ++row) {
        if (m_window->browser()->rowMap(row).value(QStringLiteral("is_active")).toBool())
            active.append(row);
    }
    QCOMPARE(active.size(), 2);
    view->setFocus();
    view->selectionModel()->clearSelection();
    for (int row : active)
        view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = {m_window->browser()->rowMap(active.at(0)).value(QStringLiteral("id")).toString(),
                             m_window->browser()->rowMap(active.at(1)).value(QStringLiteral("id")).toString()};
    RecordActions *actions = m_window->browser()->recordActions();
    QVERIFY(!actions->deleteAction()->isEnabled());  // tenants are deactivated, never deleted
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(actions->confirmation(), 20000);
    const QString text = actions->confirmation()->text();
    QVERIFY2(text.contains(QStringLiteral("Deactivate 2 tenants")) && text.contains(QStringLiteral("users")), qPrintable(text));
    const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong();
    QTest::mouseClick(actions->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE id IN (?, ?) AND is_active = ?"),
                                     {ids.at(0), ids.at(1), false}).toInt(), 2, 20000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong(), audits + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE event_type = 'admin.deactivate' AND resource_id IN (?, ?)"),
                    {ids.at(0), ids.at(1)}).toInt(), 2);
}

void tst_RecordForm::deleteOnlyWhereTheDataModelAllows()
{
    openTable(QStringLiteral("agents"));
    WindowedTableView *view = m_window->browser()->view();
    view->setFocus();
    view->selectRow(0);
    const QString id = m_window->browser()->rowMap(0).value(QStringLiteral("id")).toString();
    RecordActions *actions = m_window->browser()->recordActions();
    QVERIFY(actions->deleteAction()->isEnabled());
    QVERIFY(!actions->deactivateAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(actions->confirmation(), 20000);
    QVERIFY(actions->confirmation()->text().startsWith(QStringLiteral("Delete agent")));
    // Cancel writes nothing.
    const QByteArray before = ContentChecksum::of(m_db->db());
    actions->confirmation()->reject();
    QTRY_VERIFY(!actions->confirmation());
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(actions->confirmation(), 20000);
    QTest::mouseClick(actions->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM agents WHERE id = ?"), {id}).toInt(), 0, 20000);
    QVERIFY(scalar(QStringLiteral("SELECT details FROM audit_logs WHERE event_type = 'admin.delete' AND resource_id = ?"), {id})
                .toString().contains(QStringLiteral("\"deleted\"")));
}

void tst_RecordForm::productionNeedsWritesEnabledWithAReason()
{
    m_window->setEnvironment(ConnectionProfile::Environment::Production);
    RecordService *service = m_window->browser()->recordService();
    QVERIFY(!service->context().op.canWrite());
    EnvironmentBand *band = m_window->environmentBand();
    QVERIFY(band->label()->text().startsWith(QStringLiteral("PRODUCTION")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("operatorLabel"))->text().contains(QStringLiteral("until writes are enabled")));
    RecordDialog *dialog = editFirstRow(QStringLiteral("projects"));
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!m_window->browser()->recordDialog());

    QTest::mouseClick(band->enableButton(), Qt::LeftButton);
    QTRY_VERIFY(band->enableDialog());
    auto *reason = band->enableDialog()->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("INC-4711 rename project"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(service->context().op.canWrite());
    QCOMPARE(service->context().reason, QStringLiteral("INC-4711 rename project"));
    QVERIFY(band->label()->text().contains(QStringLiteral("writes enabled until")));
    saveShot(band->window(), "production-writes-enabled.png");

    dialog = editFirstRow(QStringLiteral("projects"));
    QVERIFY(dialog);
    QVERIFY(dialog->saveButton()->isEnabled());
    const QString id = dialog->form()->values().value(QStringLiteral("id")).toString();
    QLineEdit *name = lineEdit(dialog, QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed in production"));
    QSignalSpy saved(dialog, &RecordDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QVERIFY(scalar(QStringLiteral("SELECT details FROM audit_logs WHERE resource_id = ? ORDER BY id DESC LIMIT 1"), {id})
                .toString().contains(QStringLiteral("\"reason\": \"INC-4711 rename project\"")));
    band->disableWrites();
    QVERIFY(!service->context().op.canWrite());
}

void tst_RecordForm::setsAUsersPassword()
{
    openTable(QStringLiteral("users"));
    WindowedTableView *view = m_window->browser()->view();
    view->setFocus();
    view->selectRow(1);
    const QVariantMap user = m_window->browser()->rowMap(1);
    RecordActions *actions = m_window->browser()->recordActions();
    QVERIFY(actions->setPasswordAction()->isEnabled());
    actions->setPasswordAction()->trigger();
    auto *dialog = m_window->browser()->findChild<PasswordDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generatePassword")), Qt::LeftButton);
    const QString password = dialog->password();
    QCOMPARE(password.size(), 16);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const QString id = user.value(QStringLiteral("id")).toString();
    QTRY_VERIFY_WITH_TIMEOUT(PasswordHasher::verify(password, scalar(QStringLiteral("SELECT hashed_password FROM users WHERE id = ?"), {id}).toString()), 20000);
    const QString details = scalar(QStringLiteral("SELECT details FROM audit_logs WHERE resource_id = ? ORDER BY id DESC LIMIT 1"), {id}).toString();
    QVERIFY2(details.contains(QStringLiteral("hashed_password")) && !details.contains(QStringLiteral("$2b$")) && !details.contains(password),
             qPrintable(details));
}

QTEST_MAIN(tst_RecordForm)
#include "tst_recordform.moc"
