#include "apikey.h"
#include "demodatabase.h"
#include "localaddress.h"
#include "planchange.h"
#include "recordwriter.h"
#include "schema.h"
#include "testdatabase.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

// Issuing API keys and changing a tenant's plan through the write path, on both backends: the
// key is random, hashed as the platform checks it and never stored; a plan change moves the
// tenant and its subscription together or not at all.
class tst_KeysAndPlans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysAreRandomAndUrlSafe();
    void keyHashIsWhatPythonComputes();
    void issuedKeyStoresOnlyItsHashAndHint();
    void planChangeMovesTenantAndSubscription();
    void planChangeStartsASubscriptionWhenThereIsNone();
    void planChangeFailureRollsBackBoth();
    void staleTenantRefusesThePlanChange();
    void inactivePlanIsRefusedByField();
    void readOnlyOperatorChangesNoPlan();

private:
    RecordWriter writer(OperatorIdentity::Access access = OperatorIdentity::Access::Write) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    qint64 auditCount() const { return scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong(); }
    QVariantMap row(const QString &table, const QVariant &id) const
    {
        return RecordWriter::load(m_db->db(), *Schema::table(table), id);
    }
    QString planOfType(const QString &type, bool active = true) const;
    QString tenantWithSubscription(bool with) const;

    std::unique_ptr<TestDatabase> m_db;
    QString m_operatorId;
};

void tst_KeysAndPlans::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(11, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    m_operatorId = scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {QStringLiteral("admin@agentfactory.test")}).toString();
    QVERIFY(!m_operatorId.isEmpty());
}

RecordWriter tst_KeysAndPlans::writer(OperatorIdentity::Access access) const
{
    WriteContext context;
    context.op = {m_operatorId, QStringLiteral("admin@agentfactory.test"), access};
    context.ipAddress = LocalAddress::primary();
    return RecordWriter(m_db->db(), context);
}

QVariant tst_KeysAndPlans::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QString tst_KeysAndPlans::planOfType(const QString &type, bool active) const
{
    return scalar(QStringLiteral("SELECT id FROM plans WHERE plan_type = ? AND is_active = ? ORDER BY id LIMIT 1"),
                  {type, active}).toString();
}

QString tst_KeysAndPlans::tenantWithSubscription(bool with) const
{
    const QString sql = with ? QStringLiteral("SELECT t.id FROM tenants t WHERE EXISTS (SELECT 1 FROM subscriptions s "
                                              "WHERE s.tenant_id = t.id AND s.status = 'active') ORDER BY t.id LIMIT 1")
                             : QStringLiteral("SELECT t.id FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM subscriptions s "
                                              "WHERE s.tenant_id = t.id AND s.status = 'active') ORDER BY t.id LIMIT 1");
    return scalar(sql).toString();
}

static QJsonObject detailsOf(const QVariant &details)
{
    return QJsonDocument::fromJson(details.toString().toUtf8()).object();
}

void tst_KeysAndPlans::keysAreRandomAndUrlSafe()
{
    QSet<QString> seen;
    const QRegularExpression shape(QStringLiteral("^afk_[A-Za-z0-9_-]{43}$"));
    for (int i = 0; i < 2000; ++i) {
        const ApiKey key = ApiKey::generate();
        QVERIFY2(shape.match(key.secret).hasMatch(), qPrintable(key.secret));
        QCOMPARE(key.hint, QStringLiteral("afk_\u2026") + key.secret.right(4));
        QVERIFY(!seen.contains(key.secret));
        seen.insert(key.secret);
    }
    // 32 random bytes: each of the 43 characters takes many values across keys (a stuck byte
    // or a short fill would leave a position constant).
    for (int position = 4; position < 47; ++position) {
        QSet<QChar> values;
        for (const QString &secret : std::as_const(seen))
            values.insert(secret.at(position));
        QVERIFY2(values.size() > (position == 46 ? 8 : 40), qPrintable(QString::number(position)));
    }
}

