#include "writeguard.h"
#include <QTest>

class tst_WriteGuard : public QObject
{
    Q_OBJECT
private slots:
    void developmentWritesAsTheAccountAllows();
    void productionReadsUntilEnabledWithAReason();
    void enabledWritesLapse();
    void anotherEnvironmentWithdrawsThem();
};

static OperatorIdentity writer()
{
    return {QStringLiteral("u1"), QStringLiteral("admin@example.com"), OperatorIdentity::Access::Write};
}

void tst_WriteGuard::developmentWritesAsTheAccountAllows()
{
    WriteGuard guard;
    QVERIFY(guard.effective(writer()).canWrite());
    OperatorIdentity support = writer();
    support.access = OperatorIdentity::Access::ReadOnly;
    QVERIFY(!guard.effective(support).canWrite());
    guard.setEnvironment(WriteGuard::Environment::Staging);
    QVERIFY(guard.effective(writer()).canWrite());
    QVERIFY(!guard.enable(QStringLiteral("why"), 10));  // nothing to enable outside production
}

void tst_WriteGuard::productionReadsUntilEnabledWithAReason()
{
    WriteGuard guard;
    guard.setEnvironment(WriteGuard::Environment::Production);
    QCOMPARE(guard.effective(writer()).access, OperatorIdentity::Access::ReadOnly);
    QVERIFY(!guard.enable(QStringLiteral("   "), 15));
    QVERIFY(!guard.enable(QStringLiteral("INC-7"), 0));
    QVERIFY(!guard.effective(writer()).canWrite());
    QVERIFY(guard.enable(QStringLiteral("  INC-7: fix Acme's quota "), 15));
    QVERIFY(guard.effective(writer()).canWrite());
    QCOMPARE(guard.reason(), QStringLiteral("INC-7: fix Acme's quota"));
    guard.disable();
    QVERIFY(!guard.effective(writer()).canWrite());
    QVERIFY(guard.reason().isEmpty());
}

void tst_WriteGuard::enabledWritesLapse()
{
    WriteGuard guard;
    guard.setEnvironment(WriteGuard::Environment::Production);
    const QDateTime start(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    QVERIFY(guard.enable(QStringLiteral("INC-8"), 30, start));
    QVERIFY(guard.effective(writer(), start.addSecs(29 * 60 + 59)).canWrite());
    QVERIFY(!guard.effective(writer(), start.addSecs(30 * 60)).canWrite());
    QCOMPARE(guard.enabledUntil(), start.addSecs(30 * 60));
}

void tst_WriteGuard::anotherEnvironmentWithdrawsThem()
{
    WriteGuard guard;
    guard.setEnvironment(WriteGuard::Environment::Production);
    QVERIFY(guard.enable(QStringLiteral("INC-9"), 30));
    guard.setEnvironment(WriteGuard::Environment::Production);  // a new connection
    QVERIFY(!guard.effective(writer()).canWrite());
}

QTEST_MAIN(tst_WriteGuard)
#include "tst_writeguard.moc"
