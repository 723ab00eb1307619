// tst_DashboardQueries, continued: bucket edges, the backends against each other, plans, audit,
// an old migration's database, the service's signals and the audited usage recompute.
#include "dashboardexpected.h"
#include "dashboardreader.h"
#include "dashboardservice.h"
#include "databaseconnection.h"
#include "ddl.h"
#include "oldmigration.h"
#include "testsql.h"
#include "tst_dashboardqueries.h"
#include "usagerecompute.h"
#include <QSignalSpy>
#include <QSqlQuery>

void tst_DashboardQueries::bucketEdges()
{
    DashboardScope s = scope(QStringLiteral("t1"));
    const QDate monday(2024, 1, 8);
    // Monday's first micro-second only: the row of Sunday 23:59:59.999999 stays out.
    s.from = QDateTime(monday, QTime(0, 0), Qt::UTC);
    s.to = s.from.addMSecs(1);
    auto stats = reader().executions(s);
    QVERIFY(stats);
    QCOMPARE(stats->total, 1);
    QCOMPARE(stats->byBucket.first().bucket, s.from);
    QCOMPARE(stats->byBucket.first().status, QStringLiteral("completed"));
    // Sunday's last millisecond: the .999999 row is Sunday's, in days and in weeks.
    s.from = QDateTime(monday, QTime(0, 0), Qt::UTC).addMSecs(-1);
    s.to = QDateTime(monday, QTime(0, 0), Qt::UTC);
    for (DashboardBucket bucket : {DashboardBucket::Day, DashboardBucket::Week}) {
        s.bucket = bucket;
        stats = reader().executions(s);
        QVERIFY(stats);
        QCOMPARE(stats->total, 1);
        QCOMPARE(stats->byBucket.first().status, QStringLiteral("failed"));
        QCOMPARE(stats->byBucket.first().bucket.date(), bucket == DashboardBucket::Day ? QDate(2024, 1, 7) : QDate(2024, 1, 1));
    }
    // Weeks start on Monday; months on the first.
    for (DashboardBucket bucket : {DashboardBucket::Week, DashboardBucket::Month}) {
        const auto all = reader().audit(scope(QString(), bucket));
        QVERIFY(all);
        QSet<QDate> starts;
        for (const StatusCount &c : all->byBucket) {
            QCOMPARE(c.bucket.timeSpec(), Qt::UTC);
            starts.insert(c.bucket.date());
        }
        const QSet<QDate> expected = bucket == DashboardBucket::Week
            ? QSet<QDate>{QDate(2024, 1, 1), QDate(2024, 1, 8), QDate(2024, 1, 15)}
            : QSet<QDate>{QDate(2024, 1, 1)};
        QCOMPARE(starts, expected);
    }
    QCOMPARE(DashboardScope::bucketFor(s.from, s.from.addDays(31)), DashboardBucket::Day);
    QCOMPARE(DashboardScope::bucketFor(s.from, s.from.addDays(90)), DashboardBucket::Week);
    QCOMPARE(DashboardScope::bucketFor(s.from, s.from.addDays(365)), DashboardBucket::Month);
}

void tst_DashboardQueries::percentilesAgreeAcrossBackends()
{
    // The same rows in an SQLite file beside the database under test: on the PostgreSQL run
    // this holds percentile_cont against SQLite's window ranks.
    DatabaseConnection sqlite(DatabaseConnection::uniqueName(QStringLiteral("cross")));
    ConnectionSettings settings;
    settings.sqlitePath = m_db->tempPath(QStringLiteral("cross.db"));
    QVERIFY(sqlite.open(settings, DatabaseConnection::Mode::CreateIfMissing).ok());
    for (const QString &statement : Ddl::createAll(Backend::SQLite))
        QVERIFY(QSqlQuery(sqlite.database()).exec(statement));
    QString error;
    QVERIFY2(m_fx.seed(sqlite.database(), &error), qPrintable(error));
    const auto columns = DashboardReader::columnsOf(sqlite.database(), &error);
    QVERIFY2(columns, qPrintable(error));
    for (const QString &tenantId : {QString(), QStringLiteral("t1")}) {
        DashboardScope s = scope(tenantId);
        s.topRows = 100;
        const auto here = reader().executions(s);
        const auto there = DashboardReader(sqlite.database(), *columns).executions(s);
        QVERIFY(here && there);
        QVERIFY(here->durations.size() >= 3);
        QCOMPARE(here->durations.size(), there->durations.size());
        for (int i = 0; i < here->durations.size(); ++i) {
            QCOMPARE(here->durations.at(i).resourceId, there->durations.at(i).resourceId);
            QVERIFY(std::abs(here->durations.at(i).p50 - there->durations.at(i).p50) <= 1e-9);
            QVERIFY(std::abs(here->durations.at(i).p95 - there->durations.at(i).p95) <= 1e-9);
        }
        // A single run, an even count and a fraction between ranks are among them.
        const ExecutionStats expected = DashboardExpected::executions(m_fx, s);
        QCOMPARE(here->durations.size(), expected.durations.size());
        for (int i = 0; i < expected.durations.size(); ++i) {
            COMPARE_NEAR(here->durations.at(i).p50, expected.durations.at(i).p50);
            COMPARE_NEAR(here->durations.at(i).p95, expected.durations.at(i).p95);
        }
    }
}

