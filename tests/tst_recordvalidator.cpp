#include "contentchecksum.h"
#include "ddl.h"
#include "demodatabase.h"
#include "recordvalidator.h"
#include "schema.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

// RecordValidator against the demo database on both backends: one row per rule, every demo
// row passing, unique and foreign key checks, the driver's unique errors, hostile text.
class tst_RecordValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void schemaDescribesTheRules();
    void rules_data();
    void rules();
    void demoRowsPass_data();
    void demoRowsPass();
    void writerColumnsMayBeLeftOutButNotUnknownOnes();
    void duplicatesCaught_data();
    void duplicatesCaught();
    void foreignKeysMissingAndCrossTenant();
    void databaseErrorGivesTheSameMessage_data();
    void databaseErrorGivesTheSameMessage();
    void otherDatabaseErrorsAreNotMapped();
    void hostileTextIsJudgedNeverExecuted();

private:
    QList<QVariantMap> loadRows(const TableSpec &table, int limit = 0) const;
    QVariantMap baseRow(const QString &table) const { return m_base.value(table); }
    QString firstString(const QString &sql, const QVariantList &values = {}) const;
    QString otherTenantRow(const TableSpec &target, const QString &tenantId) const;
    static QString describe(const FieldProblems &problems);

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, QVariantMap> m_base;  // per table: a valid demo row with the most values set
};

void tst_RecordValidator::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(11, QDate(2026, 6, 1));
    QVERIFY2(demo.create(m_db->db()), qPrintable(demo.errorString()));
    for (const TableSpec &table : Schema::tables()) {
        int best = -1;
        for (const QVariantMap &row : loadRows(table, 200)) {
            int set = 0;
            for (const QVariant &value : row)
                set += value.isValid() ? 1 : 0;
            if (set > best) {
                best = set;
                m_base.insert(table.name, row);
            }
        }
        QVERIFY2(best > 0, qPrintable(table.name));
    }
}

QList<QVariantMap> tst_RecordValidator::loadRows(const TableSpec &table, int limit) const
{
    QStringList names;
    for (const ColumnSpec &c : table.columns)
        names.append(Ddl::quoteIdentifier(c.name, m_db->backend()));
    QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                      .arg(names.join(QStringLiteral(", ")), table.name, table.primaryKey().name);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    QList<QVariantMap> rows;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < table.columns.size(); ++i)
            row.insert(table.columns.at(i).name, ValueCodec::fromStorage(table.columns.at(i), q.value(i)));
        rows.append(row);
    }
    return rows;
}

QString tst_RecordValidator::firstString(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db->db());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        qWarning() << sql << q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}

QString tst_RecordValidator::otherTenantRow(const TableSpec &target, const QString &tenantId) const
{
    return firstString(QStringLiteral("SELECT id FROM %1 WHERE tenant_id <> ? ORDER BY id").arg(target.name), {tenantId});
}

QString tst_RecordValidator::describe(const FieldProblems &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines.append(p.column + QStringLiteral(" -> ") + p.message);
    return lines.join(QStringLiteral("; "));
}

void tst_RecordValidator::schemaDescribesTheRules()
{
    for (const TableSpec &table : Schema::tables()) {
        QVERIFY(!table.displayItemLabel().isEmpty());
        for (const ColumnSpec &c : table.columns) {
            const QString name = table.name + QLatin1Char('.') + c.name;
            QVERIFY2(c.type == LogicalType::String ? c.maxLength > 0 : c.maxLength == 0, qPrintable(name));
            QVERIFY2(c.format == TextFormat::None || c.type == LogicalType::String, qPrintable(name));
            QVERIFY2(c.jsonShape == JsonShape::Any || c.type == LogicalType::Json, qPrintable(name));
            QVERIFY2(!c.minimum || c.type == LogicalType::Integer || c.type == LogicalType::Float, qPrintable(name));
        }
    }
    QCOMPARE(Schema::table(QStringLiteral("users"))->column(QStringLiteral("email"))->maxLength, 320);
    QCOMPARE(Schema::table(QStringLiteral("tenants"))->column(QStringLiteral("slug"))->format, TextFormat::Slug);
    QCOMPARE(Schema::table(QStringLiteral("blueprints"))->column(QStringLiteral("rating"))->maximum.value_or(-1), 5.0);
    QCOMPARE(Schema::table(QStringLiteral("workflows"))->column(QStringLiteral("definition"))->jsonShape,
             JsonShape::WorkflowDefinition);
}