void tst_KeysAndPlans::keyHashIsWhatPythonComputes()
{
    const ApiKey key = ApiKey::generate();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral("import hashlib,sys; print(hashlib.sha256(sys.stdin.read().encode()).hexdigest())")});
    QVERIFY(python.waitForStarted());
    python.write(key.secret.toUtf8());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished());
    QCOMPARE(QString::fromLatin1(python.readAllStandardOutput()).trimmed(), key.hash);
    QCOMPARE(ApiKey::hashOf(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_KeysAndPlans::issuedKeyStoresOnlyItsHashAndHint()
{
    const TableSpec &keys = *Schema::table(QStringLiteral("api_keys"));
    const QString userId = scalar(QStringLiteral("SELECT id FROM users WHERE tenant_id IS NOT NULL ORDER BY id LIMIT 1")).toString();
    const QString tenantId = row(QStringLiteral("users"), userId).value(QStringLiteral("tenant_id")).toString();
    QVERIFY(!tenantId.isEmpty());
    const ApiKey key = ApiKey::generate();
    RecordWriter w = writer();
    const RecordWriter::Result result = w.create(keys, {{QStringLiteral("name"), QStringLiteral("CI deploys")},
                                                        {QStringLiteral("tenant_id"), tenantId},
                                                        {QStringLiteral("user_id"), userId},
                                                        {QStringLiteral("key_hash"), key.hash}},
                                                 {{QStringLiteral("key"), key.hint}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString id = result.row.value(QStringLiteral("id")).toString();
    QCOMPARE(row(QStringLiteral("api_keys"), id).value(QStringLiteral("key_hash")).toString(), key.hash);

    const QVariant details = scalar(QStringLiteral("SELECT details FROM audit_logs WHERE resource_id = ? AND action = 'create'"), {id});
    QCOMPARE(detailsOf(details).value(QStringLiteral("key")).toString(), key.hint);
    QCOMPARE(ApiKey::storedHint(m_db->db(), id), key.hint);
    const QString demoKey = scalar(QStringLiteral("SELECT id FROM api_keys WHERE id <> ? ORDER BY id LIMIT 1"), {id}).toString();
    QVERIFY(!demoKey.isEmpty());
    QCOMPARE(ApiKey::storedHint(m_db->db(), demoKey), QString());  // issued by the platform: no hint
    QVERIFY(!details.toString().contains(key.secret));
    QVERIFY(!details.toString().contains(key.secret.mid(4, 12)));
    QVERIFY(!details.toString().contains(key.hash));  // masked like every secret column
    // Nothing in the database holds the key itself.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE details LIKE ?"),
                    {QStringLiteral("%") + key.secret.mid(4, 20) + QStringLiteral("%")}).toLongLong(), 0);

    // A second key with the same hash (a collision, or a replayed save) is refused by field.
    const RecordWriter::Result again = w.create(keys, {{QStringLiteral("name"), QStringLiteral("again")},
                                                       {QStringLiteral("tenant_id"), tenantId},
                                                       {QStringLiteral("user_id"), userId},
                                                       {QStringLiteral("key_hash"), key.hash}});
    QCOMPARE(again.outcome, RecordWriter::Outcome::Refused);
    QCOMPARE(again.problems.first().column, QStringLiteral("key_hash"));
}

void tst_KeysAndPlans::planChangeMovesTenantAndSubscription()
{
    const QString tenantId = tenantWithSubscription(true);
    QVERIFY(!tenantId.isEmpty());
    const QVariantMap tenant = row(QStringLiteral("tenants"), tenantId);
    const QString target = planOfType(tenant.value(QStringLiteral("plan")).toString() == QLatin1String("enterprise")
                                          ? QStringLiteral("pro") : QStringLiteral("enterprise"));
    QVERIFY(!target.isEmpty());
    const QVariantMap plan = row(QStringLiteral("plans"), target);
    const QVariantMap before = PlanChange::currentSubscription(m_db->db(), tenantId);
    QVERIFY(!before.isEmpty());
    const qint64 audits = auditCount();
    const qint64 lastAudit = scalar(QStringLiteral("SELECT max(id) FROM audit_logs")).toLongLong();

    RecordWriter w = writer();
    const RecordWriter::Result result = PlanChange::apply(w, {tenant, target, QStringLiteral("yearly"), true});
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.outcome, RecordWriter::Outcome::Written);

    const QVariantMap after = row(QStringLiteral("tenants"), tenantId);
    QCOMPARE(after.value(QStringLiteral("plan")).toString(), plan.value(QStringLiteral("plan_type")).toString());
    QCOMPARE(after.value(QStringLiteral("resource_quota")).toString(), plan.value(QStringLiteral("limits")).toString());
    const QVariantMap subscription = row(QStringLiteral("subscriptions"), before.value(QStringLiteral("id")));
    QCOMPARE(subscription.value(QStringLiteral("plan_id")).toString(), target);
    QCOMPARE(subscription.value(QStringLiteral("billing_cycle")).toString(), QStringLiteral("yearly"));
    // One audit row per record, both written by this operator.
    QCOMPARE(auditCount(), audits + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE id > ? AND resource_id IN (?, ?) "
                                   "AND event_type = 'admin.update' AND user_id = ?"),
                    {lastAudit, tenantId, before.value(QStringLiteral("id")), m_operatorId}).toLongLong(), 2);

    // The same change again writes nothing.
    const RecordWriter::Result again = PlanChange::apply(w, {after, target, QStringLiteral("yearly"), true});
    QCOMPARE(again.outcome, RecordWriter::Outcome::Unchanged);
    QCOMPARE(auditCount(), audits + 2);
}

