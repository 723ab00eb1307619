#include "contentchecksum.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include "jsontext.h"
#include "localaddress.h"
#include "recordwriter.h"
#include "schema.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The one write path on both backends: the row and its audit row land together or not at all,
// stale saves are refused, secrets stay out of the audit trail, read-only operators write nothing.
class tst_RecordWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createsWithItsAuditRow();
    void updatesOnlyWhatChanged();
    void unchangedSaveWritesNothing();
    void secretsAreMaskedInTheAuditTrail();
    void staleSaveIsRefusedThenOverwritten();
    void deletedMeanwhileIsAConflict();
    void failureAfterTheRowWriteRollsBothBack();
    void readOnlyOperatorWritesNothing();
    void invalidValuesAreRefusedByField();
    void uniqueRaceGivesTheFieldMessage();
    void deactivateNeverDeletes();
    void deleteOnlyWhenNothingPointsAtIt();
    void bulkDeactivationIsOneTransaction();

private:
    RecordWriter writer(OperatorIdentity::Access access = OperatorIdentity::Access::Write) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    QVariantMap lastAudit() const;
    qint64 auditCount() const;
    QString anyId(const QString &table, const QString &where = QString()) const;

    std::unique_ptr<TestDatabase> m_db;
    QString m_operatorId;
};

void tst_RecordWriter::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(7, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    m_operatorId = scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {QStringLiteral("admin@agentfactory.test")}).toString();
    QVERIFY(!m_operatorId.isEmpty());
}

RecordWriter tst_RecordWriter::writer(OperatorIdentity::Access access) const
{
    WriteContext context;
    context.op = {m_operatorId, QStringLiteral("admin@agentfactory.test"), access};
    context.reason = QStringLiteral("ticket 42");
    context.ipAddress = LocalAddress::primary();
    return RecordWriter(m_db->db(), context);
}

QVariant tst_RecordWriter::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

qint64 tst_RecordWriter::auditCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit_logs")).toLongLong();
}

QVariantMap tst_RecordWriter::lastAudit() const
{
    return RecordWriter::load(m_db->db(), *Schema::table(QStringLiteral("audit_logs")),
                              scalar(QStringLiteral("SELECT max(id) FROM audit_logs")));
}

QString tst_RecordWriter::anyId(const QString &table, const QString &where) const
{
    return scalar(QStringLiteral("SELECT id FROM %1 %2 ORDER BY id LIMIT 1").arg(table, where)).toString();
}

static QJsonObject detailsOf(const QVariantMap &audit)
{
    return QJsonDocument::fromJson(audit.value(QStringLiteral("details")).toString().toUtf8()).object();
}

void tst_RecordWriter::createsWithItsAuditRow()
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    const qint64 audits = auditCount();
    RecordWriter w = writer();
    const RecordWriter::Result result = w.create(tenants, {{QStringLiteral("name"), QStringLiteral("Wayne Enterprises")},
                                                           {QStringLiteral("slug"), QStringLiteral("wayne")},
                                                           {QStringLiteral("resource_quota"), QStringLiteral("{\n  \"agents\": 5\n}")}});
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString id = result.row.value(QStringLiteral("id")).toString();
    const QVariantMap stored = RecordWriter::load(m_db->db(), tenants, id);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Wayne Enterprises"));
    // Defaults as SQLAlchemy's: active, free plan, JSON in json.dumps form.
    QCOMPARE(stored.value(QStringLiteral("is_active")).toBool(), true);
    QCOMPARE(stored.value(QStringLiteral("plan")).toString(), QStringLiteral("free"));
    QCOMPARE(stored.value(QStringLiteral("resource_quota")).toString(), QStringLiteral("{\"agents\": 5}"));
    QVERIFY(stored.value(QStringLiteral("created_at")).toDateTime().secsTo(QDateTime::currentDateTimeUtc()) < 60);

    QCOMPARE(auditCount(), audits + 1);
    const QVariantMap audit = lastAudit();
    QCOMPARE(audit.value(QStringLiteral("event_type")).toString(), QStringLiteral("admin.create"));
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
    QCOMPARE(audit.value(QStringLiteral("user_id")).toString(), m_operatorId);
    QCOMPARE(audit.value(QStringLiteral("resource_type")).toString(), QStringLiteral("tenant"));
    QCOMPARE(audit.value(QStringLiteral("resource_id")).toString(), id);
    QCOMPARE(audit.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(audit.value(QStringLiteral("ip_address")).toString(), LocalAddress::primary());
    const QJsonObject details = detailsOf(audit);
    QCOMPARE(details.value(QStringLiteral("reason")).toString(), QStringLiteral("ticket 42"));
    QCOMPARE(details.value(QStringLiteral("changes"))[QStringLiteral("name")][QStringLiteral("new")].toString(),
             QStringLiteral("Wayne Enterprises"));
    QCOMPARE(details.value(QStringLiteral("changes"))[QStringLiteral("resource_quota")][QStringLiteral("new")][QStringLiteral("agents")].toInt(), 5);
}

