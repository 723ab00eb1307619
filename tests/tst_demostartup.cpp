#include "mainwindow.h"
#include "tablebrowser.h"
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// afadmin --demo on first use: the window stays responsive while the demo database is built
// beside its path, then opens it.
class tst_DemoStartup : public QObject
{
    Q_OBJECT
private slots:
    void buildsThenOpensTheDemo();
};

void tst_DemoStartup::buildsThenOpensTheDemo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/demo.db"));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.createDemoDatabase(path);
    QVERIFY(!QFile::exists(path));  // not there until complete
    // The UI thread keeps running while the demo is built: timers fire on time.
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(50);
    QVERIFY(responsive.elapsed() < 1000);
    QVERIFY(opened.wait(120000));
    QVERIFY(failed.isEmpty());
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    QCOMPARE(window.browser()->currentTable(), QStringLiteral("tenants"));
}

QTEST_MAIN(tst_DemoStartup)
#include "tst_demostartup.moc"