void tst_DashboardQueries::plans_data()
{
    addScopeRows();
}

void tst_DashboardQueries::plans()
{
    QFETCH(QString, tenantId);
    const DashboardScope s = scope(tenantId);
    const auto stats = reader().plans(s);
    QVERIFY(stats);
    const PlanStats expected = DashboardExpected::plans(m_fx, s);
    QCOMPARE(stats->tenantsPerPlan.size(), expected.tenantsPerPlan.size());
    for (int i = 0; i < expected.tenantsPerPlan.size(); ++i) {
        QCOMPARE(stats->tenantsPerPlan.at(i).plan, expected.tenantsPerPlan.at(i).plan);
        QCOMPARE(stats->tenantsPerPlan.at(i).tenants, expected.tenantsPerPlan.at(i).tenants);
    }
    QCOMPARE(stats->subscriptions.size(), expected.subscriptions.size());
    for (int i = 0; i < expected.subscriptions.size(); ++i) {
        QCOMPARE(stats->subscriptions.at(i).status, expected.subscriptions.at(i).status);
        QCOMPARE(stats->subscriptions.at(i).count, expected.subscriptions.at(i).count);
    }
    QCOMPARE(stats->renewals.size(), expected.renewals.size());
    for (int i = 0; i < expected.renewals.size(); ++i) {
        const Renewal &a = stats->renewals.at(i);
        const Renewal &e = expected.renewals.at(i);
        QCOMPARE(a.subscriptionId, e.subscriptionId);
        QCOMPARE(a.tenantName, e.tenantName);
        QCOMPARE(a.planName, e.planName);
        QCOMPARE(a.billingCycle, e.billingCycle);
        QCOMPARE(a.periodEnd, e.periodEnd);
    }
    if (tenantId.isEmpty()) {
        QStringList due;
        for (const Renewal &r : stats->renewals)
            due.append(r.subscriptionId);
        QCOMPARE(due, QStringList({"s6", "s1", "s2"}));  // due now and just inside 30 days; s4 at 30 days is out
    }
}

void tst_DashboardQueries::audit_data()
{
    addScopeRows();
    QTest::newRow("lens core: no users") << QStringLiteral("t3") << DashboardBucket::Day;
}

void tst_DashboardQueries::audit()
{
    QFETCH(QString, tenantId);
    QFETCH(DashboardBucket, bucket);
    const DashboardScope s = scope(tenantId, bucket);
    const auto activity = reader().audit(s);
    QVERIFY(activity);
    const AuditActivity expected = DashboardExpected::audit(m_fx, s);
    QCOMPARE(activity->byBucket.size(), expected.byBucket.size());
    for (int i = 0; i < expected.byBucket.size(); ++i) {
        QCOMPARE(activity->byBucket.at(i).bucket, expected.byBucket.at(i).bucket);
        QCOMPARE(activity->byBucket.at(i).status, expected.byBucket.at(i).status);
        QCOMPARE(activity->byBucket.at(i).count, expected.byBucket.at(i).count);
    }
    for (const auto &[actual, wanted] : {std::make_pair(&activity->failedActions, &expected.failedActions),
                                         std::make_pair(&activity->activeUsers, &expected.activeUsers)}) {
        QCOMPARE(actual->size(), wanted->size());
        for (int i = 0; i < wanted->size(); ++i) {
            QCOMPARE(actual->at(i).key, wanted->at(i).key);
            QCOMPARE(actual->at(i).label, wanted->at(i).label);
            QCOMPARE(actual->at(i).count, wanted->at(i).count);
        }
    }
}

void tst_DashboardQueries::oldMigrationDatabase()
{
    TestDatabase old;
    AFADMIN_REQUIRE_DB(old);
    for (const QString &statement : OldMigration::createStatements(old.backend()))
        QVERIFY(old.exec(statement));
    QString error;
    QVERIFY2(m_fx.seedOldMigration(old.db(), &error), qPrintable(error));
    const auto columns = DashboardReader::columnsOf(old.db(), &error);
    QVERIFY2(columns, qPrintable(error));
    DashboardReader oldReader(old.db(), *columns);

    // Counts by status still work; what needs resource_id and execution_type says so.
    const auto executions = oldReader.executions(scope());
    QVERIFY2(executions, qPrintable(oldReader.error()));
    const ExecutionStats expected = DashboardExpected::executions(m_fx, scope());
    QCOMPARE(executions->total, expected.total);
    QCOMPARE(executions->byBucket.size(), expected.byBucket.size());
    QVERIFY(executions->durations.isEmpty() && executions->failing.isEmpty());
    QVERIFY(executions->unavailable.contains("executions.execution_type"));
    QVERIFY(executions->unavailable.contains("executions.resource_id"));

    const auto usage = oldReader.usage(scope());
    QVERIFY(usage);
    QVERIFY(usage->series.isEmpty());
    QCOMPARE(usage->unavailable, QStringList{"usage_records"});

    const auto plans = oldReader.plans(scope());
    QVERIFY(plans);
    QCOMPARE(plans->tenantsPerPlan.size(), DashboardExpected::plans(m_fx, scope()).tenantsPerPlan.size());
    QVERIFY(plans->unavailable.contains("subscriptions"));

    const auto truth = oldReader.quotaTruth(scope());
    QVERIFY(truth);
    QVERIFY(truth->unavailable.contains("projects"));
    for (const QuotaTruthRow &row : truth->rows) {
        if (row.key == QLatin1String("projects"))
            QVERIFY(row.live == -1 && !row.differs);
        if (row.key == QLatin1String("users") && row.tenantId == QLatin1String("t1"))
            QCOMPARE(row.live, 2);
    }

    const auto audit = oldReader.audit(scope(QStringLiteral("t1")));
    QVERIFY(audit);
    QCOMPARE(audit->activeUsers.size(), DashboardExpected::audit(m_fx, scope(QStringLiteral("t1"))).activeUsers.size());
}