void tst_RecordWriter::updatesOnlyWhatChanged()
{
    const TableSpec &agents = *Schema::table(QStringLiteral("agents"));
    const QString id = anyId(QStringLiteral("agents"));
    const QVariantMap loaded = RecordWriter::load(m_db->db(), agents, id);
    QVariantMap edited = loaded;
    edited.insert(QStringLiteral("name"), QStringLiteral("Renamed agent"));
    QTest::qWait(5);  // updated_at must move on visibly
    RecordWriter w = writer();
    const RecordWriter::Result result = w.update(agents, loaded, edited);
    QVERIFY2(result.outcome == RecordWriter::Outcome::Written, qPrintable(result.message));
    const QVariantMap stored = RecordWriter::load(m_db->db(), agents, id);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed agent"));
    QCOMPARE(stored.value(QStringLiteral("instructions")), loaded.value(QStringLiteral("instructions")));
    QVERIFY(stored.value(QStringLiteral("updated_at")).toDateTime() > loaded.value(QStringLiteral("updated_at")).toDateTime());
    const QJsonObject changes = detailsOf(lastAudit()).value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("name")});
    QCOMPARE(changes[QStringLiteral("name")][QStringLiteral("old")].toString(), loaded.value(QStringLiteral("name")).toString());
    QCOMPARE(lastAudit().value(QStringLiteral("action")).toString(), QStringLiteral("update"));
}

void tst_RecordWriter::unchangedSaveWritesNothing()
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    QVariantMap loaded;
    QSqlQuery ids(m_db->db());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM tenants ORDER BY id")));
    while (ids.next() && loaded.value(QStringLiteral("usage")).toString().size() <= 2)
        loaded = RecordWriter::load(m_db->db(), tenants, ids.value(0));
    QVariantMap edited = loaded;
    // The same JSON, pretty-printed as a form shows it, is no change.
    edited.insert(QStringLiteral("usage"), JsonText::pretty(loaded.value(QStringLiteral("usage")).toString()));
    QVERIFY(edited.value(QStringLiteral("usage")).toString().contains(QLatin1Char('\n')));
    const QByteArray before = ContentChecksum::of(m_db->db());
    RecordWriter w = writer();
    const RecordWriter::Result result = w.update(tenants, loaded, edited);
    QCOMPARE(result.outcome, RecordWriter::Outcome::Unchanged);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordWriter::secretsAreMaskedInTheAuditTrail()
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    const QVariantMap loaded = RecordWriter::load(m_db->db(), users, anyId(QStringLiteral("users")));
    QVariantMap edited = loaded;
    const QString hash = QStringLiteral("$2b$12$abcdefghijklmnopqrstuu5Cz0H1tcn9o8lvQpLuxzpr4sNLNHx7W");
    edited.insert(QStringLiteral("hashed_password"), hash);
    RecordWriter w = writer();
    QVERIFY(w.update(users, loaded, edited).ok());
    const QString details = lastAudit().value(QStringLiteral("details")).toString();
    QVERIFY2(!details.contains(QStringLiteral("$2b$")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("hashed_password")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE details LIKE ?"), {QStringLiteral("%abcdefghijklmnop%")}).toInt(), 0);
}

void tst_RecordWriter::staleSaveIsRefusedThenOverwritten()
{
    const TableSpec &workflows = *Schema::table(QStringLiteral("workflows"));
    const QString id = anyId(QStringLiteral("workflows"));
    // Two operators open the same workflow.
    const QVariantMap mine = RecordWriter::load(m_db->db(), workflows, id);
    const QVariantMap theirs = RecordWriter::load(m_db->db(), workflows, id);
    QVariantMap theirEdit = theirs;
    theirEdit.insert(QStringLiteral("definition"), QStringLiteral("{\"nodes\": [{\"id\": \"theirs\"}], \"edges\": []}"));
    QTest::qWait(5);
    RecordWriter w = writer();
    QVERIFY(w.update(workflows, theirs, theirEdit).ok());

    QVariantMap myEdit = mine;
    myEdit.insert(QStringLiteral("name"), QStringLiteral("my name"));
    const qint64 audits = auditCount();
    const RecordWriter::Result refused = w.update(workflows, mine, myEdit);
    QCOMPARE(refused.outcome, RecordWriter::Outcome::Conflict);
    QCOMPARE(refused.changedByOthers, QStringList{QStringLiteral("definition")});
    QVERIFY(refused.row.value(QStringLiteral("definition")).toString().contains(QStringLiteral("theirs")));
    QVERIFY2(refused.message.contains(QStringLiteral("Definition")), qPrintable(refused.message));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(RecordWriter::load(m_db->db(), workflows, id).value(QStringLiteral("name")), mine.value(QStringLiteral("name")));

    const RecordWriter::Result overwritten = w.update(workflows, mine, myEdit, RecordWriter::OnConflict::Overwrite);
    QVERIFY2(overwritten.ok(), qPrintable(overwritten.message));
    const QVariantMap stored = RecordWriter::load(m_db->db(), workflows, id);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("my name"));
    // Overwriting saves the form as its user sees it: their definition is replaced too.
    QCOMPARE(stored.value(QStringLiteral("definition")).toString(), mine.value(QStringLiteral("definition")).toString());
    const QJsonObject details = detailsOf(lastAudit());
    QCOMPARE(details.value(QStringLiteral("overwrite")).toBool(), true);
    QVERIFY(details.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("definition")));

    // Without updated_at (executions) every column is compared.
    const TableSpec &executions = *Schema::table(QStringLiteral("executions"));
    const QString executionId = anyId(QStringLiteral("executions"));
    const QVariantMap loaded = RecordWriter::load(m_db->db(), executions, executionId);
    QVariantMap other = loaded;
    other.insert(QStringLiteral("error"), QStringLiteral("changed elsewhere"));
    QVERIFY(w.update(executions, loaded, other).ok());
    QVariantMap late = loaded;
    late.insert(QStringLiteral("execution_time"), 1.5);
    const RecordWriter::Result stale = w.update(executions, loaded, late);
    QCOMPARE(stale.outcome, RecordWriter::Outcome::Conflict);
    QCOMPARE(stale.changedByOthers, QStringList{QStringLiteral("error")});
}

