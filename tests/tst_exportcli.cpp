#include "clirunner.h"
#include "demodatabase.h"
#include "exportreadback.h"
#include "schema.h"
#include "testdatabase.h"
#include "testsql.h"
#include <QFile>
#include <QTest>

// afadmin-cli export, run as a separate process on a demo database of each backend: filtered
// exports read back row for row (Python's csv and json modules against the test's own SQL),
// refusals naming what is wrong, and the exit codes the help page promises.

namespace {

using Format = ExportWriter::Format;

} // namespace

class tst_ExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsTheCommandAndItsOptions();
    void filteredExportReadsBackRowForRow_data();
    void filteredExportReadsBackRowForRow();
    void standardOutputAndBooleanFilter();
    void refusesUnknownTablesColumnsAndValues();
    void connectionFailureIsExitTwo();

private:
    QStringList base(const QString &table) const
    {
        return {QStringLiteral("--database-url"), m_db->url(), QStringLiteral("--table"), table};
    }
    std::unique_ptr<TestDatabase> m_db;
    QString m_acmeId;
};

void tst_ExportCli::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(9, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    m_acmeId = TestSql::column(m_db->db(), QStringLiteral("SELECT id FROM tenants WHERE slug = 'acme'")).value(0).toString();
    QVERIFY(!m_acmeId.isEmpty());
}

void tst_ExportCli::helpListsTheCommandAndItsOptions()
{
    const CliRun overview = runCli(QStringLiteral("--help"), {});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains(QLatin1String("export ")));
    const CliRun help = runCli(QStringLiteral("export"), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"--database-url", "--table", "--where", "--format", "--output", "csv", "jsonl",
                             "RFC 4180", "Exit codes", "DATABASE_URL"})
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
    const CliRun noTable = runCli(QStringLiteral("export"), {QStringLiteral("--database-url"), m_db->url()});
    QCOMPARE(noTable.exitCode, 2);
    QVERIFY(noTable.err.contains(QLatin1String("--table")));
    const CliRun badFormat = runCli(QStringLiteral("export"), base(QStringLiteral("users")) + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(badFormat.exitCode, 2);
}

void tst_ExportCli::filteredExportReadsBackRowForRow_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(Format::Csv);
    QTest::newRow("json") << int(Format::Json);
    QTest::newRow("jsonl") << int(Format::JsonLines);
}

void tst_ExportCli::filteredExportReadsBackRowForRow()
{
    QFETCH(int, format);
    // The format comes from the extension here; --format is tested on standard output.
    const QString path = m_db->tempPath(QStringLiteral("acme-completed.") + ExportWriter::extension(Format(format)));
    const CliRun run = runCli(QStringLiteral("export"), base(QStringLiteral("executions")) + QStringList{
        QStringLiteral("--where"), QStringLiteral("tenant_id=") + m_acmeId,
        QStringLiteral("--where"), QStringLiteral("status=completed"), QStringLiteral("--output"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const QString where = QStringLiteral("WHERE t.tenant_id = ? AND t.status = 'completed'");
    const qint64 expected = TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM executions t ") + where, {m_acmeId});
    QVERIFY(expected > 0 && expected < TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM executions")));
    QVERIFY2(run.err.contains(QString::number(expected)), qPrintable(run.err));
    const QString problem = ExportReadBack::compare(m_db->db(), *Schema::table(QStringLiteral("executions")), path,
                                                    Format(format), where, {m_acmeId});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_ExportCli::standardOutputAndBooleanFilter()
{
    const CliRun run = runCli(QStringLiteral("export"), base(QStringLiteral("users")) + QStringList{
        QStringLiteral("--where"), QStringLiteral("is_active=false"), QStringLiteral("--format"), QStringLiteral("jsonl")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());  // no progress: standard error is no terminal here
    const QString path = m_db->tempPath(QStringLiteral("inactive.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();
    const QString where = QStringLiteral("WHERE t.is_active = ?");
    QVERIFY(TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM users t ") + where, {false}) > 0);
    const QString problem = ExportReadBack::compare(m_db->db(), *Schema::table(QStringLiteral("users")), path,
                                                    Format::JsonLines, where, {false});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!run.out.contains(QLatin1String("hashed_password")) && !run.out.contains(QLatin1String("$2b$")));
}

void tst_ExportCli::refusesUnknownTablesColumnsAndValues()
{
    const QString path = m_db->tempPath(QStringLiteral("refused.csv"));
    const CliRun table = runCli(QStringLiteral("export"), base(QStringLiteral("customers")) + QStringList{QStringLiteral("--output"), path});
    QCOMPARE(table.exitCode, 1);
    QVERIFY2(table.err.contains(QLatin1String("\"customers\"")), qPrintable(table.err));
    const QList<QPair<QString, QString>> refused = {
        {QStringLiteral("colour=red"), QStringLiteral("\"colour\"")},
        {QStringLiteral("is_active=maybe"), QStringLiteral("is_active")},
        {QStringLiteral("execution_time=fast"), QStringLiteral("execution_time")},
        {QStringLiteral("created_at=yesterday"), QStringLiteral("created_at")},
        {QStringLiteral("input_data={}"), QStringLiteral("\"input_data\"")},
        {QStringLiteral("nothing"), QStringLiteral("\"nothing\"")},
    };
    for (const auto &where : refused) {
        const CliRun run = runCli(QStringLiteral("export"), base(QStringLiteral("executions")) + QStringList{
            QStringLiteral("--where"), where.first, QStringLiteral("--output"), path});
        QVERIFY2(run.exitCode == 1, qPrintable(where.first + QLatin1Char(' ') + run.err));
        QVERIFY2(run.err.contains(where.second), qPrintable(run.err));
    }
    const CliRun secret = runCli(QStringLiteral("export"), base(QStringLiteral("users")) + QStringList{
        QStringLiteral("--where"), QStringLiteral("hashed_password=x")});
    QCOMPARE(secret.exitCode, 1);
    QVERIFY(!QFile::exists(path));
    const CliRun unwritable = runCli(QStringLiteral("export"), base(QStringLiteral("plans")) + QStringList{
        QStringLiteral("--output"), m_db->tempPath(QStringLiteral("no/such/dir/plans.csv"))});
    QCOMPARE(unwritable.exitCode, 1);
}

void tst_ExportCli::connectionFailureIsExitTwo()
{
    const CliRun missing = runCli(QStringLiteral("export"), {QStringLiteral("--database-url"),
        QStringLiteral("sqlite:///") + m_db->tempPath(QStringLiteral("missing.db")), QStringLiteral("--table"), QStringLiteral("users")});
    QCOMPARE(missing.exitCode, 2);
    const CliRun refused = runCli(QStringLiteral("export"), {QStringLiteral("--database-url"),
        QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), QStringLiteral("--table"), QStringLiteral("users")});
    QCOMPARE(refused.exitCode, 2);
    const CliRun none = runCli(QStringLiteral("export"), {QStringLiteral("--table"), QStringLiteral("users")});
    QCOMPARE(none.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