void tst_DashboardQueries::serviceDeliversBySignalAndDropsStale()
{
    DashboardService service(m_db->settings());
    QSignalSpy ready(&service, &DashboardService::panelReady);
    QSignalSpy failed(&service, &DashboardService::panelFailed);
    const quint64 stale = service.refresh(DashboardPanel::Quotas, scope());
    const quint64 current = service.refresh(DashboardPanel::Quotas, scope(QStringLiteral("t1")));
    const quint64 other = service.refresh(DashboardPanel::Executions, scope());
    QVERIFY(stale < current && current < other);
    QVERIFY(service.isLoading(DashboardPanel::Quotas));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
    QTest::qWait(200);  // nothing more arrives: the stale request never answers
    QCOMPARE(ready.count(), 2);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!service.isLoading(DashboardPanel::Quotas));
    for (const QList<QVariant> &args : std::as_const(ready)) {
        const auto panel = args.at(0).value<DashboardPanel>();
        const auto result = args.at(2).value<DashboardResult>();
        if (panel == DashboardPanel::Quotas) {
            QCOMPARE(args.at(1).toULongLong(), current);
            QVERIFY(std::holds_alternative<QuotaStats>(result));
            QCOMPARE(std::get<QuotaStats>(result).rows.size(), DashboardExpected::quotas(m_fx, "t1").size());
        } else {
            QCOMPARE(panel, DashboardPanel::Executions);
            QCOMPARE(args.at(1).toULongLong(), other);
            QCOMPARE(std::get<ExecutionStats>(result).total, DashboardExpected::executions(m_fx, scope()).total);
        }
    }
}

void tst_DashboardQueries::recomputeUsageIsAudited()
{
    // Runs last: it changes t1's usage.
    QCOMPARE(UsageRecompute::recomputedUsage("[1]", "t1", {{"t1", "Acme", "agents", {}, 3, true}}),
             QStringLiteral("{\"agents\": 3}"));
    WriteContext context;
    context.op = {QStringLiteral("u1"), QStringLiteral("ann@acme.test"), OperatorIdentity::Access::Write};
    context.reason = QStringLiteral("quota truth");
    RecordWriter writer(m_db->db(), context);
    const qlonglong auditRows = TestSql::scalar(m_db->db(), "SELECT COUNT(*) FROM audit_logs");
    RecordWriter::Result result = UsageRecompute::run(writer, QStringLiteral("t1"));
    QVERIFY2(result.outcome == RecordWriter::Outcome::Written, qPrintable(result.message));
    QCOMPARE(TestSql::scalar(m_db->db(), "SELECT COUNT(*) FROM audit_logs"), auditRows + 1);
    QCOMPARE(TestSql::scalar(m_db->db(), "SELECT COUNT(*) FROM audit_logs WHERE resource_id = ? AND user_id = ? "
                                         "AND event_type LIKE '%update%'", {"t1", "u1"}), 1);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec("SELECT " + TestSql::quoted("usage", m_db->db()) + " FROM tenants WHERE id = 't1'") && q.next());
    // Other keys and their order kept; each counted key set to the live count.
    QCOMPARE(q.value(0).toString(), QStringLiteral("{\"agents\": 2, \"workflows\": 1, \"projects\": 1, \"users\": 2, "
                                                   "\"api_keys\": 1}"));
    const auto truth = reader().quotaTruth(scope(QStringLiteral("t1")));
    QVERIFY(truth);
    for (const QuotaTruthRow &row : truth->rows)
        QVERIFY2(!row.differs, qPrintable(row.key));
    // Nothing left to change: no second audit row.
    result = UsageRecompute::run(writer, QStringLiteral("t1"));
    QCOMPARE(result.outcome, RecordWriter::Outcome::Unchanged);
    QCOMPARE(TestSql::scalar(m_db->db(), "SELECT COUNT(*) FROM audit_logs"), auditRows + 1);
}