void tst_RecordWriter::deletedMeanwhileIsAConflict()
{
    const TableSpec &agents = *Schema::table(QStringLiteral("agents"));
    QVariantMap ghost = RecordWriter::load(m_db->db(), agents, anyId(QStringLiteral("agents")));
    ghost.insert(QStringLiteral("id"), ValueCodec::newId());
    QVariantMap edited = ghost;
    edited.insert(QStringLiteral("name"), QStringLiteral("x"));
    RecordWriter w = writer();
    const RecordWriter::Result result = w.update(agents, ghost, edited);
    QCOMPARE(result.outcome, RecordWriter::Outcome::Conflict);
    QVERIFY(result.message.contains(QStringLiteral("deleted")));
}

void tst_RecordWriter::failureAfterTheRowWriteRollsBothBack()
{
    const TableSpec &projects = *Schema::table(QStringLiteral("projects"));
    const QVariantMap loaded = RecordWriter::load(m_db->db(), projects, anyId(QStringLiteral("projects")));
    QVariantMap edited = loaded;
    edited.insert(QStringLiteral("name"), QStringLiteral("never saved"));
    const QByteArray before = ContentChecksum::of(m_db->db());
    RecordWriter w = writer();
    bool rowWritten = false;
    w.setTestHooks({{}, [&] {
        // The row change is in the transaction at this point...
        rowWritten = scalar(QStringLiteral("SELECT name FROM projects WHERE id = ?"), {loaded.value(QStringLiteral("id"))}).toString()
                     == QStringLiteral("never saved");
        return false;
    }});
    const RecordWriter::Result result = w.update(projects, loaded, edited);
    QVERIFY(rowWritten);
    QCOMPARE(result.outcome, RecordWriter::Outcome::Failed);
    QVERIFY(!result.message.isEmpty());
    // ...and neither it nor an audit row survives.
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
    // The same for a create.
    const RecordWriter::Result created = w.create(projects, {{QStringLiteral("name"), QStringLiteral("ghost")},
                                                             {QStringLiteral("tenant_id"), loaded.value(QStringLiteral("tenant_id"))}});
    QCOMPARE(created.outcome, RecordWriter::Outcome::Failed);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordWriter::readOnlyOperatorWritesNothing()
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    const QVariantMap loaded = RecordWriter::load(m_db->db(), tenants, anyId(QStringLiteral("tenants")));
    QVariantMap edited = loaded;
    edited.insert(QStringLiteral("name"), QStringLiteral("read-only edit"));
    const QByteArray before = ContentChecksum::of(m_db->db());
    for (OperatorIdentity::Access access : {OperatorIdentity::Access::ReadOnly, OperatorIdentity::Access::None}) {
        RecordWriter w = writer(access);
        QCOMPARE(w.update(tenants, loaded, edited).outcome, RecordWriter::Outcome::Forbidden);
        QCOMPARE(w.create(tenants, edited).outcome, RecordWriter::Outcome::Forbidden);
        QCOMPARE(w.deactivate(tenants, loaded).outcome, RecordWriter::Outcome::Forbidden);
        QCOMPARE(w.setActive(tenants, {loaded}, false).outcome, RecordWriter::Outcome::Forbidden);
        QCOMPARE(w.remove(*Schema::table(QStringLiteral("agents")), loaded).outcome, RecordWriter::Outcome::Forbidden);
    }
    // Nor can anyone rewrite the audit trail.
    RecordWriter admin = writer();
    QCOMPARE(admin.create(*Schema::table(QStringLiteral("audit_logs")), {{QStringLiteral("event_type"), QStringLiteral("x")}}).outcome,
             RecordWriter::Outcome::Forbidden);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordWriter::invalidValuesAreRefusedByField()
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    const QString takenSlug = scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
    const QByteArray before = ContentChecksum::of(m_db->db());
    RecordWriter w = writer();
    RecordWriter::Result result = w.create(tenants, {{QStringLiteral("name"), QStringLiteral("Dup")}, {QStringLiteral("slug"), takenSlug}});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Refused);
    QCOMPARE(result.problems.first().column, QStringLiteral("slug"));
    QVERIFY2(result.message.contains(QStringLiteral("Slug")), qPrintable(result.message));
    result = w.create(tenants, {{QStringLiteral("name"), QStringLiteral("Bad JSON")}, {QStringLiteral("slug"), QStringLiteral("bad-json")},
                                {QStringLiteral("resource_quota"), QStringLiteral("{\"agents\": }")}});
    QCOMPARE(result.outcome, RecordWriter::Outcome::Refused);
    QCOMPARE(result.problems.first().column, QStringLiteral("resource_quota"));
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    const QVariantMap user = RecordWriter::load(m_db->db(), users, anyId(QStringLiteral("users")));
    QVariantMap edited = user;
    edited.insert(QStringLiteral("email"), QStringLiteral("admin@agentfactory.test"));
    result = w.update(users, user, edited);
    QCOMPARE(result.outcome, RecordWriter::Outcome::Refused);
    QCOMPARE(result.problems.first().column, QStringLiteral("email"));
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

