#include "tst_dashboardqueries.h"
#include "dashboardexpected.h"
#include "dashboardfixture.h"
#include "dashboardreader.h"
#include "dashboardservice.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "localaddress.h"
#include "oldmigration.h"
#include "testdatabase.h"
#include "testsql.h"
#include "usagerecompute.h"
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

DashboardScope tst_DashboardQueries::scope(const QString &tenantId, DashboardBucket bucket)
{
    DashboardScope s;
    s.tenantId = tenantId;
    s.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    s.to = QDateTime(QDate(2024, 1, 22), QTime(0, 0), Qt::UTC);
    s.bucket = bucket;
    s.now = QDateTime(QDate(2024, 1, 21), QTime(12, 0), Qt::UTC);
    s.topTenants = 2;
    s.topRows = 3;
    return s;
}

DashboardReader tst_DashboardQueries::reader() const
{
    return DashboardReader(m_db->db(), m_columns);
}

void tst_DashboardQueries::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QString error;
    QVERIFY2(m_fx.seed(m_db->db(), &error), qPrintable(error));
    const auto columns = DashboardReader::columnsOf(m_db->db(), &error);
    QVERIFY2(columns, qPrintable(error));
    m_columns = *columns;
}

void tst_DashboardQueries::addScopeRows()
{
    QTest::addColumn<QString>("tenantId");
    QTest::addColumn<DashboardBucket>("bucket");
    QTest::newRow("all tenants, days") << QString() << DashboardBucket::Day;
    QTest::newRow("all tenants, weeks") << QString() << DashboardBucket::Week;
    QTest::newRow("all tenants, months") << QString() << DashboardBucket::Month;
    QTest::newRow("lens acme, days") << QStringLiteral("t1") << DashboardBucket::Day;
    QTest::newRow("lens beta, weeks") << QStringLiteral("t2") << DashboardBucket::Week;
    QTest::newRow("lens delta, days") << QStringLiteral("t4") << DashboardBucket::Day;
}

void tst_DashboardQueries::quotas_data()
{
    addScopeRows();
}

void tst_DashboardQueries::quotas()
{
    QFETCH(QString, tenantId);
    const auto stats = reader().quotas(scope(tenantId));
    QVERIFY(stats);
    const QList<QuotaRow> expected = DashboardExpected::quotas(m_fx, tenantId);
    QCOMPARE(stats->rows.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QuotaRow &a = stats->rows.at(i);
        const QuotaRow &e = expected.at(i);
        QCOMPARE(a.tenantId + '.' + a.key, e.tenantId + '.' + e.key);
        QCOMPARE(a.tenantName, e.tenantName);
        COMPARE_NEAR(a.used, e.used);
        COMPARE_NEAR(a.limit, e.limit);
        COMPARE_NEAR(a.ratio, e.ratio);
        QCOMPARE(a.level, e.level);
    }
    QVERIFY(stats->unavailable.isEmpty());
    QVERIFY(stats->elapsedMs > 0);
}

void tst_DashboardQueries::quotaLevels()
{
    const auto stats = reader().quotas(scope());
    QVERIFY(stats);
    auto level = [&stats](const QString &tenant, const QString &key) {
        for (const QuotaRow &r : stats->rows) {
            if (r.tenantId == tenant && r.key == key)
                return int(r.level);
        }
        return -1;
    };
    QCOMPARE(level("t1", "agents"), int(QuotaLevel::Amber));     // exactly 80 %
    QCOMPARE(level("t2", "agents"), int(QuotaLevel::Amber));     // exactly 100 %
    QCOMPARE(level("t1", "workflows"), int(QuotaLevel::Red));    // 120 %
    QCOMPARE(level("t4", "users"), int(QuotaLevel::Red));        // 2 of 0
    QCOMPARE(level("t2", "api_keys"), int(QuotaLevel::Ok));      // 70 %
    QCOMPARE(level("t1", "projects"), int(QuotaLevel::Ok));      // 0 of 0
    QCOMPARE(level("t4", "label"), -1);                          // not a number
    QCOMPARE(level("t1", "users"), -1);                          // used, but no quota key
    for (const QuotaRow &r : stats->rows)
        QVERIFY(r.tenantId != QLatin1String("t3"));              // no quota at all
    QCOMPARE(stats->rows.first().tenantId + '.' + stats->rows.first().key, QStringLiteral("t4.users"));
    QCOMPARE(stats->rows.at(1).tenantId + '.' + stats->rows.at(1).key, QStringLiteral("t1.workflows"));
}

