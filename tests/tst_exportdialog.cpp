#include "demodatabase.h"
#include "exportdialog.h"
#include "exportreadback.h"
#include "mainwindow.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "testdatabase.h"
#include "testsql.h"
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// File → Export… through the real window, offscreen: the browser's current table with its
// filter and tenant lens, the dialog's file and format, the progress to its end, the file.
class tst_ExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportsTheFilteredTableThroughTheDialog();
    void formatFollowsTheExtensionAndBack();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void tst_ExportDialog::initTestCase()
{
    qRegisterMetaType<ExportResult>();
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(13, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_ExportDialog::exportsTheFilteredTableThroughTheDialog()
{
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    const QString acme = TestSql::column(m_db->db(), QStringLiteral("SELECT id FROM tenants WHERE slug = 'acme'")).value(0).toString();
    window.sidebar()->selectTable(QStringLiteral("executions"));
    TableBrowser *browser = window.browser();
    BrowseLocation location = browser->location();
    ColumnFilter status;
    status.column = QStringLiteral("status");
    status.op = ColumnFilter::Op::Equals;
    status.value = QStringLiteral("failed");
    location.filters.filters = {status};
    browser->showLocation(location);
    browser->setTenantLens(acme, QStringLiteral("Acme"));

    QAction *menuAction = window.findChild<QAction *>(QStringLiteral("exportMenuAction"));
    QVERIFY(menuAction);
    QAction *action = browser->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    menuAction->trigger();
    auto *dialog = browser->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QString path = m_db->tempPath(QStringLiteral("failed.jsonl"));
    dialog->pathEdit()->clear();
    QTest::keyClicks(dialog->pathEdit(), path);
    QCOMPARE(dialog->formatCombo()->currentIndex(), 2);  // JSON Lines, from the extension
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QVERIFY(!dialog->exportButton()->isEnabled() || !finished.isEmpty());
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    QVERIFY(dialog->progressBar()->maximum() > 0);
    const QString where = QStringLiteral("WHERE t.tenant_id = ? AND t.status = 'failed'");
    const qint64 expected = TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM executions t ") + where, {acme});
    QVERIFY(expected > 0);
    QCOMPARE(result.rows, expected);
    QVERIFY2(dialog->statusLabel()->text().contains(QLocale().toString(expected)), qPrintable(dialog->statusLabel()->text()));
    const QString problem = ExportReadBack::compare(m_db->db(), *Schema::table(QStringLiteral("executions")), path,
                                                    ExportWriter::Format::JsonLines, where, {acme});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    dialog->reject();
    QTRY_VERIFY(!browser->findChild<ExportDialog *>());
}

void tst_ExportDialog::formatFollowsTheExtensionAndBack()
{
    ExportDialog dialog(m_db->settings(), QStringLiteral("plans"), Schema::table(QStringLiteral("plans"))->columnNames(), {});
    dialog.pathEdit()->setText(QStringLiteral("/tmp/out/plans.csv"));
    dialog.formatCombo()->setCurrentIndex(1);
    QCOMPARE(dialog.pathEdit()->text(), QStringLiteral("/tmp/out/plans.json"));
    dialog.pathEdit()->clear();
    QTest::keyClicks(dialog.pathEdit(), QStringLiteral("/tmp/out/plans.csv"));
    QCOMPARE(dialog.formatCombo()->currentIndex(), 0);
    dialog.pathEdit()->setText(QStringLiteral("/tmp/out/plans.txt"));
    dialog.formatCombo()->setCurrentIndex(2);
    QCOMPARE(dialog.pathEdit()->text(), QStringLiteral("/tmp/out/plans.txt"));  // an unknown extension stays
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
