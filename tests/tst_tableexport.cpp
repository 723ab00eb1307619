#include "demodatabase.h"
#include "exportreadback.h"
#include "exportservice.h"
#include "exportworker.h"
#include "schema.h"
#include "tableexport.h"
#include "testdatabase.h"
#include "testsql.h"
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The streaming export on a demo database of each backend: every table in every format read
// back by Python's csv and json modules and compared with the test's own SQL, CSV's edge
// cases, filters, cancelling through the service (no file left), and memory that stays flat.

namespace {

using Format = ExportWriter::Format;

const QList<Format> allFormats = {Format::Csv, Format::Json, Format::JsonLines};

QStringList columnsOf(const TableSpec &table)
{
    return table.columnNames();  // a fresh database has every column of the description
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Peak resident memory, in kB, since the last resetPeak().
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class tst_TableExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTableReadsBack_data();
    void everyTableReadsBack();
    void csvEdgeCases();
    void filtersLensAndSearchNarrow();
    void serviceReportsProgressToTheEnd();
    void cancelLeavesNoFile();
    void memoryStaysFlat();

private:
    ExportResult exportTable(const QString &table, Format format, const QString &path, const FilterSet &filters = {},
                             int pageRows = 0);
    std::unique_ptr<TestDatabase> m_db;
    QString m_acmeId;
};

void tst_TableExport::initTestCase()
{
    qRegisterMetaType<ExportResult>();
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(5, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    m_acmeId = TestSql::column(m_db->db(), QStringLiteral("SELECT id FROM tenants WHERE slug = 'acme'")).value(0).toString();
    QVERIFY(!m_acmeId.isEmpty());
}

ExportResult tst_TableExport::exportTable(const QString &table, Format format, const QString &path,
                                          const FilterSet &filters, int pageRows)
{
    const TableSpec &spec = *Schema::table(table);
    TableExport exporter(m_db->db(), spec, columnsOf(spec), filters);
    exporter.setPageRows(pageRows);
    return exporter.writeToFile(path, format);
}

void tst_TableExport::everyTableReadsBack_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("pageRows");
    for (const TableSpec &table : Schema::tables()) {
        for (Format format : allFormats) {
            const QString name = table.name + QLatin1Char('.') + ExportWriter::extension(format);
            // Small pages on one format: keyset paging crosses many page boundaries.
            QTest::newRow(qPrintable(name)) << table.name << int(format) << (format == Format::JsonLines ? 37 : 0);
        }
    }
}

void tst_TableExport::everyTableReadsBack()
{
    QFETCH(QString, table);
    QFETCH(int, format);
    QFETCH(int, pageRows);
    const QString path = m_db->tempPath(table + QLatin1Char('.') + ExportWriter::extension(Format(format)));
    const ExportResult result = exportTable(table, Format(format), path, {}, pageRows);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const TableSpec &spec = *Schema::table(table);
    QCOMPARE(result.rows, TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM ") + table));
    QVERIFY(result.rows > 0);
    const QString problem = ExportReadBack::compare(m_db->db(), spec, path, Format(format));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Hashes never leave the database: not as a column, not as a value.
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.contains("hashed_password") && !bytes.contains("key_hash") && !bytes.contains("$2b$"));
}

void tst_TableExport::csvEdgeCases()
{
    const TableSpec &agents = *Schema::table(QStringLiteral("agents"));
    const QString hundredKb = QString(QStringLiteral("0123456789abcdef, \"quoted\"\r\n")).repeated(100 * 1024 / 29);
    const QList<QPair<QString, QVariant>> cases = {
        {QStringLiteral("edge-1 comma, inside"), QStringLiteral("a,b")},
        {QStringLiteral("edge-2 \"quote\""), QStringLiteral("say \"hi\"")},
        {QStringLiteral("edge-3 crlf"), QStringLiteral("line one\r\nline two\nline three\rend")},
        {QStringLiteral("edge-4 unicode \u00e9\u4e2d\U0001F600"), QStringLiteral("\u2013 \u00fc \u4e2d\u6587 \U0001F680")},
        {QStringLiteral("edge-5 empty"), QString(QLatin1String(""))},
        {QStringLiteral("edge-6 null"), QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("edge-7 big"), hundredKb},
        {QStringLiteral(" edge-8 spaces "), QStringLiteral("  leading and trailing  ")},
        {QStringLiteral("edge-9 lone cr"), QStringLiteral("before\rafter")},
    };
    QSqlQuery insert(m_db->db());
    insert.prepare(QStringLiteral("INSERT INTO agents (id, name, instructions, model, tenant_id, created_at, updated_at) "
                                  "VALUES (?, ?, ?, 'gpt-4o', ?, '2026-01-02 03:04:05.678000', '2026-01-02 03:04:05.678000')"));
    for (int i = 0; i < cases.size(); ++i) {
        insert.addBindValue(QStringLiteral("00000000-edge-0000-0000-00000000000%1").arg(i));
        insert.addBindValue(cases.at(i).first);
        insert.addBindValue(cases.at(i).second);
        insert.addBindValue(m_acmeId);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    FilterSet filters;
    filters.quickSearch = QStringLiteral("edge-");
    const QString where = QStringLiteral("WHERE t.name LIKE '%edge-%'");
    for (Format format : allFormats) {
        const QString path = m_db->tempPath(QStringLiteral("edge.") + ExportWriter::extension(format));
        const ExportResult result = exportTable(QStringLiteral("agents"), format, path, filters);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows, qint64(cases.size()));
        const QString problem = ExportReadBack::compare(m_db->db(), agents, path, format, where);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const QByteArray csv = fileBytes(m_db->tempPath(QStringLiteral("edge.csv")));
    QVERIFY(csv.startsWith("id,name,instructions,model,"));
    QVERIFY(csv.contains(",\"edge-1 comma, inside\",\"a,b\","));
    QVERIFY(csv.contains(",\"edge-2 \"\"quote\"\"\",\"say \"\"hi\"\"\","));
    QVERIFY(csv.contains(",\"line one\r\nline two\nline three\rend\","));
    QVERIFY(csv.contains(QStringLiteral(",edge-4 unicode \u00e9\u4e2d\U0001F600,").toUtf8()));  // UTF-8, unquoted
    QVERIFY(csv.contains(",edge-5 empty,,gpt-4o,") && csv.contains(",edge-6 null,,gpt-4o,"));  // CSV has no NULL
    QVERIFY(csv.contains(", edge-8 spaces ,  leading and trailing  ,"));  // spaces kept, unquoted
    QVERIFY(csv.contains(",edge-9 lone cr,\"before\rafter\","));
    // Every record ends in CRLF: no bare LF outside quoted fields (checked on the header).
    QVERIFY(csv.left(csv.indexOf('\n') + 1).endsWith("\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    // JSON tells the empty string from NULL.
    const auto lines = ExportReadBack::parse(m_db->tempPath(QStringLiteral("edge.jsonl")), Format::JsonLines);
    QCOMPARE(lines.at(4).at("instructions").get<std::string>(), std::string());
    QVERIFY(lines.at(5).at("instructions").is_null());
    QCOMPARE(lines.at(6).at("instructions").get<std::string>().size(), size_t(hundredKb.toUtf8().size()));
}

void tst_TableExport::filtersLensAndSearchNarrow()
{
    const TableSpec &executions = *Schema::table(QStringLiteral("executions"));
    FilterSet filters;
    filters.tenantId = m_acmeId;
    ColumnFilter status;
    status.column = QStringLiteral("status");
    status.op = ColumnFilter::Op::Equals;
    status.value = QStringLiteral("failed");
    filters.filters.append(status);
    const QString where = QStringLiteral("WHERE t.tenant_id = ? AND t.status = 'failed'");
    const qint64 expected = TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM executions t ") + where, {m_acmeId});
    QVERIFY(expected > 0);
    QVERIFY(expected < TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM executions")));
    for (Format format : allFormats) {
        const QString path = m_db->tempPath(QStringLiteral("failed.") + ExportWriter::extension(format));
        const ExportResult result = exportTable(executions.name, format, path, filters, 50);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows, expected);
        const QString problem = ExportReadBack::compare(m_db->db(), executions, path, format, where, {m_acmeId});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void tst_TableExport::serviceReportsProgressToTheEnd()
{
    const TableSpec &audit = *Schema::table(QStringLiteral("audit_logs"));
    ExportService service(m_db->settings());
    QSignalSpy progressed(&service, &ExportService::progressed);
    QSignalSpy finished(&service, &ExportService::finished);
    ExportRequest request{audit.name, columnsOf(audit), {}, Format::Csv, m_db->tempPath(QStringLiteral("audit.csv")), 0};
    const quint64 ticket = service.start(request);
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(1).value<ExportResult>();
    QCOMPARE(finished.at(0).at(0).toULongLong(), ticket);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!service.isRunning());
    const qint64 total = TestSql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_logs"));
    QCOMPARE(result.rows, total);
    QVERIFY(progressed.size() >= 2);
    QCOMPARE(progressed.first().at(1).toLongLong(), qint64(0));  // the count, before any row
    QCOMPARE(progressed.last().at(1).toLongLong(), total);
    QCOMPARE(progressed.last().at(2).toLongLong(), total);
    const QString problem = ExportReadBack::compare(m_db->db(), audit, request.path, Format::Csv);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_TableExport::cancelLeavesNoFile()
{
    const TableSpec &audit = *Schema::table(QStringLiteral("audit_logs"));
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
    const QString existing = dir.filePath(QStringLiteral("existing.json"));
    {
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
    }
    for (const QString &path : {fresh, existing}) {
        ExportService service(m_db->settings());
        // On the worker's thread, as the first rows are written: the export cannot finish first.
        connect(service.worker(), &ExportWorker::progressed, service.worker(),
                [&service](quint64, qint64 rows) { if (rows > 0) service.cancel(); }, Qt::DirectConnection);
        QSignalSpy finished(&service, &ExportService::finished);
        service.start({audit.name, columnsOf(audit), {}, Format::Json, path, 100});
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(1).value<ExportResult>();
        QCOMPARE(int(result.outcome), int(ExportResult::Outcome::Cancelled));
        QVERIFY(result.rows < 30000);
    }
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(fileBytes(existing), QByteArray("old contents\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.json")});
}

void tst_TableExport::memoryStaysFlat()
{
    // 200,000 agents of ~600 bytes: 120 MB of JSON Lines, which a client holding the whole
    // result (or the whole file) would need twice over in memory.
    constexpr int rows = 200000;
    const QString insert = m_db->backend() == Backend::PostgreSQL
        ? QStringLiteral("INSERT INTO agents (id, name, instructions, model, tenant_id, created_at, updated_at) "
                         "SELECT 'bulk-' || lpad(i::text, 7, '0'), 'Bulk ' || i, repeat(md5(i::text), 18), 'gpt-4o', ?, "
                         "'2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM generate_series(1, %1) i")
        : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                         "INSERT INTO agents (id, name, instructions, model, tenant_id, created_at, updated_at) "
                         "SELECT printf('bulk-%07d', i), 'Bulk ' || i, hex(randomblob(288)), 'gpt-4o', ?, "
                         "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n");
    QSqlQuery fill(m_db->db());
    fill.prepare(insert.arg(rows));
    fill.addBindValue(m_acmeId);
    QVERIFY2(fill.exec(), qPrintable(fill.lastError().text()));
    const QString path = m_db->tempPath(QStringLiteral("bulk.jsonl"));
    const qint64 before = statusKb("VmRSS:");
    const bool peakReset = resetPeak();
    FilterSet filters;
    ColumnFilter bulk;
    bulk.column = QStringLiteral("name");
    bulk.op = ColumnFilter::Op::Contains;
    bulk.value = QStringLiteral("Bulk ");
    filters.filters.append(bulk);
    const ExportResult result = exportTable(QStringLiteral("agents"), Format::JsonLines, path, filters);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.rows, qint64(rows));
    const qint64 after = statusKb(peakReset ? "VmHWM:" : "VmRSS:");
    const qint64 fileKb = QFileInfo(path).size() / 1024;
    qInfo("export of %lld kB: resident %lld kB before, %s %lld kB after", fileKb, before,
          peakReset ? "peak" : "resident", after);
    QVERIFY(fileKb > 100 * 1024);
    QVERIFY2(after - before < 40 * 1024, "memory grew with the table");
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
