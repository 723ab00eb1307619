#include "bulkseeder.h"
#include "clirunner.h"
#include "contentchecksum.h"
#include "copywriter.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "demodatabase.h"
#include "jsontext.h"
#include "rowwriter.h"
#include "schema.h"
#include "seedreferences.h"
#include "seedrows.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <memory>

// Bulk seeding (afadmin-cli seed) on a real database of each backend: exact row counts,
// foreign keys, value formats, determinism, refusals, COPY escaping and the command itself.

using TestSql::scalar;

namespace {

const QDate anchor(2024, 6, 30);
constexpr quint32 demoSeed = 42;

qlonglong rowsIn(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

SeedPlan smallPlan(quint32 seed = 7)
{
    SeedPlan plan;
    plan.auditLogs = 2000;
    plan.executions = 1000;
    plan.usageRecords = 1000;
    plan.seed = seed;
    plan.batchSize = 750;  // several batches and a short last one, with short statements too
    plan.anchorDate = anchor;
    return plan;
}

// A RowWriter that keeps the rows as text: for comparing what SeedRows draws.
class TextRows : public RowWriter
{
public:
    bool beginBatch(const TableSpec &, const QStringList &) override { return true; }
    void addNull() override { m_row += QStringLiteral("\\N|"); }
    void addText(std::string_view utf8) override { m_row += QString::fromUtf8(utf8.data(), qsizetype(utf8.size())) + '|'; }
    void addBool(bool value) override { m_row += value ? QStringLiteral("t|") : QStringLiteral("f|"); }
    void addReal(double value) override { m_row += QString::number(value, 'g', 17) + '|'; }
    bool endRow() override { rows.append(m_row); m_row.clear(); return true; }
    bool endBatch() override { return true; }
    void abortBatch() override {}
    QStringList rows;
private:
    QString m_row;
};

} // namespace

class tst_BulkSeeder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void copyEscaping_data();
    void copyEscaping();
    void dateTimeTextMatchesValueCodec();
    void addsExactlyTheRowsAsked();
    void foreignKeysResolve();
    void valuesReadBack();
    void timesLieInTheWindow();
    void sameSeedSameRows();
    void otherSeedOtherRows();
    void refusesWithoutReferences();
    void refusesOtherDatabases();
    void cliBadUsage_data();
    void cliBadUsage();
    void cliRefusesEmptyDatabase();
    // Last: these add rows to the shared demo the checks above read.
    void failedBatchIsRolledBack();
    void cliSeeds();

private:
    QSqlDatabase db() const { return m_seeded->db(); }
    static bool makeDemo(TestDatabase &testDb);

    std::unique_ptr<TestDatabase> m_seeded;  // a demo, then smallPlan() seeded into it
    QHash<QString, qlonglong> m_before;
    QList<SeedTableResult> m_results;
    QList<SeedProgress> m_progress;
};

bool tst_BulkSeeder::makeDemo(TestDatabase &testDb)
{
    DemoDatabase demo(demoSeed, anchor);
    if (!demo.create(testDb.db())) {
        qWarning("demo: %s", qPrintable(demo.errorString()));
        return false;
    }
    return true;
}

void tst_BulkSeeder::initTestCase()
{
    m_seeded = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_seeded);
    QVERIFY(makeDemo(*m_seeded));
    for (const QString &table : Schema::tableNames())
        m_before.insert(table, rowsIn(db(), table));
    BulkSeeder seeder(smallPlan());
    seeder.setProgressHandler([this](const SeedProgress &p) { m_progress.append(p); });
    QVERIFY2(seeder.run(db()), qPrintable(seeder.errorString()));
    m_results = seeder.results();
    QVERIFY(!seeder.method().isEmpty());
}

void tst_BulkSeeder::copyEscaping_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QByteArray("auth.login") << QByteArray("auth.login");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\\tb");
    QTest::newRow("newline") << QByteArray("line 1\nline 2\n") << QByteArray("line 1\\nline 2\\n");
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << QByteArray("a\\r\\nb");
    QTest::newRow("backslash") << QByteArray("C:\\temp\\") << QByteArray("C:\\\\temp\\\\");
    QTest::newRow("not the NULL marker") << QByteArray("\\N") << QByteArray("\\\\N");
    QTest::newRow("not the end marker") << QByteArray("\\.") << QByteArray("\\\\.");
    QTest::newRow("json") << QByteArray("{\"a\": \"x\\ty\"}") << QByteArray("{\"a\": \"x\\\\ty\"}");
    QTest::newRow("unicode") << QByteArray("M\xc3\xbcller \xe2\x80\x93 \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x9a\x80")
                             << QByteArray("M\xc3\xbcller \xe2\x80\x93 \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x9a\x80");
}