// Markers the test resolves against the demo data: another row's value of the same unique
// column, a row of another tenant, the tenantless platform admin, an id nobody has.
static const QString duplicate = QStringLiteral("@duplicate");
static const QString otherTenant = QStringLiteral("@otherTenant");
static const QString noTenant = QStringLiteral("@noTenant");
static const QString missing = QStringLiteral("@missing");
static const QString removed = QStringLiteral("@remove");

void tst_RecordValidator::rules_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("fragment");
    const QString long256(256, QLatin1Char('a'));
    const QDateTime year2000(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    auto row = [](const char *name, const char *table, const char *column, const QVariant &value, const char *fragment) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(column) << value << QString::fromUtf8(fragment);
    };
    row("tenants name required", "tenants", "name", QString(), "is required");
    row("tenants name length", "tenants", "name", long256, "at most 255 character");
    row("tenants slug format", "tenants", "slug", QStringLiteral("Acme Labs"), "lower-case letters, digits and hyphens");
    row("tenants slug trailing hyphen", "tenants", "slug", QStringLiteral("acme-"), "(e.g. acme-labs)");
    row("tenants slug length", "tenants", "slug", QString(64, QLatin1Char('a')), "at most 63 character");
    row("tenants slug unique", "tenants", "slug", duplicate, "already used by another tenant");
    row("tenants plan choice", "tenants", "plan", QStringLiteral("gold"), "must be one of: free, pro, enterprise");
    row("tenants quota not object", "tenants", "resource_quota", QStringLiteral("[1, 2]"), "JSON object of whole numbers");
    row("tenants quota negative", "tenants", "resource_quota", QStringLiteral("{\"agents\": -1}"),
        "\"agents\" must be a whole number ≥ 0");
    row("tenants usage fraction", "tenants", "usage", QStringLiteral("{\"agents\": 2.5}"), "\"agents\" must be a whole number");
    row("tenants quota malformed", "tenants", "resource_quota", QStringLiteral("{\n  \"agents\": 3,\n    x\n}"),
        "JSON error at line 3, column 5: unexpected \"x\"");
    row("users email required", "users", "email", QStringLiteral(""), "is required");
    row("users email format", "users", "email", QStringLiteral("not-an-email"), "email address");
    row("users email two ats", "users", "email", QStringLiteral("a@b@example.com"), "email address");
    row("users email length", "users", "email", QString(320, QLatin1Char('a')) + QStringLiteral("@x.test"), "at most 320");
    row("users email unique", "users", "email", duplicate, "already used by another user");
    row("users password required", "users", "hashed_password", QVariant(), "is required");
    row("users tenant exists", "users", "tenant_id", missing, "no tenant with this id");
    row("users roles object", "users", "roles", QStringLiteral("{}"), "must be a JSON array of strings");
    row("users roles number", "users", "roles", QStringLiteral("[\"admin\", 3]"), "must be a JSON array of strings");
    row("users permissions truncated", "users", "permissions", QStringLiteral("[\"a\","), "the text ends too early");
    row("users active boolean", "users", "is_active", QStringLiteral("yes"), "true or false");
    row("api_keys key_hash unique", "api_keys", "key_hash", duplicate, "already used by another API key");
    row("api_keys name blank", "api_keys", "name", QStringLiteral("   "), "is required");
    row("api_keys user other tenant", "api_keys", "user_id", otherTenant, "the user belongs to another tenant");
    row("api_keys user exists", "api_keys", "user_id", missing, "no user with this id");
    row("api_keys tenant required", "api_keys", "tenant_id", removed, "is required");
    row("api_keys permissions objects", "api_keys", "permissions", QStringLiteral("[{\"a\": 1}]"), "array of strings");
    row("api_keys expires date", "api_keys", "expires_at", QStringLiteral("next week"), "must be a date and time");
    row("agents name length", "agents", "name", long256, "at most 255");
    row("agents creator other tenant", "agents", "created_by", otherTenant, "the user belongs to another tenant");
    row("agents creator tenantless", "agents", "created_by", noTenant, "the user belongs to no tenant");
    row("agents instructions NUL", "agents", "instructions", QStringLiteral("a") + QChar(0) + QStringLiteral("b"), "NUL");
    row("agents tenant exists", "agents", "tenant_id", missing, "no tenant with this id");
    row("workflows definition nodes", "workflows", "definition", QStringLiteral("{\"edges\": []}"),
        "\"nodes\" must be a JSON array");
    row("workflows definition edges", "workflows", "definition", QStringLiteral("{\"nodes\": [], \"edges\": {}}"),
        "\"edges\" must be");
    row("workflows definition array", "workflows", "definition", QStringLiteral("[]"), "\"nodes\" and \"edges\" arrays");
    row("workflows creator exists", "workflows", "created_by", missing, "no user with this id");
    row("blueprints price negative", "blueprints", "price", -0.01, "at least 0");
    row("blueprints rating high", "blueprints", "rating", 5.5, "between 0 and 5");
    row("blueprints rating negative", "blueprints", "rating", -1.0, "between 0 and 5");
    row("blueprints downloads negative", "blueprints", "downloads", qlonglong(-1), "at least 0");
    row("blueprints downloads fraction", "blueprints", "downloads", 2.5, "whole number");
    row("blueprints downloads 32 bits", "blueprints", "downloads", qlonglong(3000000000), "at most 2147483647");
    row("blueprints reviews negative", "blueprints", "reviews_count", qlonglong(-3), "at least 0");
    row("blueprints pricing choice", "blueprints", "pricing_model", QStringLiteral("monthly"), "must be one of: free, one-time");
    row("blueprints publisher exists", "blueprints", "publisher_id", missing, "no user with this id");
    row("blueprints definition tab", "blueprints", "definition", QStringLiteral("{\"a\": \"x\ty\"}"),
        "line 1, column 9: unexpected character U+0009");
    row("blueprints version length", "blueprints", "version", long256, "at most 255");
    row("projects type choice", "projects", "project_type", QStringLiteral("website"), "must be one of");
    row("projects creator other tenant", "projects", "created_by", otherTenant, "belongs to another tenant");
    row("projects config malformed", "projects", "config", QStringLiteral("{\"a\" 1}"),
        "JSON error at line 1, column 6: unexpected \"1\"");
    row("executions type choice", "executions", "execution_type", QStringLiteral("job"), "must be one of: agent, workflow");
    row("executions status choice", "executions", "status", QStringLiteral("done"), "must be one of");
    row("executions status null", "executions", "status", QVariant(), "is required");
    row("executions completed order", "executions", "completed_at", year2000, "must not be before Created");
    row("executions time negative", "executions", "execution_time", -1.0, "at least 0");
    row("executions time NaN", "executions", "execution_time", std::nan(""), "must be a number");
    row("executions resource required", "executions", "resource_id", QStringLiteral(""), "is required");
    row("executions creator other tenant", "executions", "created_by", otherTenant, "belongs to another tenant");
    row("plans monthly negative", "plans", "price_monthly", -5.0, "at least 0");
    row("plans yearly text", "plans", "price_yearly", QStringLiteral("abc"), "must be a number");
    row("plans type choice", "plans", "plan_type", QStringLiteral("gold"), "must be one of");
    row("plans currency length", "plans", "currency", long256, "at most 255");
    row("plans name required", "plans", "name", removed, "is required");
    row("subscriptions period equal", "subscriptions", "current_period_end", QVariant(), "must be after Period start");
    row("subscriptions plan exists", "subscriptions", "plan_id", missing, "no plan with this id");
    row("subscriptions status choice", "subscriptions", "status", QStringLiteral("paused"), "must be one of");
    row("subscriptions cycle choice", "subscriptions", "billing_cycle", QStringLiteral("weekly"), "must be one of");
    row("subscriptions tenant exists", "subscriptions", "tenant_id", missing, "no tenant with this id");
    row("usage_records quantity negative", "usage_records", "quantity", -1.0, "at least 0");
    row("usage_records unit price negative", "usage_records", "unit_price", -0.5, "at least 0");
    row("usage_records total negative", "usage_records", "total_cost", -2.0, "at least 0");
    row("usage_records subscription other tenant", "usage_records", "subscription_id", otherTenant,
        "the subscription belongs to another tenant");
    row("usage_records unit choice", "usage_records", "billing_unit", QStringLiteral("minutes"), "must be one of");
    row("usage_records period order", "usage_records", "period_end", year2000, "must not be before Period start");
    row("usage_records quantity required", "usage_records", "quantity", removed, "is required");
    row("audit_logs event required", "audit_logs", "event_type", QStringLiteral(""), "is required");
    row("audit_logs user exists", "audit_logs", "user_id", missing, "no user with this id");
    row("audit_logs details malformed", "audit_logs", "details", QStringLiteral("{\"a\": tru}"), "JSON error at line 1");
    row("audit_logs details huge number", "audit_logs", "details", QStringLiteral("{\"n\": 1e400}"), "number is too large");
    row("audit_logs created date", "audit_logs", "created_at", QStringLiteral("yesterday"), "must be a date and time");
    row("audit_logs success boolean", "audit_logs", "success", qlonglong(2), "true or false");
}

