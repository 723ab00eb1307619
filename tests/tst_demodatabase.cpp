#include "contentchecksum.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include "jsontext.h"
#include "passwordhasher.h"
#include "schema.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using TestSql::column;
using TestSql::quoted;
using TestSql::scalar;

namespace {

const quint32 seed = 42;
const QDate anchor(2024, 6, 30);

} // namespace

class tst_DemoDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowCountsMeetMinimums();
    void foreignKeysResolve();
    void rowsAgreeAcrossTables();
    void enumValuesWithinChoices();
    void datetimesDecode();
    void jsonValuesParse();
    void tenantsShowUsageAndQuota();
    void ipAddressesParse();
    void demoAccountsVerify();
    void refusesDatabaseWithTables();
    void failureRollsBack();
    void sameSeedSameContent();

private:
    QSqlDatabase db() const { return m_demo->db(); }

    std::unique_ptr<TestDatabase> m_demo;
    QList<DemoTableCount> m_counts;
    QStringList m_progress;
    QByteArray m_checksum;
};

void tst_DemoDatabase::initTestCase()
{
    m_demo = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_demo);
    DemoDatabase demo(seed, anchor);
    demo.setProgressHandler([this](const QString &message) { m_progress.append(message); });
    QVERIFY2(demo.create(db()), qPrintable(demo.errorString()));
    m_counts = demo.rowCounts();
    m_checksum = ContentChecksum::of(db());
    QVERIFY(!m_checksum.isEmpty());
    QVERIFY(m_progress.size() >= 12);
}

void tst_DemoDatabase::rowCountsMeetMinimums()
{
    const QList<QPair<QString, int>> minimums = {
        {"plans", 3},     {"tenants", 5},       {"users", 40},         {"agents", 20},
        {"workflows", 10}, {"blueprints", 10},  {"projects", 10},      {"api_keys", 10},
        {"subscriptions", 5}, {"executions", 6000}, {"usage_records", 5 * 4 * 365}, {"audit_logs", 30000},
    };
    QCOMPARE(m_counts.size(), Schema::tables().size());
    for (const auto &[table, minimum] : minimums) {
        const qlonglong rows = scalar(db(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        QVERIFY2(rows >= minimum, qPrintable(QStringLiteral("%1: %2 rows").arg(table).arg(rows)));
        const auto reported = std::find_if(m_counts.cbegin(), m_counts.cend(),
                                           [&](const DemoTableCount &c) { return c.table == table; });
        QVERIFY(reported != m_counts.cend());
        QCOMPARE(reported->rows, rows);
    }
    QCOMPARE(scalar(db(), "SELECT count(*) FROM subscriptions"), scalar(db(), "SELECT count(*) FROM tenants"));
}

void tst_DemoDatabase::foreignKeysResolve()
{
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            if (!c.isForeignKey())
                continue;
            const QString where = QStringLiteral("%1 IS NOT NULL").arg(quoted(c.name, db()));
            const qlonglong dangling = scalar(db(), QStringLiteral(
                "SELECT count(*) FROM %1 t WHERE t.%2 AND NOT EXISTS (SELECT 1 FROM %3 r WHERE r.%4 = t.%5)")
                .arg(table.name, where, c.foreignKey.table, c.foreignKey.column, quoted(c.name, db())));
            QVERIFY2(dangling == 0, qPrintable(QStringLiteral("%1.%2: %3 dangling").arg(table.name, c.name).arg(dangling)));
            // A column that is always NULL would pass the check above without proving anything.
            QVERIFY2(scalar(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table.name, where)) > 0,
                     qPrintable(table.name + QLatin1Char('.') + c.name));
        }
    }
}

