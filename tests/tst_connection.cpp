#include "databaseconnection.h"
#include "databaseurl.h"
#include "testdatabase.h"
#include <QFile>
#include <QSqlQuery>
#include <QTest>

class tst_Connection : public QObject
{
    Q_OBJECT
private slots:
    void opensTheTestDatabase();
    void failuresSayWhich();
};

void tst_Connection::opensTheTestDatabase()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("t")));
    const auto result = connection.open(testDb.settings());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(DatabaseConnection::backendOf(connection.database()), TestDatabase::backendUnderTest());
    QSqlQuery q(connection.database());
    QVERIFY(q.exec(QStringLiteral("SELECT 1")) && q.next());
}

void tst_Connection::failuresSayWhich()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    ConnectionSettings wrong = testDb.settings();
    DatabaseConnection::Failure expected;
    QString mentions;
    if (testDb.backend() == Backend::SQLite) {
        // Missing file, then a file that is not SQLite at all.
        wrong.sqlitePath = testDb.tempPath(QStringLiteral("absent.db"));
        DatabaseConnection missing(DatabaseConnection::uniqueName(QStringLiteral("t")));
        const auto r = missing.open(wrong);
        QCOMPARE(r.failure, DatabaseConnection::Failure::MissingFile);
        QVERIFY(r.message.contains(QLatin1String("absent.db")));
        QVERIFY(!QFile::exists(wrong.sqlitePath));

        wrong.sqlitePath = testDb.tempPath(QStringLiteral("notes.txt"));
        QFile text(wrong.sqlitePath);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        expected = DatabaseConnection::Failure::NotADatabase;
        mentions = QStringLiteral("not a SQLite database");
    } else {
        // Wrong database name, then nothing listening on the port.
        wrong.database = QStringLiteral("no_such_db_here");
        DatabaseConnection missingDb(DatabaseConnection::uniqueName(QStringLiteral("t")));
        const auto r = missingDb.open(wrong);
        QCOMPARE(r.failure, DatabaseConnection::Failure::MissingDatabase);
        QVERIFY2(r.message.contains(QLatin1String("no_such_db_here")), qPrintable(r.message));

        wrong = testDb.settings();
        wrong.host = QStringLiteral("127.0.0.1");
        wrong.port = 1;  // privileged and unused: refused at once
        expected = DatabaseConnection::Failure::Refused;
        mentions = QStringLiteral("port 1");
    }
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("t")));
    const auto result = connection.open(wrong);
    QCOMPARE(result.failure, expected);
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
