#include "clirunner.h"
#include "oldmigration.h"
#include "testdatabase.h"
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// Runs the built afadmin-cli check-schema as a script or CI job would.
class tst_CheckSchemaCli : public QObject
{
    Q_OBJECT
private slots:
    void cleanDatabaseExitsZero();
    void oldMigrationExitsOne();
    void databaseUrlFromEnvironment();
    void cannotCheck_data();
    void cannotCheck();
};

void tst_CheckSchemaCli::cleanDatabaseExitsZero()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    const CliRun result = runCli("check-schema", {QStringLiteral("--database-url"), testDb.url()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.lines().join(QLatin1Char('\n'))));
    QCOMPARE(result.lines(), QStringList());
    QVERIFY2(result.err.contains(QLatin1String("matches the data model")), qPrintable(result.err));
}

void tst_CheckSchemaCli::oldMigrationExitsOne()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    for (const QString &statement : OldMigration::createStatements(testDb.backend()))
        QVERIFY2(testDb.exec(statement), qPrintable(testDb.error()));
    const CliRun result = runCli("check-schema", {QStringLiteral("--database-url"), testDb.url()});
    QCOMPARE(result.exitCode, 1);
    QStringList lines = result.lines();
    QStringList expected = OldMigration::expectedDriftLines(testDb.backend());
    lines.sort();
    expected.sort();
    QCOMPARE(lines, expected);
    QVERIFY2(result.err.contains(QStringLiteral("the data model: %1.").arg(expected.size())), qPrintable(result.err));
    const QString known = QStringLiteral("known from the old migration (data-model.md, \"Migration Status\"): %1.");
    QVERIFY2(result.err.contains(known.arg(expected.size())), qPrintable(result.err));
}

void tst_CheckSchemaCli::databaseUrlFromEnvironment()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    const QString missing = QStringLiteral("sqlite:///") + testDb.tempPath(QStringLiteral("absent.db"));

    CliRun result = runCli("check-schema", {}, testDb.url());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.lines(), QStringList());

    // The option wins over the environment, in both directions.
    result = runCli("check-schema", {QStringLiteral("--database-url"), testDb.url()}, missing);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runCli("check-schema", {QStringLiteral("--database-url"), missing}, testDb.url());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("absent.db")), qPrintable(result.err));

    result = runCli("check-schema", {});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("DATABASE_URL")), qPrintable(result.err));
}

void tst_CheckSchemaCli::cannotCheck_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("bad url") << QStringLiteral("bad url") << QStringLiteral("\"mysql\" is not supported");
    QTest::newRow("unknown option") << QStringLiteral("unknown option") << QStringLiteral("'colour'");
    QTest::newRow("empty database") << QStringLiteral("empty") << QStringLiteral("not an Agent Factory database");
    QTest::newRow("another app") << QStringLiteral("another app") << QStringLiteral("(notes)");
    if (TestDatabase::backendUnderTest() == Backend::SQLite) {
        QTest::newRow("missing file") << QStringLiteral("missing file") << QStringLiteral("does not exist");
        QTest::newRow("random bytes") << QStringLiteral("random bytes") << QStringLiteral("not a SQLite database");
        QTest::newRow("damaged sqlite") << QStringLiteral("damaged") << QStringLiteral("not a SQLite database");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("is not a file");
    } else {
        QTest::newRow("missing database") << QStringLiteral("missing database") << QStringLiteral("no database named");
        QTest::newRow("nothing listening") << QStringLiteral("refused") << QStringLiteral("port 1");
    }
}

void tst_CheckSchemaCli::cannotCheck()
{
    QFETCH(QString, fixture);
    QFETCH(QString, mentioned);
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    ConnectionSettings settings = testDb.settings();
    QStringList arguments;
    const QString file = testDb.tempPath(QStringLiteral("other.db"));

    if (fixture == QLatin1String("bad url")) {
        arguments = {QStringLiteral("--database-url"), QStringLiteral("mysql://root@localhost/agents")};
    } else if (fixture == QLatin1String("unknown option")) {
        arguments = {QStringLiteral("--colour"), QStringLiteral("--database-url"), testDb.url()};
    } else if (fixture == QLatin1String("another app")) {
        QVERIFY(testDb.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
    } else if (fixture == QLatin1String("missing file")) {
        settings.sqlitePath = file;
    } else if (fixture == QLatin1String("random bytes") || fixture == QLatin1String("damaged")) {
        QByteArray bytes(8192, '\0');
        for (char &byte : bytes)
            byte = char(QRandomGenerator::global()->bounded(256));
        if (fixture == QLatin1String("damaged")) {
            // A real SQLite file whose header survives but whose schema page does not.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE tenants (id VARCHAR PRIMARY KEY, name VARCHAR)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("damage"));
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            const QByteArray original = damaged.readAll();
            QVERIFY(original.startsWith("SQLite format 3"));
            bytes = original.left(100) + bytes.left(original.size() - 100);
            damaged.close();
        }
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        settings.sqlitePath = file;
    } else if (fixture == QLatin1String("directory")) {
        settings.sqlitePath = testDb.tempPath(QString());
    } else if (fixture == QLatin1String("missing database")) {
        settings.database = QStringLiteral("no_such_agent_factory_db");
    } else if (fixture == QLatin1String("refused")) {
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = 1;
    }
    if (arguments.isEmpty())
        arguments = {QStringLiteral("--database-url"), settings.toUrl(true)};

    const CliRun result = runCli("check-schema", arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.lines(), QStringList());
    QVERIFY2(result.err.contains(mentioned), qPrintable(result.err));
    if (fixture == QLatin1String("missing file"))
        QVERIFY(!QFile::exists(file));  // checking must never create the file it was pointed at
}

QTEST_GUILESS_MAIN(tst_CheckSchemaCli)
#include "tst_checkschemacli.moc"