void tst_DemoDatabase::rowsAgreeAcrossTables()
{
    const QStringList mustBeZero = {
        // An execution runs an agent or workflow of its own tenant, started by one of its users.
        "SELECT count(*) FROM executions e WHERE NOT ("
        " (e.execution_type = 'agent' AND EXISTS (SELECT 1 FROM agents a WHERE a.id = e.resource_id AND a.tenant_id = e.tenant_id))"
        " OR (e.execution_type = 'workflow' AND EXISTS (SELECT 1 FROM workflows w WHERE w.id = e.resource_id AND w.tenant_id = e.tenant_id)))",
        "SELECT count(*) FROM executions e JOIN users u ON u.id = e.created_by WHERE u.tenant_id <> e.tenant_id",
        "SELECT count(*) FROM agents a JOIN users u ON u.id = a.created_by WHERE u.tenant_id <> a.tenant_id",
        "SELECT count(*) FROM workflows w JOIN users u ON u.id = w.created_by WHERE u.tenant_id <> w.tenant_id",
        "SELECT count(*) FROM projects p JOIN users u ON u.id = p.created_by WHERE u.tenant_id <> p.tenant_id",
        "SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.tenant_id <> k.tenant_id",
        "SELECT count(*) FROM usage_records r JOIN subscriptions s ON s.id = r.subscription_id WHERE s.tenant_id <> r.tenant_id",
        "SELECT count(*) FROM tenants t WHERE (SELECT count(*) FROM subscriptions s WHERE s.tenant_id = t.id) <> 1",
        // Finished runs have a duration and an end no earlier than their start; others have neither.
        "SELECT count(*) FROM executions WHERE completed_at < created_at",
        "SELECT count(*) FROM executions WHERE (status IN ('completed', 'failed') AND (completed_at IS NULL OR execution_time IS NULL))"
        " OR (status IN ('pending', 'running') AND (completed_at IS NOT NULL OR execution_time IS NOT NULL))",
        "SELECT count(*) FROM executions WHERE status = 'failed' AND (error IS NULL OR error = '')",
        "SELECT count(*) FROM executions WHERE status <> 'failed' AND error IS NOT NULL",
        "SELECT count(*) FROM subscriptions WHERE current_period_end <= current_period_start",
        "SELECT count(*) FROM usage_records WHERE period_end <= period_start OR quantity < 0",
        "SELECT count(*) FROM blueprints WHERE rating < 0 OR rating > 5 OR downloads < 0 OR reviews_count < 0",
        "SELECT count(*) FROM blueprints WHERE (pricing_model = 'free') <> (price = 0)",
    };
    for (const QString &sql : mustBeZero)
        QVERIFY2(scalar(db(), sql) == 0, qPrintable(sql));

    const QString now = ValueCodec::encodeDateTime(QDateTime(anchor, QTime(0, 0), Qt::UTC));
    QVERIFY(scalar(db(), "SELECT count(*) FROM api_keys WHERE expires_at < ?", {now}) > 0);
    QVERIFY(scalar(db(), "SELECT count(*) FROM api_keys WHERE is_active = ?", {false}) > 0);
    QVERIFY(scalar(db(), "SELECT count(*) FROM audit_logs WHERE created_at > ?", {now}) == 0);
    QVERIFY(scalar(db(), "SELECT count(*) FROM audit_logs WHERE success = ?", {false}) > 0);
    QVERIFY(scalar(db(), "SELECT count(*) FROM audit_logs WHERE success = ?", {true}) > 25000);
    const QStringList currencies = [&] { QStringList l; for (const QVariant &v : column(db(), "SELECT DISTINCT currency FROM usage_records")) l << v.toString(); return l; }();
    QVERIFY2(currencies.contains("USD") && currencies.contains("EUR"), qPrintable(currencies.join(',')));

    // 12 months of days for every tenant and billing unit; total = quantity * unit price.
    QSqlQuery days(db());
    QVERIFY(days.exec("SELECT tenant_id, billing_unit, count(*) FROM usage_records GROUP BY tenant_id, billing_unit"));
    int groups = 0;
    while (days.next()) {
        ++groups;
        QVERIFY(days.value(2).toInt() >= 365);
    }
    QCOMPARE(groups, int(scalar(db(), "SELECT count(*) FROM tenants")) * 4);
    QSqlQuery costs(db());
    QVERIFY(costs.exec("SELECT quantity, unit_price, total_cost FROM usage_records"));
    while (costs.next()) {
        const double expected = costs.value(0).toDouble() * costs.value(1).toDouble();
        QVERIFY(qAbs(costs.value(2).toDouble() - expected) <= 1e-9 * qMax(1.0, expected));
    }
    QVERIFY(scalar(db(), "SELECT count(*) FROM usage_records WHERE total_cost > 0") > 1000);

    // Audit logs spread over the year before the anchor, with the events the issue names.
    const QDateTime first = ValueCodec::decodeDateTime(column(db(), "SELECT min(created_at) FROM audit_logs").value(0));
    const QDateTime last = ValueCodec::decodeDateTime(column(db(), "SELECT max(created_at) FROM audit_logs").value(0));
    QVERIFY(first.daysTo(last) >= 330);
    QVERIFY(last <= QDateTime(anchor, QTime(0, 0), Qt::UTC));
    const QList<QVariant> events = column(db(), "SELECT DISTINCT event_type FROM audit_logs");
    for (const char *expected : {"auth.login", "auth.login_failed", "agent.create", "workflow.update", "api_key.create", "admin.update"})
        QVERIFY2(events.contains(QString::fromLatin1(expected)), expected);
}