void tst_RecordValidator::rules()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, fragment);
    const TableSpec &spec = *Schema::table(table);
    const ColumnSpec *columnSpec = spec.column(column);
    QVERIFY(columnSpec);
    QVariantMap values = baseRow(table);
    const QVariant id = values.value(spec.primaryKey().name);
    QVERIFY2(RecordValidator::validate(m_db->db(), spec, values, id).isEmpty(), "the base row must be valid");

    const QString tenantId = values.value(QStringLiteral("tenant_id")).toString();
    const QString marker = value.metaType().id() == QMetaType::QString ? value.toString() : QString();
    if (marker == removed) {
        values.remove(column);
    } else if (marker == duplicate) {
        const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id <> ? ORDER BY id").arg(column, table);
        values.insert(column, firstString(sql, {id}));
    } else if (marker == otherTenant) {
        values.insert(column, otherTenantRow(*Schema::table(columnSpec->foreignKey.table), tenantId));
    } else if (marker == noTenant) {
        values.insert(column, firstString(QStringLiteral("SELECT id FROM users WHERE tenant_id IS NULL ORDER BY id")));
    } else if (marker == missing) {
        values.insert(column, ValueCodec::newId());
    } else if (table == QLatin1String("subscriptions") && column == QLatin1String("current_period_end")) {
        values.insert(column, values.value(QStringLiteral("current_period_start")));  // an empty period
    } else {
        values.insert(column, value);
    }
    QVERIFY(marker.isEmpty() || marker == removed || !values.value(column).toString().isEmpty());

    const FieldProblems problems = RecordValidator::validate(m_db->db(), spec, values, id);
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    QCOMPARE(problems.first().column, column);
    QVERIFY2(problems.first().message.startsWith(columnSpec->displayLabel() + QStringLiteral(": ")),
             qPrintable(problems.first().message));
    QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    // What needs no database is found without it, with the same words.
    const FieldProblems offline = RecordValidator::checkValues(spec, values);
    QVERIFY(offline.isEmpty() || (offline.size() == 1 && offline.first().message == problems.first().message));
}