void tst_RecordWriter::uniqueRaceGivesTheFieldMessage()
{
    // A second writer inserts the same slug after our checks passed. PostgreSQL lets it in and
    // the unique index refuses our row; SQLite's write lock keeps it out until we are done.
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    DatabaseConnection other(DatabaseConnection::uniqueName(QStringLiteral("racer")));
    ConnectionSettings settings = m_db->settings();
    QVERIFY(other.open(settings).ok());
    if (m_db->backend() == Backend::SQLite) {
        QSqlQuery pragma(other.database());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    }
    bool racerInserted = false;
    RecordWriter w = writer();
    w.setTestHooks({[&] {
        QSqlQuery q(other.database());
        q.prepare(QStringLiteral("INSERT INTO tenants (id, name, slug, is_active, plan, resource_quota, usage, created_at, updated_at) "
                                 "VALUES (?, 'Racer', 'race-slug', ?, 'free', '{}', '{}', ?, ?)"));
        q.addBindValue(ValueCodec::newId());
        q.addBindValue(true);
        q.addBindValue(ValueCodec::encodeDateTime(ValueCodec::nowUtc()));
        q.addBindValue(ValueCodec::encodeDateTime(ValueCodec::nowUtc()));
        racerInserted = q.exec();
    }, {}});
    const RecordWriter::Result result = w.create(tenants, {{QStringLiteral("name"), QStringLiteral("Us")}, {QStringLiteral("slug"), QStringLiteral("race-slug")}});
    if (m_db->backend() == Backend::PostgreSQL) {
        QVERIFY(racerInserted);
        QCOMPARE(result.outcome, RecordWriter::Outcome::Refused);
        QCOMPARE(result.problems.first().column, QStringLiteral("slug"));
        QVERIFY2(result.message.contains(QStringLiteral("Slug")), qPrintable(result.message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE details LIKE ?"), {QStringLiteral("%\"Us\"%")}).toInt(), 0);
    } else {
        QVERIFY(!racerInserted);  // locked out while our transaction ran
        QVERIFY2(result.ok(), qPrintable(result.message));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE slug = 'race-slug'")).toInt(), 1);
}

