#include "databaseconnection.h"
#include "querycanceller.h"
#include "testdatabase.h"
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

// A statement that would run for a long time is stopped from another thread through the
// driver's own mechanism, and the connection stays usable afterwards.
class tst_QueryCanceller : public QObject
{
    Q_OBJECT
private slots:
    void stopsALongStatement();
    void cancelWithNothingAttachedIsHarmless();
};

void tst_QueryCanceller::stopsALongStatement()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    const ConnectionSettings settings = testDb.settings();
    QueryCanceller canceller;
    std::atomic<bool> started{false};
    std::atomic<bool> failed{false};
    std::atomic<bool> usableAfter{false};
    QString error;
    QThread *worker = QThread::create([&] {
        DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("cancel")));
        if (!connection.open(settings).ok())
            return;
        canceller.attach(connection.database());
        QSqlQuery q(connection.database());
        // Runs for minutes unless stopped: an endless recursive count, or a long sleep.
        const QString slow = settings.backend == Backend::SQLite
            ? QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
            : QStringLiteral("SELECT pg_sleep(120)");
        started = true;
        failed = !q.exec(slow);
        error = q.lastError().text();
        QSqlQuery after(connection.database());
        usableAfter = after.exec(QStringLiteral("SELECT 1")) && after.next() && after.value(0).toInt() == 1;
        canceller.detach();
    });
    worker->start();
    QTRY_VERIFY(started.load());
    QTest::qWait(300);  // let the statement get going
    QElapsedTimer timer;
    timer.start();
    QVERIFY(canceller.cancel());
    QVERIFY(worker->wait(15000));
    delete worker;
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(failed.load());
    QVERIFY2(error.contains(QLatin1String("interrupt"), Qt::CaseInsensitive)
                 || error.contains(QLatin1String("cancel"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(usableAfter.load());
}

void tst_QueryCanceller::cancelWithNothingAttachedIsHarmless()
{
    QueryCanceller canceller;
    QVERIFY(!canceller.cancel());
}

QTEST_GUILESS_MAIN(tst_QueryCanceller)
#include "tst_querycanceller.moc"