void tst_RecordValidator::demoRowsPass_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &name : Schema::tableNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_RecordValidator::demoRowsPass()
{
    QFETCH(QString, table);
    const TableSpec &spec = *Schema::table(table);
    const QList<QVariantMap> rows = loadRows(spec);
    QVERIFY(!rows.isEmpty());
    // Every row offline; a spread of at most ~300 rows against the database, which queries per row.
    const int step = std::max(1, int(rows.size() / 300));
    int checked = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap &row = rows.at(i);
        const QVariant id = row.value(spec.primaryKey().name);
        const FieldProblems problems = i % step == 0 ? RecordValidator::validate(m_db->db(), spec, row, id)
                                                     : RecordValidator::checkValues(spec, row);
        QVERIFY2(problems.isEmpty(), qPrintable(id.toString() + QStringLiteral(": ") + describe(problems)));
        checked += i % step == 0 ? 1 : 0;
    }
    QVERIFY(checked >= std::min<qsizetype>(rows.size(), 300));
}

void tst_RecordValidator::writerColumnsMayBeLeftOutButNotUnknownOnes()
{
    for (const TableSpec &spec : Schema::tables()) {
        QVariantMap values = baseRow(spec.name);
        values.remove(spec.primaryKey().name);
        values.remove(QStringLiteral("created_at"));
        values.remove(QStringLiteral("updated_at"));
        // An insert: the unique values are the demo row's own, so those alone may be reported.
        for (const FieldProblem &p : RecordValidator::validate(m_db->db(), spec, values))
            QVERIFY2(p.message.contains(QLatin1String("already used")), qPrintable(spec.name + QStringLiteral(": ") + p.message));
        QVERIFY2(RecordValidator::checkValues(spec, values).isEmpty(), qPrintable(spec.name));
    }
    QVariantMap values = baseRow(QStringLiteral("agents"));
    values.insert(QStringLiteral("nickname; DROP TABLE agents"), QStringLiteral("x"));
    const FieldProblems problems = RecordValidator::checkValues(*Schema::table(QStringLiteral("agents")), values);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().column, QStringLiteral("nickname; DROP TABLE agents"));
    QVERIFY(problems.first().message.contains(QLatin1String("no such column")));
}