void tst_KeysAndPlans::planChangeStartsASubscriptionWhenThereIsNone()
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    RecordWriter w = writer();
    const RecordWriter::Result created = w.create(tenants, {{QStringLiteral("name"), QStringLiteral("Fresh Co")},
                                                            {QStringLiteral("slug"), QStringLiteral("fresh-co")}});
    QVERIFY2(created.ok(), qPrintable(created.message));
    const QString tenantId = created.row.value(QStringLiteral("id")).toString();
    const QString target = planOfType(QStringLiteral("pro"));
    const RecordWriter::Result result = PlanChange::apply(w, {created.row, target, QStringLiteral("monthly"), false});
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QVariantMap subscription = PlanChange::currentSubscription(m_db->db(), tenantId);
    QVERIFY(!subscription.isEmpty());
    QCOMPARE(subscription.value(QStringLiteral("plan_id")).toString(), target);
    QCOMPARE(subscription.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QDateTime start = subscription.value(QStringLiteral("current_period_start")).toDateTime();
    QCOMPARE(subscription.value(QStringLiteral("current_period_end")).toDateTime(), start.addMonths(1));
    QVERIFY(qAbs(start.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // applyLimits false: the quota stays as it was.
    QCOMPARE(row(QStringLiteral("tenants"), tenantId).value(QStringLiteral("resource_quota")),
             created.row.value(QStringLiteral("resource_quota")));
}

void tst_KeysAndPlans::planChangeFailureRollsBackBoth()
{
    const QString tenantId = tenantWithSubscription(true);
    const QVariantMap tenant = row(QStringLiteral("tenants"), tenantId);
    const QVariantMap subscription = PlanChange::currentSubscription(m_db->db(), tenantId);
    const QString target = planOfType(tenant.value(QStringLiteral("plan")).toString() == QLatin1String("free")
                                          ? QStringLiteral("pro") : QStringLiteral("free"));
    const qint64 audits = auditCount();
    RecordWriter w = writer();
    int auditsWritten = 0;
    // The tenant and its audit row are written; the subscription's audit row then fails.
    w.setTestHooks({{}, [&auditsWritten] { return ++auditsWritten < 2; }});
    const RecordWriter::Result result = PlanChange::apply(w, {tenant, target, QStringLiteral("monthly"), true});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Failed);
    QCOMPARE(auditsWritten, 2);
    QCOMPARE(row(QStringLiteral("tenants"), tenantId), tenant);
    QCOMPARE(row(QStringLiteral("subscriptions"), subscription.value(QStringLiteral("id"))), subscription);
    QCOMPARE(auditCount(), audits);
    // The writer works again afterwards (the failed group left no transaction open).
    w.setTestHooks({});
    QVERIFY(PlanChange::apply(w, {tenant, target, QStringLiteral("monthly"), true}).ok());
}

void tst_KeysAndPlans::staleTenantRefusesThePlanChange()
{
    const QString tenantId = tenantWithSubscription(true);
    const QVariantMap loaded = row(QStringLiteral("tenants"), tenantId);
    RecordWriter w = writer();
    QVERIFY(w.update(*Schema::table(QStringLiteral("tenants")), loaded,
                     {{QStringLiteral("name"), loaded.value(QStringLiteral("name")).toString() + QStringLiteral(" Ltd")}}).ok());
    const QVariantMap subscription = PlanChange::currentSubscription(m_db->db(), tenantId);
    const qint64 audits = auditCount();
    const RecordWriter::Result result = PlanChange::apply(w, {loaded, planOfType(QStringLiteral("enterprise")), QStringLiteral("yearly"), true});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Conflict);
    QVERIFY(result.changedByOthers.contains(QStringLiteral("name")));
    QCOMPARE(row(QStringLiteral("subscriptions"), subscription.value(QStringLiteral("id"))), subscription);
    QCOMPARE(auditCount(), audits);
}