void tst_DemoDatabase::enumValuesWithinChoices()
{
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            if (c.choices.isEmpty())
                continue;
            const QList<QVariant> values = column(db(), QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(quoted(c.name, db()), table.name));
            QVERIFY(!values.isEmpty());
            for (const QVariant &v : values)
                QVERIFY2(c.choices.contains(v.toString()), qPrintable(QStringLiteral("%1.%2 = %3").arg(table.name, c.name, v.toString())));
        }
    }
    // The demo shows every state a view has to draw.
    const auto distinct = [&](const QString &sql) { return int(column(db(), sql).size()); };
    QCOMPARE(distinct("SELECT DISTINCT status FROM executions"), 4);
    QCOMPARE(distinct("SELECT DISTINCT execution_type FROM executions"), 2);
    QCOMPARE(distinct(QStringLiteral("SELECT DISTINCT %1 FROM tenants").arg(quoted("plan", db()))), 3);
    QCOMPARE(distinct("SELECT DISTINCT plan_type FROM plans"), 3);
    QVERIFY(distinct("SELECT DISTINCT project_type FROM projects") >= 3);
    QVERIFY(distinct("SELECT DISTINCT status FROM subscriptions") >= 2);
    QCOMPARE(distinct("SELECT DISTINCT billing_cycle FROM subscriptions"), 2);
    QVERIFY(distinct("SELECT DISTINCT pricing_model FROM blueprints") >= 2);
    QVERIFY(distinct("SELECT DISTINCT model FROM agents") >= 4);
}

void tst_DemoDatabase::datetimesDecode()
{
    // What SQLAlchemy's SQLite dialect writes and compares: six fraction digits, no zone.
    static const QRegularExpression sqliteText(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}$"));
    const bool sqlite = DatabaseConnection::backendOf(db()) == Backend::SQLite;
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            if (c.type != LogicalType::DateTime)
                continue;
            const QList<QVariant> values = column(db(), QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(c.name, table.name));
            if (c.name == QLatin1String("created_at"))
                QCOMPARE(qlonglong(values.size()), scalar(db(), QStringLiteral("SELECT count(*) FROM %1").arg(table.name)));
            QVERIFY2(!values.isEmpty(), qPrintable(table.name + QLatin1Char('.') + c.name));
            for (const QVariant &v : values) {
                const QString where = QStringLiteral("%1.%2 = %3").arg(table.name, c.name, v.toString());
                QVERIFY2(ValueCodec::decodeDateTime(v).isValid(), qPrintable(where));
                if (sqlite)
                    QVERIFY2(sqliteText.match(v.toString()).hasMatch(), qPrintable(where));
            }
        }
    }
}