void tst_BulkSeeder::copyEscaping()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, field);
    QByteArray out("x");
    QVERIFY(CopyWriter::appendEscaped(out, std::string_view(text.constData(), std::size_t(text.size()))));
    QCOMPARE(out, QByteArray("x") + field);

    // PostgreSQL text cannot hold NUL: refused, nothing appended.
    const QByteArray withNul = text + QByteArray(1, '\0') + "tail";
    QByteArray refused("x");
    QVERIFY(!CopyWriter::appendEscaped(refused, std::string_view(withNul.constData(), std::size_t(withNul.size()))));
    QCOMPARE(refused, QByteArray("x"));
}

void tst_BulkSeeder::dateTimeTextMatchesValueCodec()
{
    QList<qint64> moments = {0, -1, 951782400000LL /* 2000-02-29 */, 1709251199999LL /* 2024-02-29 23:59:59.999 */,
                             253402300799999LL /* 9999-12-31 23:59:59.999 */, -2208988800000LL /* 1900-01-01 */};
    QRandomGenerator random(3);
    for (int i = 0; i < 2000; ++i)
        moments.append(qint64(random.bounded(4102444800.0) * 1000.0));  // 1970..2100
    for (qint64 ms : moments) {
        char text[RowWriter::DateTimeLength];
        RowWriter::formatDateTime(ms, text);
        QCOMPARE(QString::fromLatin1(text, RowWriter::DateTimeLength),
                 ValueCodec::encodeDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
    }
}

void tst_BulkSeeder::addsExactlyTheRowsAsked()
{
    const SeedPlan plan = smallPlan();
    const QHash<QString, qint64> asked = {{"audit_logs", plan.auditLogs}, {"executions", plan.executions},
                                          {"usage_records", plan.usageRecords}};
    for (const QString &table : Schema::tableNames())
        QCOMPARE(rowsIn(db(), table), m_before.value(table) + asked.value(table, 0));
    QCOMPARE(m_results.size(), 3);
    for (const SeedTableResult &result : m_results)
        QCOMPARE(result.rows, asked.value(result.table));
    QVERIFY(!m_progress.isEmpty());
    QCOMPARE(m_progress.constLast().rows, plan.auditLogs + plan.executions + plan.usageRecords);
    QCOMPARE(m_progress.constLast().total, m_progress.constLast().rows);
    for (int i = 1; i < m_progress.size(); ++i)
        QVERIFY(m_progress.at(i).rows >= m_progress.at(i - 1).rows);
    // PostgreSQL's statistics know the new sizes (ANALYZE samples 30000 rows: exact below that).
    if (DatabaseConnection::backendOf(db()) == Backend::PostgreSQL) {
        for (const QString &table : {QStringLiteral("executions"), QStringLiteral("usage_records")})
            QCOMPARE(scalar(db(), QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE relname = '%1'").arg(table)),
                     rowsIn(db(), table));
    }
    // audit_logs' ids continue the database's own numbering.
    QCOMPARE(scalar(db(), "SELECT count(DISTINCT id) FROM audit_logs"), rowsIn(db(), "audit_logs"));
    QCOMPARE(scalar(db(), "SELECT max(id) FROM audit_logs"), m_before.value("audit_logs") + plan.auditLogs);
}

void tst_BulkSeeder::foreignKeysResolve()
{
    const Backend backend = DatabaseConnection::backendOf(db());
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            if (!c.isForeignKey())
                continue;
            const QString column = Ddl::quoteIdentifier(c.name, backend);
            const qlonglong dangling = scalar(db(), QStringLiteral(
                "SELECT count(*) FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %3 r WHERE r.%4 = t.%2)")
                .arg(table.name, column, c.foreignKey.table, c.foreignKey.column));
            QVERIFY2(dangling == 0, qPrintable(QStringLiteral("%1.%2: %3 dangling").arg(table.name, c.name).arg(dangling)));
        }
    }
    // What the schema cannot say: a run's resource is an agent or workflow of its own tenant,
    // usage is billed to the tenant's own subscription, users act within their tenant.
    QCOMPARE(scalar(db(), "SELECT count(*) FROM executions e WHERE NOT EXISTS (SELECT 1 FROM agents a WHERE "
                          "e.execution_type = 'agent' AND a.id = e.resource_id AND a.tenant_id = e.tenant_id) AND NOT EXISTS "
                          "(SELECT 1 FROM workflows w WHERE e.execution_type = 'workflow' AND w.id = e.resource_id "
                          "AND w.tenant_id = e.tenant_id)"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM executions e JOIN users u ON u.id = e.created_by "
                          "WHERE u.tenant_id <> e.tenant_id"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM usage_records r JOIN subscriptions s ON s.id = r.subscription_id "
                          "WHERE s.tenant_id <> r.tenant_id"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM usage_records WHERE subscription_id IS NULL"), 0LL);
}

void tst_BulkSeeder::valuesReadBack()
{
    const bool sqlite = DatabaseConnection::backendOf(db()) == Backend::SQLite;
    static const QRegularExpression sqliteDateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
    int checked = 0;
    for (const QString &name : {QStringLiteral("audit_logs"), QStringLiteral("executions"), QStringLiteral("usage_records")}) {
        const TableSpec &table = *Schema::table(name);
        QSqlQuery query(db());
        query.setForwardOnly(true);
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM %1").arg(name)));
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (const ColumnSpec &c : table.columns) {
                const QVariant stored = record.value(c.name);
                const QString where = QStringLiteral("%1.%2 = %3").arg(name, c.name, stored.toString());
                if (stored.isNull()) {
                    QVERIFY2(c.nullable && c.defaultKind == ColumnDefault::None, qPrintable(where));
                    continue;
                }
                const QVariant value = ValueCodec::fromStorage(c, stored);
                switch (c.type) {
                case LogicalType::DateTime:
                    QVERIFY2(value.toDateTime().isValid(), qPrintable(where));
                    if (sqlite)
                        QVERIFY2(sqliteDateTime.match(stored.toString()).hasMatch(), qPrintable(where));
                    break;
                case LogicalType::Json: {
                    const JsonText::Parsed parsed = JsonText::parse(value.toString());
                    QVERIFY2(parsed.ok, qPrintable(where));
                    QCOMPARE(parsed.canonical, value.toString());  // json.dumps' form, as the platform writes
                    break;
                }
                case LogicalType::Boolean:
                    if (sqlite)
                        QVERIFY2(stored.toLongLong() == 0 || stored.toLongLong() == 1, qPrintable(where));
                    break;
                case LogicalType::Float:
                    QVERIFY2(value.metaType().id() == QMetaType::Double, qPrintable(where));
                    break;
                default:
                    break;
                }
                if (!c.choices.isEmpty())
                    QVERIFY2(c.choices.contains(value.toString()), qPrintable(where));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 10000);
    // Both kinds of address, every status, and finished runs end after they start.
    QVERIFY(scalar(db(), "SELECT count(*) FROM audit_logs WHERE ip_address LIKE '%:%'") > 0);
    QVERIFY(scalar(db(), "SELECT count(*) FROM audit_logs WHERE ip_address LIKE '%.%.%.%'") > 0);
    QCOMPARE(scalar(db(), "SELECT count(DISTINCT status) FROM executions"), 4LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM executions WHERE completed_at < created_at"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM executions WHERE status IN ('completed', 'failed') "
                          "AND (completed_at IS NULL OR execution_time IS NULL)"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM executions WHERE status IN ('pending', 'running') AND completed_at IS NOT NULL"), 0LL);
    QCOMPARE(scalar(db(), "SELECT count(*) FROM usage_records WHERE period_start > created_at OR period_end <= created_at"), 0LL);
}

void tst_BulkSeeder::timesLieInTheWindow()
{
    const QString end = ValueCodec::encodeDateTime(QDateTime(anchor, QTime(0, 0), Qt::UTC));
    const QString start = ValueCodec::encodeDateTime(QDateTime(anchor.addDays(-365), QTime(0, 0), Qt::UTC));
    for (const QString &table : {QStringLiteral("audit_logs"), QStringLiteral("executions"), QStringLiteral("usage_records")}) {
        QSqlQuery query(db());
        // Bound as text: PostgreSQL casts it to timestamp, SQLite compares SQLAlchemy's text form.
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE created_at >= :start AND created_at < :end").arg(table));
        query.bindValue(QStringLiteral(":start"), start);
        query.bindValue(QStringLiteral(":end"), end);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), rowsIn(db(), table));
    }
    // Oldest first: the database's numbering follows time, as in a live audit log.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT created_at FROM audit_logs WHERE id > %1 ORDER BY id").arg(m_before.value("audit_logs"))));
    QDateTime previous;
    while (query.next()) {
        const QDateTime when = ValueCodec::decodeDateTime(query.value(0));
        QVERIFY(!previous.isValid() || previous <= when);
        previous = when;
    }
}

void tst_BulkSeeder::sameSeedSameRows()
{
    TestDatabase again;
    AFADMIN_REQUIRE_DB(again);
    QVERIFY(makeDemo(again));
    BulkSeeder seeder(smallPlan());
    QVERIFY2(seeder.run(again.db()), qPrintable(seeder.errorString()));
    const QByteArray checksum = ContentChecksum::of(again.db());
    QVERIFY(!checksum.isEmpty());
    QCOMPARE(checksum, ContentChecksum::of(db()));
}

void tst_BulkSeeder::otherSeedOtherRows()
{
    SeedReferences references;
    QVERIFY2(references.load(db()), qPrintable(references.errorString()));
    const qint64 end = QDateTime(anchor, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    auto draw = [&](quint32 seed, SeedTable table) {
        SeedRows rows(table, &references, seed, 300, end - 365 * SeedTimeline::MsecsPerDay, end);
        TextRows out;
        for (int i = 0; i < 300; ++i) {
            rows.writeNext(out);
            out.endRow();
        }
        return out.rows;
    };
    for (SeedTable table : {SeedTable::AuditLogs, SeedTable::Executions, SeedTable::UsageRecords}) {
        const QStringList first = draw(1, table);
        QCOMPARE(first.size(), 300);
        QCOMPARE(draw(1, table), first);
        QVERIFY(draw(2, table) != first);
        QCOMPARE(first.constFirst().count(QLatin1Char('|')), SeedRows::columns(table).size());
    }
}

void tst_BulkSeeder::refusesWithoutReferences()
{
    TestDatabase empty;
    AFADMIN_REQUIRE_DB(empty);
    QVERIFY(empty.createSchema());
    BulkSeeder seeder(smallPlan());
    QVERIFY(!seeder.run(empty.db()));
    QCOMPARE(seeder.failure(), BulkSeeder::Failure::MissingReferences);
    QVERIFY2(seeder.errorString().contains(QLatin1String("no tenants")), qPrintable(seeder.errorString()));
    QCOMPARE(rowsIn(empty.db(), "audit_logs"), 0LL);
}

void tst_BulkSeeder::refusesOtherDatabases()
{
    TestDatabase other;
    AFADMIN_REQUIRE_DB(other);
    QVERIFY(other.exec(QStringLiteral("CREATE TABLE audit_logs (id INTEGER PRIMARY KEY, note TEXT)")));
    BulkSeeder seeder(smallPlan());
    QVERIFY(!seeder.run(other.db()));
    QCOMPARE(seeder.failure(), BulkSeeder::Failure::NotAgentFactory);
    QVERIFY2(seeder.errorString().contains(QLatin1String("not an Agent Factory database")), qPrintable(seeder.errorString()));
}

void tst_BulkSeeder::cliBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString url = QStringLiteral("sqlite:////nonexistent/af.db");
    QTest::newRow("no counts") << QStringList{"--database-url", url} << "--audit-logs";
    QTest::newRow("not a number") << QStringList{"--database-url", url, "--audit-logs", "many"} << "many";
    QTest::newRow("negative") << QStringList{"--database-url", url, "--executions", "-5"} << "-5";
    QTest::newRow("zero batch") << QStringList{"--database-url", url, "--audit-logs", "5", "--batch-size", "0"} << "batch size";
    QTest::newRow("bad seed") << QStringList{"--database-url", url, "--audit-logs", "5", "--seed", "x"} << "seed";
    QTest::newRow("bad anchor") << QStringList{"--database-url", url, "--audit-logs", "5", "--anchor-date", "30.6.2024"} << "anchor";
    QTest::newRow("unknown option") << QStringList{"--database-url", url, "--audit-logs", "5", "--fast"} << "fast";
    QTest::newRow("positional") << QStringList{"--audit-logs", "5", url} << "unexpected";
    QTest::newRow("no url") << QStringList{"--audit-logs", "5"} << "DATABASE_URL";
    QTest::newRow("missing file") << QStringList{"--database-url", url, "--audit-logs", "5"} << "nonexistent";
}

void tst_BulkSeeder::cliBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun result = runCli("seed", arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

void tst_BulkSeeder::cliRefusesEmptyDatabase()
{
    TestDatabase empty;
    AFADMIN_REQUIRE_DB(empty);
    CliRun result = runCli("seed", {"--database-url", empty.url(), "--audit-logs", "10"});
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("not an Agent Factory database")), qPrintable(result.err));

    QVERIFY(empty.createSchema());
    result = runCli("seed", {"--database-url", empty.url(), "--executions", "10"});
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("no tenants")), qPrintable(result.err));
    QCOMPARE(rowsIn(empty.db(), "executions"), 0LL);
}