void tst_RecordWriter::deactivateNeverDeletes()
{
    const TableSpec &apiKeys = *Schema::table(QStringLiteral("api_keys"));
    const QVariantMap key = RecordWriter::load(m_db->db(), apiKeys, anyId(QStringLiteral("api_keys"), QStringLiteral("WHERE is_active = ?")
                                                                                             .replace(QLatin1Char('?'), m_db->backend() == Backend::SQLite ? QStringLiteral("1") : QStringLiteral("true"))));
    QVERIFY(!key.isEmpty());
    RecordWriter w = writer();
    QVERIFY(w.deactivate(apiKeys, key).ok());
    QCOMPARE(RecordWriter::load(m_db->db(), apiKeys, key.value(QStringLiteral("id"))).value(QStringLiteral("is_active")).toBool(), false);
    QCOMPARE(lastAudit().value(QStringLiteral("action")).toString(), QStringLiteral("deactivate"));
    const RecordWriter::Result removed = w.remove(apiKeys, key);
    QCOMPARE(removed.outcome, RecordWriter::Outcome::Refused);
    QVERIFY(!RecordWriter::load(m_db->db(), apiKeys, key.value(QStringLiteral("id"))).isEmpty());
}

void tst_RecordWriter::deleteOnlyWhenNothingPointsAtIt()
{
    RecordWriter w = writer();
    // A subscription that usage records point at stays, and the message says what uses it.
    const TableSpec &subscriptions = *Schema::table(QStringLiteral("subscriptions"));
    const QString used = scalar(QStringLiteral("SELECT subscription_id FROM usage_records WHERE subscription_id IS NOT NULL ORDER BY id LIMIT 1")).toString();
    QVERIFY(!used.isEmpty());
    const QVariantMap subscription = RecordWriter::load(m_db->db(), subscriptions, used);
    const RecordWriter::Result refused = w.remove(subscriptions, subscription);
    QCOMPARE(refused.outcome, RecordWriter::Outcome::Refused);
    QVERIFY2(refused.message.contains(QStringLiteral("usage records")), qPrintable(refused.message));
    QVERIFY(!RecordWriter::load(m_db->db(), subscriptions, used).isEmpty());
    // Plans are deactivated, never deleted.
    const TableSpec &plans = *Schema::table(QStringLiteral("plans"));
    QCOMPARE(w.remove(plans, RecordWriter::load(m_db->db(), plans, anyId(QStringLiteral("plans")))).outcome, RecordWriter::Outcome::Refused);
    // An agent nothing points at goes, with a snapshot in its audit row.
    const TableSpec &agents = *Schema::table(QStringLiteral("agents"));
    const QVariantMap agent = RecordWriter::load(m_db->db(), agents, anyId(QStringLiteral("agents")));
    const RecordWriter::Result removed = w.remove(agents, agent);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QVERIFY(RecordWriter::load(m_db->db(), agents, agent.value(QStringLiteral("id"))).isEmpty());
    const QVariantMap audit = lastAudit();
    QCOMPARE(audit.value(QStringLiteral("action")).toString(), QStringLiteral("delete"));
    QCOMPARE(detailsOf(audit).value(QStringLiteral("deleted"))[QStringLiteral("name")].toString(), agent.value(QStringLiteral("name")).toString());
}

void tst_RecordWriter::bulkDeactivationIsOneTransaction()
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM users WHERE email LIKE '%@initech.test' ORDER BY id")));
    QList<QVariantMap> rows;
    while (q.next())
        rows.append(RecordWriter::load(m_db->db(), users, q.value(0)));
    QVERIFY(rows.size() >= 3);
    int active = 0;
    for (const QVariantMap &row : rows)
        active += row.value(QStringLiteral("is_active")).toBool() ? 1 : 0;
    const qint64 audits = auditCount();
    // A failure at the last row undoes the whole batch.
    RecordWriter failing = writer();
    int written = 0;
    failing.setTestHooks({{}, [&] { return ++written < active; }});
    const QByteArray before = ContentChecksum::of(m_db->db());
    QCOMPARE(failing.setActive(users, rows, false).outcome, RecordWriter::Outcome::Failed);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
    RecordWriter w = writer();
    const RecordWriter::Result result = w.setActive(users, rows, false);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(auditCount(), audits + active);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE email LIKE '%@initech.test' AND is_active = ?"), {true}).toInt(), 0);
}

QTEST_MAIN(tst_RecordWriter)
#include "tst_recordwriter.moc"