void tst_RecordValidator::duplicatesCaught_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("email") << "users" << "email" << "Email: already used by another user";
    QTest::newRow("slug") << "tenants" << "slug" << "Slug: already used by another tenant";
    QTest::newRow("key_hash") << "api_keys" << "key_hash" << "Key hash: already used by another API key";
}

void tst_RecordValidator::duplicatesCaught()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const TableSpec &spec = *Schema::table(table);
    const QList<QVariantMap> rows = loadRows(spec, 2);
    QCOMPARE(rows.size(), 2);
    const QVariant id = rows.at(0).value(QStringLiteral("id"));
    // The row itself is no duplicate of itself on update...
    QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, rows.at(0), id)), QString());
    // ...but is one for a new row, and another row's value is one for an update.
    QVariantMap copy = rows.at(0);
    copy.insert(QStringLiteral("id"), ValueCodec::newId());
    QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, copy)), column + QStringLiteral(" -> ") + message);
    QVariantMap edited = rows.at(0);
    edited.insert(column, rows.at(1).value(column));
    QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, edited, id)), column + QStringLiteral(" -> ") + message);
    // A value nobody has passes.
    edited.insert(column, table == QLatin1String("users") ? QStringLiteral("fresh@example.com") : QStringLiteral("fresh-value"));
    QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, edited, id)), QString());
}

void tst_RecordValidator::foreignKeysMissingAndCrossTenant()
{
    int crossTenantChecks = 0;
    for (const TableSpec &spec : Schema::tables()) {
        const QVariantMap base = baseRow(spec.name);
        const QVariant id = base.value(spec.primaryKey().name);
        for (const ColumnSpec &c : spec.columns) {
            if (!c.isForeignKey())
                continue;
            const TableSpec &target = *Schema::table(c.foreignKey.table);
            QVariantMap values = base;
            values.insert(c.name, ValueCodec::newId());
            QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, values, id)),
                     QStringLiteral("%1 -> %2: no %3 with this id").arg(c.name, c.displayLabel(), target.displayItemLabel()));
            if (c.name == QLatin1String("tenant_id") || !spec.isTenantScoped() || !target.isTenantScoped())
                continue;
            values.insert(c.name, otherTenantRow(target, base.value(QStringLiteral("tenant_id")).toString()));
            QCOMPARE(describe(RecordValidator::validate(m_db->db(), spec, values, id)),
                     QStringLiteral("%1 -> %2: the %3 belongs to another tenant")
                         .arg(c.name, c.displayLabel(), target.displayItemLabel()));
            // The whole row moved to the other tenant is consistent again.
            const QString sql = QStringLiteral("SELECT tenant_id FROM %1 WHERE id = ?").arg(target.name);
            values.insert(QStringLiteral("tenant_id"), firstString(sql, {values.value(c.name)}));
            const FieldProblems moved = RecordValidator::validate(m_db->db(), spec, values, id);
            for (const FieldProblem &p : moved)
                QVERIFY2(p.column != c.name && p.column != QLatin1String("tenant_id"), qPrintable(p.message));
            ++crossTenantChecks;
        }
    }
    QCOMPARE(crossTenantChecks, 6);  // api_keys.user_id, four created_by, usage_records.subscription_id
}

void tst_RecordValidator::databaseErrorGivesTheSameMessage_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("insert");  // the row's id, then the duplicate value, then the rest
    QTest::newRow("email") << "users" << "email" << "INSERT INTO users (id, email, hashed_password) VALUES (?, ?, 'x')";
    QTest::newRow("slug") << "tenants" << "slug" << "INSERT INTO tenants (id, slug, name) VALUES (?, ?, 'Copy')";
    QTest::newRow("key_hash") << "api_keys" << "key_hash" 
                              << "INSERT INTO api_keys (id, key_hash, name, tenant_id) "
                                 "VALUES (?, ?, 'k', (SELECT MIN(id) FROM tenants))";
}