void tst_DemoDatabase::jsonValuesParse()
{
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            if (c.type != LogicalType::Json)
                continue;
            const QList<QVariant> values = column(db(), QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(c.name, table.name));
            QVERIFY2(!values.isEmpty(), qPrintable(table.name + QLatin1Char('.') + c.name));
            for (const QVariant &v : values) {
                const JsonText::Parsed parsed = JsonText::parse(v.toString());
                QVERIFY2(parsed.ok, qPrintable(QStringLiteral("%1.%2: %3").arg(table.name, c.name, v.toString())));
                QCOMPARE(parsed.canonical, v.toString());  // json.dumps form, as the platform writes
            }
        }
    }
    // Roles and permissions are arrays of strings.
    for (const QString &sql : {QStringLiteral("SELECT roles FROM users"), QStringLiteral("SELECT permissions FROM users"),
                               QStringLiteral("SELECT permissions FROM api_keys")}) {
        for (const QVariant &v : column(db(), sql)) {
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            QVERIFY2(doc.isArray() && !doc.array().isEmpty(), qPrintable(v.toString()));
            for (const QJsonValue &item : doc.array())
                QVERIFY(item.isString());
        }
    }
    // Workflow definitions have nodes, and edges that join existing nodes.
    for (const QVariant &v : column(db(), "SELECT definition FROM workflows")) {
        const QJsonObject definition = QJsonDocument::fromJson(v.toString().toUtf8()).object();
        const QJsonArray nodes = definition.value("nodes").toArray();
        const QJsonArray edges = definition.value("edges").toArray();
        QVERIFY(nodes.size() >= 3);
        QVERIFY(edges.size() >= nodes.size() - 1);
        QStringList ids;
        for (const QJsonValue &node : nodes)
            ids.append(node.toObject().value("id").toString());
        for (const QJsonValue &edge : edges) {
            QVERIFY(ids.contains(edge.toObject().value("source").toString()));
            QVERIFY(ids.contains(edge.toObject().value("target").toString()));
        }
    }
    for (const QVariant &v : column(db(), "SELECT limits FROM plans"))
        QVERIFY(QJsonDocument::fromJson(v.toString().toUtf8()).object().value("agents").toInt() > 0);
    // Agents carry real instructions: several sentences each.
    for (const QVariant &v : column(db(), "SELECT instructions FROM agents"))
        QVERIFY2(v.toString().count(QLatin1String(". ")) >= 2, qPrintable(v.toString()));
}

