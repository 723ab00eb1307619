#include "appstartup.h"
#include "demodatabase.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include <QSignalSpy>
#include <QTest>

// The command line decides where the window opens: --view dashboard / audit-trail once the
// database is open, on both backends.
class tst_AppStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnTheChosenView_data();
    void opensOnTheChosenView();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void tst_AppStartup::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(3, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
}

void tst_AppStartup::opensOnTheChosenView_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("dashboard") << QStringLiteral("dashboard");
    QTest::newRow("audit trail") << QStringLiteral("audit-trail");
    QTest::newRow("table browser") << QString();
}

void tst_AppStartup::opensOnTheChosenView()
{
    QFETCH(QString, view);
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QStringList arguments = {QStringLiteral("afadmin"), QStringLiteral("--database-url"), m_db->url()};
    if (!view.isEmpty())
        arguments << QStringLiteral("--view") << view;
    AppStartup startup(&window);
    QVERIFY(startup.begin(arguments));
    QVERIFY(opened.wait(20000));
    QCOMPARE(window.isDashboardShown(), view == QLatin1String("dashboard"));
    QCOMPARE(window.isAuditTrailShown(), view == QLatin1String("audit-trail"));
}

QTEST_MAIN(tst_AppStartup)
#include "tst_appstartup.moc"