void tst_RecordValidator::databaseErrorGivesTheSameMessage()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, insert);
    const TableSpec &spec = *Schema::table(table);
    QVariantMap values = baseRow(table);
    values.insert(QStringLiteral("id"), ValueCodec::newId());
    const FieldProblems checked = RecordValidator::validate(m_db->db(), spec, values);
    QCOMPARE(checked.size(), 1);

    // The writer that lost the race: its INSERT reaches the unique index.
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare(insert));
    q.addBindValue(values.value(QStringLiteral("id")));
    q.addBindValue(values.value(column));
    QVERIFY(!q.exec());
    qDebug() << q.lastError().nativeErrorCode() << q.lastError().databaseText();
    const std::optional<FieldProblem> mapped = RecordValidator::fromDatabaseError(spec, q.lastError());
    QVERIFY2(mapped.has_value(), qPrintable(q.lastError().text()));
    QCOMPARE(mapped->column, checked.first().column);
    QCOMPARE(mapped->message, checked.first().message);
}

void tst_RecordValidator::otherDatabaseErrorsAreNotMapped()
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    QSqlQuery q(m_db->db());
    // NOT NULL, a duplicate primary key, and another table's unique index.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (id) VALUES ('x-no-email')")));
    QVERIFY(!RecordValidator::fromDatabaseError(users, q.lastError()).has_value());
    q.prepare(QStringLiteral("INSERT INTO users (id, email, hashed_password) VALUES (?, 'new@example.com', 'x')"));
    q.addBindValue(baseRow(QStringLiteral("users")).value(QStringLiteral("id")));
    QVERIFY(!q.exec());
    QVERIFY2(!RecordValidator::fromDatabaseError(users, q.lastError()).has_value(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO users (id, email, hashed_password) VALUES ('x-dup', ?, 'x')"));
    q.addBindValue(baseRow(QStringLiteral("users")).value(QStringLiteral("email")));
    QVERIFY(!q.exec());
    QVERIFY(RecordValidator::fromDatabaseError(users, q.lastError()).has_value());
    QVERIFY(!RecordValidator::fromDatabaseError(tenants, q.lastError()).has_value());
    QVERIFY(!RecordValidator::fromDatabaseError(users, QSqlError()).has_value());
}

void tst_RecordValidator::hostileTextIsJudgedNeverExecuted()
{
    const QByteArray before = ContentChecksum::of(m_db->db());
    QVERIFY(!before.isEmpty());
    const QString nul = QStringLiteral("nul") + QChar(0) + QStringLiteral("'; DROP TABLE users; --");
    const QString huge(100000, QLatin1Char('x'));
    const QStringList hostile = {QStringLiteral("O'Brien \"quoted\" `tick` \\ %1 %n"), QStringLiteral("'; DROP TABLE users; --"),
                                 QStringLiteral("x' OR '1'='1"), nul, huge};
    // Inside a transaction as the writer calls it: on PostgreSQL one failed statement would
    // poison it, so every query must have run cleanly for the next SELECT to work.
    QVERIFY(m_db->db().transaction());
    int judged = 0;
    for (const TableSpec &spec : Schema::tables()) {
        const QVariantMap base = baseRow(spec.name);
        const QVariant id = base.value(spec.primaryKey().name);
        for (const ColumnSpec &c : spec.columns) {
            if (c.type != LogicalType::String)
                continue;
            for (const QString &text : hostile) {
                QVariantMap values = base;
                values.insert(c.name, text);
                const FieldProblems problems = RecordValidator::validate(m_db->db(), spec, values, id);
                const QString where = spec.name + QLatin1Char('.') + c.name + QStringLiteral(": ") + describe(problems);
                QSqlQuery alive(m_db->db());
                QVERIFY2(alive.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && alive.next(), qPrintable(where));
                for (const FieldProblem &p : problems)
                    QVERIFY2(p.column == c.name && !p.message.contains(QLatin1String("could not be checked")), qPrintable(where));
                if (text == nul || text == huge || !c.choices.isEmpty() || c.isForeignKey() || c.format != TextFormat::None)
                    QVERIFY2(problems.size() == 1, qPrintable(where));
                ++judged;
            }
        }
    }
    QVERIFY(m_db->db().rollback());
    QVERIFY(judged > 100);
    QCOMPARE(ContentChecksum::of(m_db->db()), before);
}

QTEST_GUILESS_MAIN(tst_RecordValidator)
#include "tst_recordvalidator.moc"
