#include "clirunner.h"
#include "contentchecksum.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include "testdatabase.h"
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// afadmin-cli demo, run as a separate process the way scripts and users run it.

namespace {

const QString anchor = QStringLiteral("2024-06-30");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileChecksum(const QString &path)
{
    ConnectionSettings settings;
    settings.sqlitePath = path;
    DatabaseConnection connection(DatabaseConnection::uniqueName("demo-file"));
    if (!connection.open(settings).ok())
        return {};
    return ContentChecksum::of(connection.database());
}

} // namespace

class tst_DemoCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rejectsBadUsage();
    void outputPrintsAccountsAndCounts();
    void outputRefusesExistingFileWithoutForce();
    void forceReplacesTheFile();
    void databaseUrl();

private:
    QTemporaryDir m_dir;
    QString m_path;       // the demo made once by initTestCase: seed 42, fixed anchor
    CliRun m_created;
    QByteArray m_checksum;
};

void tst_DemoCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath("demo.db");
    m_created = runCli("demo", {"--output", m_path, "--seed", "42", "--anchor-date", anchor});
    QVERIFY2(m_created.exitCode == 0, qPrintable(m_created.err));
    m_checksum = fileChecksum(m_path);
    QVERIFY(!m_checksum.isEmpty());
}

void tst_DemoCommand::rejectsBadUsage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("x.db");
    const QList<QStringList> bad = {
        {},
        {"--output", path, "--database-url", "sqlite:///" + path},
        {"--output", path, "--seed", "abc"},
        {"--output", path, "--seed", "-1"},
        {"--output", path, "--anchor-date", "2024-13-01"},
        {"--output", path, "--anchor-date", "30.06.2024"},
        {"--output", path, "--no-such-option"},
        {"--output", path, "stray-argument"},
        {"--database-url", "sqlite:///" + path, "--force"},
        {"--database-url", "mysql://host/db"},
        {"--database-url", "postgresql://postgres@127.0.0.1:1/nothing_listens"},  // cannot be opened
        {"--output", dir.filePath("missing-dir/x.db")},
        {"--output", dir.path()},
    };
    for (const QStringList &arguments : bad) {
        const CliRun result = runCli("demo", arguments);
        QVERIFY2(result.exitCode == 2, qPrintable(arguments.join(' ') + ": " + QString::number(result.exitCode) + " " + result.err));
        QVERIFY2(!result.err.trimmed().isEmpty(), qPrintable(arguments.join(' ')));
        QVERIFY(result.out.isEmpty());
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(dir.filePath("missing-dir/x.db.tmp")));

    const CliRun help = runCli("demo", {"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--output", "--database-url", "--seed", "--anchor-date", "--force"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void tst_DemoCommand::outputPrintsAccountsAndCounts()
{
    for (const DemoAccount &account : DemoDatabase::accounts()) {
        QVERIFY2(m_created.out.contains(account.email), qPrintable(m_created.out));
        QVERIFY(m_created.out.contains(account.password));
        QVERIFY(m_created.out.contains(account.role));
    }
    QVERIFY(m_created.out.contains(DemoDatabase::memberPassword()));
    QVERIFY2(m_created.out.contains(QRegularExpression("audit_logs\\s+30000\\n")), qPrintable(m_created.out));
    QVERIFY(m_created.out.contains(QRegularExpression("executions\\s+6000\\n")));
    QVERIFY(m_created.err.contains("audit_logs"));  // progress goes to stderr
    QVERIFY(!m_created.out.contains("Writing"));
    QVERIFY(QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + ".tmp"));
}

void tst_DemoCommand::outputRefusesExistingFileWithoutForce()
{
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    const CliRun refused = runCli("demo", {"--output", m_path, "--seed", "43"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--force"), qPrintable(refused.err));
    QCOMPARE(fileBytes(m_path), before);
    QVERIFY(!QFile::exists(m_path + ".tmp"));
}

void tst_DemoCommand::forceReplacesTheFile()
{
    const QString path = m_dir.filePath("replaced.db");
    QVERIFY(QFile::copy(m_path, path));
    const CliRun replaced = runCli("demo", {"--output", path, "--force", "--seed", "43", "--anchor-date", anchor});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QVERIFY(!QFile::exists(path + ".tmp"));
    const QByteArray otherSeed = fileChecksum(path);
    QVERIFY(!otherSeed.isEmpty());
    QVERIFY(otherSeed != m_checksum);  // another seed, other content
}

void tst_DemoCommand::databaseUrl()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    const CliRun filled = runCli("demo", {"--database-url", testDb.url(), "--anchor-date", anchor});
    QVERIFY2(filled.exitCode == 0, qPrintable(filled.err));
    QVERIFY(filled.out.contains("admin@agentfactory.test"));
    // 42 is the default seed. On PostgreSQL this also shows both backends store the same values.
    QCOMPARE(ContentChecksum::of(testDb.db()), m_checksum);

    const CliRun again = runCli("demo", {"--database-url", testDb.url()});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("\"tenants\""), qPrintable(again.err));
}

QTEST_GUILESS_MAIN(tst_DemoCommand)
#include "tst_democommand.moc"