void tst_DashboardQueries::quotaTruth()
{
    for (const QString &tenantId : {QString(), QStringLiteral("t1"), QStringLiteral("t3")}) {
        const auto truth = reader().quotaTruth(scope(tenantId));
        QVERIFY(truth);
        const QList<QuotaTruthRow> expected = DashboardExpected::quotaTruth(m_fx, tenantId);
        QCOMPARE(truth->rows.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const QuotaTruthRow &a = truth->rows.at(i);
            const QuotaTruthRow &e = expected.at(i);
            QCOMPARE(a.tenantId + '.' + a.key, e.tenantId + '.' + e.key);
            QCOMPARE(a.tenantName, e.tenantName);
            QCOMPARE(a.recorded.isValid(), e.recorded.isValid());
            if (e.recorded.isValid())
                COMPARE_NEAR(a.recorded.toDouble(), e.recorded.toDouble());
            QCOMPARE(a.live, e.live);
            QCOMPARE(a.differs, e.differs);
        }
    }
}

void tst_DashboardQueries::usage_data()
{
    addScopeRows();
}

void tst_DashboardQueries::usage()
{
    QFETCH(QString, tenantId);
    QFETCH(DashboardBucket, bucket);
    const DashboardScope s = scope(tenantId, bucket);
    const auto stats = reader().usage(s);
    QVERIFY(stats);
    const UsageStats expected = DashboardExpected::usage(m_fx, s);
    QCOMPARE(stats->topTenantIds, expected.topTenantIds);
    QCOMPARE(stats->series.size(), expected.series.size());
    for (int i = 0; i < expected.series.size(); ++i) {
        const UsagePoint &a = stats->series.at(i);
        const UsagePoint &e = expected.series.at(i);
        QCOMPARE(a.bucket, e.bucket);
        QCOMPARE(a.billingUnit, e.billingUnit);
        QCOMPARE(a.tenantId, e.tenantId);
        QCOMPARE(a.tenantName, e.tenantName);
        COMPARE_NEAR(a.quantity, e.quantity);
        COMPARE_NEAR(a.totalCost, e.totalCost);
        QCOMPARE(a.records, e.records);
    }
    if (tenantId.isEmpty())
        QVERIFY(std::any_of(stats->series.cbegin(), stats->series.cend(), [](const UsagePoint &p) { return p.tenantId.isEmpty(); }));
    for (const auto &[actual, wanted] : {std::make_pair(&stats->costByCurrency, &expected.costByCurrency),
                                         std::make_pair(&stats->quantityByUnit, &expected.quantityByUnit)}) {
        QCOMPARE(actual->size(), wanted->size());
        for (int i = 0; i < wanted->size(); ++i) {
            QCOMPARE(actual->at(i).key, wanted->at(i).key);
            COMPARE_NEAR(actual->at(i).current, wanted->at(i).current);
            COMPARE_NEAR(actual->at(i).previous, wanted->at(i).previous);
        }
    }
}

void tst_DashboardQueries::executions_data()
{
    addScopeRows();
}

void tst_DashboardQueries::executions()
{
    QFETCH(QString, tenantId);
    QFETCH(DashboardBucket, bucket);
    const DashboardScope s = scope(tenantId, bucket);
    const auto stats = reader().executions(s);
    QVERIFY(stats);
    const ExecutionStats expected = DashboardExpected::executions(m_fx, s);
    QCOMPARE(stats->byBucket.size(), expected.byBucket.size());
    for (int i = 0; i < expected.byBucket.size(); ++i) {
        QCOMPARE(stats->byBucket.at(i).bucket, expected.byBucket.at(i).bucket);
        QCOMPARE(stats->byBucket.at(i).status, expected.byBucket.at(i).status);
        QCOMPARE(stats->byBucket.at(i).count, expected.byBucket.at(i).count);
    }
    QCOMPARE(stats->total, expected.total);
    QCOMPARE(stats->failed, expected.failed);
    COMPARE_NEAR(stats->failureRate, expected.failureRate);
    QCOMPARE(stats->durations.size(), expected.durations.size());
    for (int i = 0; i < expected.durations.size(); ++i) {
        const DurationStats &a = stats->durations.at(i);
        const DurationStats &e = expected.durations.at(i);
        QCOMPARE(a.executionType + '/' + a.resourceId, e.executionType + '/' + e.resourceId);
        QCOMPARE(a.resourceName, e.resourceName);
        QCOMPARE(a.runs, e.runs);
        COMPARE_NEAR(a.p50, e.p50);
        COMPARE_NEAR(a.p95, e.p95);
    }
    QCOMPARE(stats->failing.size(), expected.failing.size());
    for (int i = 0; i < expected.failing.size(); ++i) {
        const FailingResource &a = stats->failing.at(i);
        const FailingResource &e = expected.failing.at(i);
        QCOMPARE(a.executionType + '/' + a.resourceId, e.executionType + '/' + e.resourceId);
        QCOMPARE(a.resourceName, e.resourceName);
        QCOMPARE(a.failures, e.failures);
        QCOMPARE(a.lastFailedAt, e.lastFailedAt);
        QCOMPARE(a.lastError, e.lastError);
    }
}

QTEST_GUILESS_MAIN(tst_DashboardQueries)
