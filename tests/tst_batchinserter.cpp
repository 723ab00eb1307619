#include "batchinserter.h"
#include "schema.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QSqlQuery>
#include <QTest>

using TestSql::column;
using TestSql::quoted;
using TestSql::scalar;

class tst_BatchInserter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void rejectsBadInput();
};

void tst_BatchInserter::roundTrip()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    const TableSpec &tenants = *Schema::table("tenants");
    const QStringList columns = {"id", "name", "slug", "is_active", "plan", "resource_quota", "usage", "created_at", "updated_at"};
    QList<QVariantList> rows;
    for (int i = 0; i < 7; ++i)
        rows.append({ValueCodec::newId(), QStringLiteral("Tenant ü–%1").arg(i), QStringLiteral("t-%1").arg(i), i % 2 == 0,
                     tenants.column("plan")->choices.at(i % 3), QStringLiteral("{\"agents\": %1}").arg(i), QVariant(),
                     QDateTime(QDate(2024, 1, i + 1), QTime(10, 0, 0, 123), Qt::UTC), QVariant()});
    BatchInserter inserter(testDb.db(), tenants, columns, 3);
    QVERIFY(inserter.isValid());
    QCOMPARE(inserter.rowsPerChunk(), 3);
    QVERIFY2(inserter.addAll(rows), qPrintable(inserter.errorString()));
    QCOMPARE(inserter.rowsWritten(), qint64(6));  // two full chunks so far; the seventh row waits
    QVERIFY2(inserter.finish(), qPrintable(inserter.errorString()));
    QCOMPARE(inserter.rowsWritten(), qint64(7));

    QSqlQuery read(testDb.db());
    const QString selected = columns.join(", ").replace("plan", quoted("plan", testDb.db()));
    QVERIFY(read.exec(QStringLiteral("SELECT %1 FROM tenants ORDER BY slug").arg(selected)));
    for (const QVariantList &expected : rows) {
        QVERIFY(read.next());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = ValueCodec::fromStorage(*tenants.column(columns.at(i)), read.value(i));
            QVERIFY2(value == expected.at(i) || (value.isNull() && expected.at(i).isNull()),
                     qPrintable(QStringLiteral("%1: %2 != %3").arg(columns.at(i), value.toString(), expected.at(i).toString())));
        }
    }
    if (testDb.backend() == Backend::SQLite) {
        QCOMPARE(column(testDb.db(), "SELECT DISTINCT typeof(is_active) FROM tenants"), QList<QVariant>{"integer"});
        QCOMPARE(column(testDb.db(), "SELECT created_at FROM tenants WHERE slug = 't-0'").value(0).toString(),
                 QStringLiteral("2024-01-01 10:00:00.123000"));
    }

    // audit_logs without its id column: the database numbers the rows, across chunks.
    BatchInserter audit(testDb.db(), *Schema::table("audit_logs"), {"event_type", "success", "details", "created_at"});
    for (int i = 0; i < 1001; ++i)
        QVERIFY(audit.add({"test.event", true, "{}", QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC).addSecs(i)}));
    QVERIFY2(audit.finish(), qPrintable(audit.errorString()));
    QCOMPARE(scalar(testDb.db(), "SELECT count(DISTINCT id) FROM audit_logs"), qlonglong(1001));
    QCOMPARE(scalar(testDb.db(), "SELECT max(id) - min(id) FROM audit_logs"), qlonglong(1000));
}

void tst_BatchInserter::rejectsBadInput()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    const TableSpec &plans = *Schema::table("plans");

    BatchInserter unknown(testDb.db(), plans, {"id", "name; DROP TABLE plans"});
    QVERIFY(!unknown.isValid());
    QVERIFY2(unknown.errorString().contains("DROP TABLE"), qPrintable(unknown.errorString()));
    QVERIFY(!unknown.add({"a", "b"}));

    BatchInserter wrongCount(testDb.db(), plans, {"id", "name", "plan_type"});
    QVERIFY(!wrongCount.add({"only one value"}));
    QVERIFY(!wrongCount.errorString().isEmpty());

    BatchInserter huge(testDb.db(), plans, plans.columnNames(), 1000000);
    QVERIFY(huge.rowsPerChunk() * plans.columns.size() <= 32766);  // SQLite's bound-value limit

    // A duplicate key in the last chunk surfaces from finish(), with the table named.
    BatchInserter duplicate(testDb.db(), plans, {"id", "name", "plan_type"});
    QVERIFY(duplicate.add({"same", "Free", "free"}));
    QVERIFY(duplicate.add({"same", "Pro", "pro"}));
    QVERIFY(!duplicate.finish());
    QVERIFY2(duplicate.errorString().contains("plans"), qPrintable(duplicate.errorString()));
    QCOMPARE(scalar(testDb.db(), "SELECT count(*) FROM plans"), qlonglong(0));
}

QTEST_GUILESS_MAIN(tst_BatchInserter)
#include "tst_batchinserter.moc"
