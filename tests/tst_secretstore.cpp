#include "secretstore.h"
#include <QSignalSpy>
#include <QTest>

// Runs against the real Secret Service that scripts/test starts (gnome-keyring in a private
// D-Bus session): no mock, no insecure fallback.
class tst_SecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadDelete();
};

void tst_SecretStore::writeReadDelete()
{
    SecretStore store;
    const QString id = QStringLiteral("tst-secretstore-%1").arg(QCoreApplication::applicationPid());
    QSignalSpy written(&store, &SecretStore::passwordWritten);
    QSignalSpy read(&store, &SecretStore::passwordRead);
    QSignalSpy deleted(&store, &SecretStore::passwordDeleted);
    QSignalSpy failed(&store, &SecretStore::failed);

    store.writePassword(id, QStringLiteral("p\u00e4ss w0rd;'"));
    QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() == 1, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));

    store.readPassword(id);
    QTRY_VERIFY_WITH_TIMEOUT(read.size() == 1, 10000);
    QCOMPARE(read.first().at(1).toString(), QStringLiteral("p\u00e4ss w0rd;'"));

    store.deletePassword(id);
    QTRY_VERIFY_WITH_TIMEOUT(deleted.size() == 1, 10000);
    store.readPassword(id);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 10000);
    QCOMPARE(failed.first().at(2).toBool(), true);  // not found, not broken
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