void tst_DemoDatabase::tenantsShowUsageAndQuota()
{
    QSqlQuery tenants(db());
    QVERIFY(tenants.exec("SELECT id, is_active, resource_quota, usage FROM tenants"));
    const QString monthAgo = ValueCodec::encodeDateTime(QDateTime(anchor, QTime(0, 0), Qt::UTC).addDays(-30));
    int inactive = 0;
    int atOrOverQuota = 0;
    int overQuota = 0;
    while (tenants.next()) {
        const QString id = tenants.value(0).toString();
        if (!ValueCodec::fromStorage(*Schema::table("tenants")->column("is_active"), tenants.value(1)).toBool())
            ++inactive;
        const QJsonObject quota = QJsonDocument::fromJson(tenants.value(2).toString().toUtf8()).object();
        const QJsonObject usage = QJsonDocument::fromJson(tenants.value(3).toString().toUtf8()).object();
        // Usage is what the tables hold for the tenant right now.
        const QList<QPair<QString, QString>> live = {{"agents", "agents"}, {"workflows", "workflows"},
                                                     {"users", "users"}, {"projects", "projects"}, {"api_keys", "api_keys"}};
        for (const auto &[key, table] : live)
            QCOMPARE(qlonglong(usage.value(key).toInt(-1)),
                     scalar(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE tenant_id = ?").arg(table), {id}));
        QCOMPARE(qlonglong(usage.value("executions_per_month").toInt(-1)),
                 scalar(db(), "SELECT count(*) FROM executions WHERE tenant_id = ? AND created_at >= ?", {id, monthAgo}));
        bool atLimit = false;
        bool over = false;
        for (const QString &key : quota.keys()) {
            atLimit = atLimit || usage.value(key).toInt() >= quota.value(key).toInt();
            over = over || usage.value(key).toInt() > quota.value(key).toInt();
        }
        atOrOverQuota += atLimit ? 1 : 0;
        overQuota += over ? 1 : 0;
    }
    QVERIFY(inactive >= 1);
    QVERIFY(atOrOverQuota >= 2);
    QVERIFY(overQuota >= 1);
}

void tst_DemoDatabase::ipAddressesParse()
{
    int v4 = 0;
    int v6 = 0;
    for (const QVariant &v : column(db(), "SELECT ip_address FROM audit_logs")) {
        QHostAddress address;
        QVERIFY2(address.setAddress(v.toString()), qPrintable(v.toString()));
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ++v4;
        else if (address.protocol() == QAbstractSocket::IPv6Protocol)
            ++v6;
        QCOMPARE(address.toString(), v.toString());  // canonical form, as a server logs it
    }
    QVERIFY2(v4 > 1000 && v6 > 1000, qPrintable(QStringLiteral("IPv4 %1, IPv6 %2").arg(v4).arg(v6)));
}

void tst_DemoDatabase::demoAccountsVerify()
{
    const QList<DemoAccount> accounts = DemoDatabase::accounts();
    QCOMPARE(accounts.size(), 3);
    const ColumnSpec &superuser = *Schema::table("users")->column("is_superuser");
    for (const DemoAccount &account : accounts) {
        QSqlQuery user(db());
        QVERIFY(user.prepare("SELECT u.hashed_password, u.is_superuser, u.roles, t.slug FROM users u "
                             "LEFT JOIN tenants t ON t.id = u.tenant_id WHERE u.email = ?"));
        user.addBindValue(account.email);
        QVERIFY(user.exec());
        QVERIFY2(user.next(), qPrintable(account.email));
        const QString hash = user.value(0).toString();
        QVERIFY2(hash.startsWith("$2b$12$"), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(account.password, hash));
        QVERIFY(!PasswordHasher::verify(account.password + "x", hash));
        const bool isSuperuser = ValueCodec::fromStorage(superuser, user.value(1)).toBool();
        QCOMPARE(isSuperuser, account.kind == DemoAccount::Kind::Superuser);
        if (account.kind == DemoAccount::Kind::Support)
            QCOMPARE(user.value(2).toString(), QStringLiteral("[\"support\"]"));
        if (account.kind == DemoAccount::Kind::TenantAdmin) {
            QCOMPARE(user.value(2).toString(), QStringLiteral("[\"admin\"]"));
            QCOMPARE(user.value(3).toString(), QStringLiteral("acme"));
        }
    }
    // Everyone else shares one password at a cheaper cost.
    const QList<QVariant> others = column(db(), "SELECT hashed_password FROM users WHERE email NOT LIKE '%@agentfactory.test' "
                                                "AND email <> 'ops@acme.test' ORDER BY email");
    QVERIFY(others.size() >= 40);
    QVERIFY(others.first().toString().startsWith("$2b$10$"));
    QVERIFY(PasswordHasher::verify(DemoDatabase::memberPassword(), others.first().toString()));
    QVERIFY(PasswordHasher::verify(DemoDatabase::memberPassword(), others.last().toString()));
    QCOMPARE(scalar(db(), "SELECT count(DISTINCT hashed_password) FROM users"), scalar(db(), "SELECT count(*) FROM users"));
}

void tst_DemoDatabase::refusesDatabaseWithTables()
{
    DemoDatabase demo(seed, anchor);
    QVERIFY(!demo.create(db()));
    QVERIFY2(demo.errorString().contains("tenants"), qPrintable(demo.errorString()));
    QCOMPARE(DemoDatabase::existingTables(db()).size(), Schema::tables().size());
}

void tst_DemoDatabase::failureRollsBack()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    // An index already named like one of the schema's makes the DDL fail half-way through.
    QVERIFY(testDb.exec("CREATE TABLE bystander (x INTEGER)"));
    QVERIFY(testDb.exec("CREATE INDEX ix_audit_logs_created_at ON bystander (x)"));
    DemoDatabase demo(seed, anchor);
    QVERIFY(!demo.create(testDb.db()));
    QVERIFY(!demo.errorString().isEmpty());
    QVERIFY(demo.rowCounts().isEmpty());
    QCOMPARE(DemoDatabase::existingTables(testDb.db()), QStringList());
    QVERIFY(testDb.db().tables().contains("bystander"));
}

void tst_DemoDatabase::sameSeedSameContent()
{
    TestDatabase again;
    AFADMIN_REQUIRE_DB(again);
    DemoDatabase demo(seed, anchor);
    QVERIFY2(demo.create(again.db()), qPrintable(demo.errorString()));
    QCOMPARE(ContentChecksum::of(again.db()), m_checksum);
    // Ids too: the same uuid4-shaped strings, not just the same shape.
    static const QRegularExpression uuid4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QList<QVariant> ids = column(again.db(), "SELECT id FROM executions");
    for (const QVariant &id : ids)
        QVERIFY2(uuid4.match(id.toString()).hasMatch(), qPrintable(id.toString()));
    QCOMPARE(column(again.db(), "SELECT id FROM tenants ORDER BY slug"), column(db(), "SELECT id FROM tenants ORDER BY slug"));
}

QTEST_GUILESS_MAIN(tst_DemoDatabase)
#include "tst_demodatabase.moc"