void tst_BulkSeeder::failedBatchIsRolledBack()
{
    // A trigger of the test's own that the 3rd batch of usage rows trips: the first two
    // stay, the failing one leaves nothing behind.
    TestDatabase &testDb = *m_seeded;
    const qlonglong before = rowsIn(testDb.db(), "usage_records");
    const QString tooMany = QStringLiteral("(SELECT count(*) FROM usage_records) >= %1").arg(before + 250);
    if (testDb.backend() == Backend::SQLite) {
        QVERIFY(testDb.exec(QStringLiteral("CREATE TRIGGER stop BEFORE INSERT ON usage_records WHEN %1 "
                                           "BEGIN SELECT RAISE(ABORT, 'enough usage'); END").arg(tooMany)));
    } else {
        QVERIFY(testDb.exec(QStringLiteral("CREATE FUNCTION stop() RETURNS trigger AS $$ BEGIN IF %1 THEN "
                                           "RAISE EXCEPTION 'enough usage'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql").arg(tooMany)));
        QVERIFY(testDb.exec(QStringLiteral("CREATE TRIGGER stop BEFORE INSERT ON usage_records FOR EACH ROW EXECUTE FUNCTION stop()")));
    }
    SeedPlan plan = smallPlan();
    plan.auditLogs = plan.executions = 0;
    plan.usageRecords = 500;
    plan.batchSize = 100;
    BulkSeeder seeder(plan);
    QVERIFY(!seeder.run(testDb.db()));
    QCOMPARE(seeder.failure(), BulkSeeder::Failure::Write);
    QVERIFY2(seeder.errorString().contains(QLatin1String("enough usage")), qPrintable(seeder.errorString()));
    QCOMPARE(seeder.results().size(), 1);
    QCOMPARE(seeder.results().constFirst().rows, 200LL);
    QCOMPARE(rowsIn(testDb.db(), "usage_records"), before + 200);
    QVERIFY(testDb.exec(QStringLiteral("DROP TRIGGER stop%1").arg(testDb.backend() == Backend::SQLite ? "" : " ON usage_records")));
}

void tst_BulkSeeder::cliSeeds()
{
    const TestDatabase &testDb = *m_seeded;
    const qlonglong audit = rowsIn(testDb.db(), "audit_logs");
    const qlonglong executions = rowsIn(testDb.db(), "executions");
    const qlonglong usage = rowsIn(testDb.db(), "usage_records");
    // The URL from DATABASE_URL, as a deployment's environment gives it.
    const CliRun result = runCli("seed", {"--audit-logs", "1500", "--executions", "300", "--usage-records", "200", "--seed", "9",
                                          "--batch-size", "400", "--anchor-date", "2024-06-30"},
                                 testDb.url());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(rowsIn(testDb.db(), "audit_logs"), audit + 1500);
    QCOMPARE(rowsIn(testDb.db(), "executions"), executions + 300);
    QCOMPARE(rowsIn(testDb.db(), "usage_records"), usage + 200);
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("audit_logs +1500 rows"))), qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("total +2000 rows"))), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("seed 9")), qPrintable(result.out));
    // The progress line is rewritten in place and ends with all rows done.
    QVERIFY2(result.err.contains(QLatin1Char('\r')), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("2000 / 2000 rows")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_BulkSeeder)
#include "tst_bulkseeder.moc"