void tst_KeysAndPlans::inactivePlanIsRefusedByField()
{
    RecordWriter w = writer();
    const TableSpec &plans = *Schema::table(QStringLiteral("plans"));
    const RecordWriter::Result retired = w.create(plans, {{QStringLiteral("name"), QStringLiteral("Legacy 2019")},
                                                          {QStringLiteral("plan_type"), QStringLiteral("pro")},
                                                          {QStringLiteral("is_active"), false}});
    QVERIFY2(retired.ok(), qPrintable(retired.message));
    const QString tenantId = tenantWithSubscription(true);
    const QVariantMap tenant = row(QStringLiteral("tenants"), tenantId);
    const qint64 audits = auditCount();
    const RecordWriter::Result result = PlanChange::apply(w, {tenant, retired.row.value(QStringLiteral("id")).toString(),
                                                              QStringLiteral("monthly"), true});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Refused);
    QCOMPARE(result.problems.first().column, QStringLiteral("plan_id"));
    QVERIFY(result.message.contains(QStringLiteral("Legacy 2019")));
    const RecordWriter::Result badCycle = PlanChange::apply(w, {tenant, planOfType(QStringLiteral("pro")), QStringLiteral("weekly"), true});
    QCOMPARE(badCycle.problems.first().column, QStringLiteral("billing_cycle"));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(row(QStringLiteral("tenants"), tenantId), tenant);
}

void tst_KeysAndPlans::readOnlyOperatorChangesNoPlan()
{
    const QString tenantId = tenantWithSubscription(true);
    const QVariantMap tenant = row(QStringLiteral("tenants"), tenantId);
    const qint64 audits = auditCount();
    RecordWriter w = writer(OperatorIdentity::Access::ReadOnly);
    const RecordWriter::Result result = PlanChange::apply(w, {tenant, planOfType(QStringLiteral("enterprise")), QStringLiteral("yearly"), true});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Forbidden);
    QCOMPARE(row(QStringLiteral("tenants"), tenantId), tenant);
    QCOMPARE(auditCount(), audits);
}

QTEST_GUILESS_MAIN(tst_KeysAndPlans)
#include "tst_keysandplans.moc"
