#include "schema.h"
#include "tablefilter.h"
#include "tablefiltersql.h"
#include <QDateTime>
#include <QTest>

// The filter value types without a database: which ops a type offers, chip text, the maps
// saved views store, and the SQL text's shape on both backends.

namespace {

using Op = ColumnFilter::Op;

ColumnFilter cf(const QString &column, Op op, const QVariant &value = {}, const QVariant &value2 = {},
                const QString &key = {})
{
    ColumnFilter f;
    f.column = column;
    f.op = op;
    f.value = value;
    f.value2 = value2;
    f.jsonKey = key;
    return f;
}

} // namespace

class tst_ColumnFilter : public QObject
{
    Q_OBJECT
private slots:
    void opsFollowTheType_data();
    void opsFollowTheType();
    void everyOfferedOpHasSql();
    void quickSearchColumns();
    void likePatternEscapes();
    void describe_data();
    void describe();
    void mapsRoundTrip();
    void unreadableMapsAreDropped();
    void sqlShapePerBackend();
    void subnetProblemsNameTheField_data();
    void subnetProblemsNameTheField();
    void subnetSqlIsBound();
};

void tst_ColumnFilter::opsFollowTheType_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QList<Op>>("ops");
    QTest::newRow("boolean") << "audit_logs" << "success" << QList<Op>{Op::IsTrue, Op::IsFalse, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("integer key") << "audit_logs" << "id" << QList<Op>{Op::Equals, Op::NotEquals, Op::AtLeast, Op::AtMost, Op::Between};
    QTest::newRow("float") << "executions" << "execution_time"
                           << QList<Op>{Op::Equals, Op::NotEquals, Op::AtLeast, Op::AtMost, Op::Between, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("datetime") << "audit_logs" << "created_at" << QList<Op>{Op::AtLeast, Op::AtMost, Op::Between, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("json") << "audit_logs" << "details"
                          << QList<Op>{Op::JsonKeyEquals, Op::JsonKeyContains, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("uuid key") << "executions" << "id" << QList<Op>{Op::Equals, Op::NotEquals, Op::OneOf, Op::Contains};
    QTest::newRow("nullable foreign key") << "audit_logs" << "user_id"
                                          << QList<Op>{Op::DisplayEquals, Op::DisplayContains, Op::Equals, Op::NotEquals,
                                                       Op::OneOf, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("required foreign key") << "agents" << "tenant_id"
                                          << QList<Op>{Op::DisplayEquals, Op::DisplayContains, Op::Equals, Op::NotEquals, Op::OneOf};
    QTest::newRow("enum") << "executions" << "status" << QList<Op>{Op::OneOf, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("text") << "audit_logs" << "event_type" << QList<Op>{Op::Contains, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("long text") << "executions" << "error" << QList<Op>{Op::Contains, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    QTest::newRow("ip address") << "audit_logs" << "ip_address"
                                << QList<Op>{Op::InSubnet, Op::Contains, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
}

void tst_ColumnFilter::opsFollowTheType()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QList<Op>, ops);
    QCOMPARE(TableFilterSql::opsFor(*Schema::table(table)->column(column)), ops);
}

void tst_ColumnFilter::everyOfferedOpHasSql()
{
    // Each op a column offers compiles, on both backends, with a value of the column's kind;
    // the database tests run them.
    for (const TableSpec &table : Schema::tables()) {
        for (const ColumnSpec &c : table.columns) {
            for (const Op op : TableFilterSql::opsFor(c)) {
                ColumnFilter f = cf(c.name, op, "1", "2", "k");
                if (c.type == LogicalType::DateTime) {
                    f.value = QDateTime::currentDateTimeUtc();
                    f.value2 = f.value;
                }
                if (op == Op::OneOf)
                    f.value = QStringList{"a", "b"};
                if (op == Op::InSubnet)
                    f.value = "10.0.0.0/8";
                for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
                    const SqlFragment sql = TableFilterSql::columnCondition(table, backend, table.columnNames(), f);
                    QVERIFY2(!sql.isEmpty(), qPrintable(table.name + "." + c.name + " " + ColumnFilter::opKey(op)));
                    QCOMPARE(sql.sql.count('?'), sql.values.size());
                }
            }
        }
    }
}

void tst_ColumnFilter::quickSearchColumns()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    QCOMPARE(TableFilterSql::quickSearchColumns(audit, audit.columnNames()),
             QStringList({"event_type", "resource_type", "resource_id", "action", "ip_address"}));
    const TableSpec &users = *Schema::table("users");
    QCOMPARE(TableFilterSql::quickSearchColumns(users, users.columnNames()), QStringList({"email"}));  // no hash, no ids
    const TableSpec &keys = *Schema::table("api_keys");
    QCOMPARE(TableFilterSql::quickSearchColumns(keys, keys.columnNames()), QStringList({"name"}));
    QCOMPARE(TableFilterSql::quickSearchColumns(audit, {"id", "action"}), QStringList({"action"}));
}

void tst_ColumnFilter::likePatternEscapes()
{
    QCOMPARE(TableFilterSql::likePattern("100%"), QString("100\\%"));
    QCOMPARE(TableFilterSql::likePattern("a_b"), QString("a\\_b"));
    QCOMPARE(TableFilterSql::likePattern("C:\\x"), QString("C:\\\\x"));
    QCOMPARE(TableFilterSql::likePattern("'; --"), QString("'; --"));  // quotes are the binding's business
}

void tst_ColumnFilter::describe_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<ColumnFilter>("filter");
    QTest::addColumn<QString>("text");
    // The tests run with TZ=Europe/Berlin: chips show local time, as the table cells do.
    QTest::newRow("contains") << "audit_logs" << cf("event_type", Op::Contains, "login") << QString("Event contains “login”");
    QTest::newRow("datetime local") << "audit_logs" << cf("created_at", Op::AtLeast, QDateTime(QDate(2025, 1, 1), QTime(0, 0)))
                                    << QString("Created ≥ 2025-01-01 00:00");
    QTest::newRow("datetime utc") << "audit_logs" << cf("created_at", Op::AtMost, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC))
                                  << QString("Created ≤ 2025-01-01 01:00");
    QTest::newRow("seconds") << "audit_logs" << cf("created_at", Op::AtLeast, QDateTime(QDate(2025, 6, 1), QTime(12, 0, 30)))
                             << QString("Created ≥ 2025-06-01 12:00:30");
    QTest::newRow("tenant by name") << "users" << cf("tenant_id", Op::DisplayEquals, "Acme") << QString("Tenant is Acme");
    QTest::newRow("tenant contains") << "users" << cf("tenant_id", Op::DisplayContains, "ac") << QString("Tenant contains “ac”");
    QTest::newRow("between") << "blueprints" << cf("downloads", Op::Between, 1, 2.5) << QString("Downloads between 1 and 2.5");
    QTest::newRow("number equals") << "audit_logs" << cf("id", Op::Equals, 7) << QString("ID = 7");
    QTest::newRow("text equals") << "audit_logs" << cf("event_type", Op::Equals, "x") << QString("Event is “x”");
    QTest::newRow("not equals") << "executions" << cf("status", Op::NotEquals, "failed") << QString("Status is not “failed”");
    QTest::newRow("boolean") << "audit_logs" << cf("success", Op::IsFalse) << QString("Success: no");
    QTest::newRow("one of") << "executions" << cf("status", Op::OneOf, QStringList{"failed", "completed"})
                            << QString("Status is one of failed, completed");
    QTest::newRow("empty") << "audit_logs" << cf("action", Op::IsEmpty) << QString("Action is empty");
    QTest::newRow("json key") << "audit_logs" << cf("details", Op::JsonKeyEquals, "x", {}, "a.b") << QString("Details.a.b is “x”");
    QTest::newRow("nul shown") << "audit_logs" << cf("event_type", Op::Contains, QString("a") + QChar(0) + "b\nc")
                               << QString("Event contains “a␀b␊c”");
    QTest::newRow("long text cut") << "audit_logs" << cf("action", Op::Contains, QString(100, 'x'))
                                   << QString("Action contains “") + QString(39, 'x') + "…”";
    QTest::newRow("in subnet") << "audit_logs" << cf("ip_address", Op::InSubnet, " 10.0.0.0/8 ") << QString("IP address in 10.0.0.0/8");
    QTest::newRow("in subnet v6") << "audit_logs" << cf("ip_address", Op::InSubnet, "2001:db8::/32")
                                  << QString("IP address in 2001:db8::/32");
    ColumnFilter labelled = cf("tenant_id", Op::Equals, "10000000-0000-4000-8000-000000000000");
    labelled.label = "Tenant is Acme";
    QTest::newRow("label wins") << "users" << labelled << QString("Tenant is Acme");
    QTest::newRow("no table given") << "" << cf("event_type", Op::Contains, "x") << QString("Event contains “x”");
}

void tst_ColumnFilter::describe()
{
    QFETCH(QString, table);
    QFETCH(ColumnFilter, filter);
    QFETCH(QString, text);
    QCOMPARE(filter.describe(table.isEmpty() ? nullptr : Schema::table(table)), text);
}

void tst_ColumnFilter::mapsRoundTrip()
{
    const QList<ColumnFilter> filters = {
        cf("event_type", Op::Contains, QString("a") + QChar(0) + "'%_\\"),
        cf("created_at", Op::Between, QDateTime(QDate(2025, 1, 1), QTime(1, 2, 3, 4), Qt::UTC), QDateTime(QDate(2025, 2, 1), QTime(0, 0))),
        cf("status", Op::OneOf, QStringList{"failed", "completed"}),
        cf("details", Op::JsonKeyEquals, "v", {}, "say \"hi\""),
        cf("downloads", Op::AtLeast, 2.5),
        cf("success", Op::IsTrue),
        cf("ip_address", Op::InSubnet, "2001:db8::/48")};
    for (const Op op : ColumnFilter::allOps()) {
        ColumnFilter f = cf("event_type", op, "x");
        QCOMPARE(ColumnFilter::opFromKey(ColumnFilter::opKey(op)), std::optional<Op>(op));
        QVERIFY(!ColumnFilter::opLabel(op).isEmpty());
        const std::optional<ColumnFilter> back = ColumnFilter::fromMap(f.toMap());
        QVERIFY(back);
        QCOMPARE(*back, f);
    }
    FilterSet set;
    set.filters = filters;
    set.filters.last().label = "Success: yes";
    set.quickSearch = "  login ";
    set.tenantId = "10000000-0000-4000-8000-000000000001";
    QCOMPARE(FilterSet::fromMap(set.toMap()), set);
    QVERIFY(!set.isEmpty());
}

void tst_ColumnFilter::unreadableMapsAreDropped()
{
    QVERIFY(!ColumnFilter::fromMap({{"column", "event_type"}, {"op", "bogus"}}));
    QVERIFY(!ColumnFilter::fromMap({{"op", "contains"}, {"value", "x"}}));
    QVERIFY(!ColumnFilter::fromMap({}));
    const QVariantMap map = {{"filters", QVariantList{QVariantMap{{"op", "nope"}},
                                                      QVariantMap{{"column", "action"}, {"op", "is_empty"}}}},
                             {"quickSearch", "q"}};
    const FilterSet set = FilterSet::fromMap(map);
    QCOMPARE(set.filters.size(), 1);
    QCOMPARE(set.filters.first().op, Op::IsEmpty);
    QCOMPARE(set.quickSearch, QString("q"));
}

void tst_ColumnFilter::sqlShapePerBackend()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    const QStringList columns = audit.columnNames();
    const ColumnFilter contains = cf("event_type", Op::Contains, "50%");
    SqlFragment sqlite = TableFilterSql::columnCondition(audit, Backend::SQLite, columns, contains);
    SqlFragment postgres = TableFilterSql::columnCondition(audit, Backend::PostgreSQL, columns, contains);
    QCOMPARE(sqlite.sql, QString("t.event_type LIKE ? ESCAPE '\\'"));
    QCOMPARE(postgres.sql, QString("t.event_type ILIKE ? ESCAPE '\\'"));
    QCOMPARE(sqlite.values, QVariantList{"%50\\%%"});

    // SQLite quotes "action" as SQLAlchemy does; the tenants "plan" column likewise.
    const SqlFragment action = TableFilterSql::columnCondition(audit, Backend::SQLite, columns, cf("action", Op::IsEmpty));
    QCOMPARE(action.sql, QString("(t.\"action\" IS NULL OR t.\"action\" = '')"));

    const ColumnFilter json = cf("details", Op::JsonKeyEquals, "x", {}, "a.b");
    postgres = TableFilterSql::columnCondition(audit, Backend::PostgreSQL, columns, json);
    QVERIFY2(postgres.sql.startsWith("(t.details ->> CAST(? AS TEXT)) ILIKE ?"), qPrintable(postgres.sql));
    QCOMPARE(postgres.values, (QVariantList{"a.b", "x"}));
    sqlite = TableFilterSql::columnCondition(audit, Backend::SQLite, columns, json);
    QVERIFY2(sqlite.sql.contains("json_each("), qPrintable(sqlite.sql));
    QCOMPARE(sqlite.values, (QVariantList{"a.b", "x"}));

    // A NUL never reaches a driver: PostgreSQL's QPSQL would cut the value at it.
    const SqlFragment nul = TableFilterSql::columnCondition(audit, Backend::PostgreSQL, columns,
                                                            cf("event_type", Op::Contains, QString("a") + QChar(0)));
    QCOMPARE(nul.sql, QString("1 = 0"));
    QVERIFY(nul.values.isEmpty());

    // Integer range ends round inward, so PostgreSQL never compares an integer with 2.5.
    const TableSpec &blueprints = *Schema::table("blueprints");
    const SqlFragment atLeast = TableFilterSql::columnCondition(blueprints, Backend::PostgreSQL, blueprints.columnNames(),
                                                                cf("downloads", Op::AtLeast, 2.5));
    QCOMPARE(atLeast.values, QVariantList{qlonglong(3)});

    // The lens, derived from foreign keys.
    FilterSet lens;
    lens.tenantId = "t1";
    QCOMPARE(TableFilterSql::where(audit, Backend::SQLite, columns, lens).sql,
             QString(" WHERE (t.user_id IN (SELECT lv.id FROM users lv WHERE lv.tenant_id = ?))"));
    const TableSpec &tenants = *Schema::table("tenants");
    QCOMPARE(TableFilterSql::where(tenants, Backend::PostgreSQL, tenants.columnNames(), lens).sql, QString(" WHERE (t.id = ?)"));
    const TableSpec &plans = *Schema::table("plans");
    QVERIFY(TableFilterSql::where(plans, Backend::PostgreSQL, plans.columnNames(), lens).isEmpty());
    QVERIFY(!TableFilterSql::isNarrowedByLens(plans));
    QVERIFY(TableFilterSql::isNarrowedByLens(*Schema::table("blueprints")));
}

void tst_ColumnFilter::subnetProblemsNameTheField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem");  // a part of the message; empty: usable
    QTest::newRow("ipv4 range") << "10.0.0.0/8" << "";
    QTest::newRow("one address") << "192.0.2.7" << "";
    QTest::newRow("spaces around") << "  192.0.2.0/24 " << "";
    QTest::newRow("ipv6 range") << "2001:db8::/32" << "";
    QTest::newRow("/0 both") << "::/0" << "";
    QTest::newRow("/128") << "2001:db8::1/128" << "";
    QTest::newRow("mapped") << "::ffff:10.0.0.0/104" << "";
    QTest::newRow("zone") << "fe80::1%eth0" << "";
    QTest::newRow("empty") << "" << "Type an address";
    QTest::newRow("octet too big") << "10.0.0.300" << "“10.0.0.300” is not an IP address";
    QTest::newRow("three parts") << "10.0.0/24" << "“10.0.0” is not an IP address";
    QTest::newRow("short form") << "127.1" << "is not an IP address";
    QTest::newRow("leading zero") << "010.0.0.1" << "is not an IP address";
    QTest::newRow("prefix too long v4") << "10.0.0.0/33" << "use /0 to /32";
    QTest::newRow("prefix too long v6") << "::/129" << "use /0 to /128";
    QTest::newRow("netmask") << "10.0.0.0/255.0.0.0" << "is not a prefix length";
    QTest::newRow("negative prefix") << "10.0.0.0/-1" << "is not a prefix length";
    QTest::newRow("empty prefix") << "10.0.0.0/" << "is not a prefix length";
    QTest::newRow("word") << "unknown" << "“unknown” is not an IP address";
    QTest::newRow("two double colons") << "1::2::3" << "is not an IP address";
    QTest::newRow("brackets") << "[::1]" << "is not an IP address";
    QTest::newRow("sql") << "'; DROP TABLE users; --" << "is not an IP address";
    QTest::newRow("nul") << QString("10.0.0.1") + QChar(0) << "is not an IP address";
}

void tst_ColumnFilter::subnetProblemsNameTheField()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    const TableSpec &audit = *Schema::table("audit_logs");
    const ColumnFilter f = cf("ip_address", Op::InSubnet, typed);
    const QString text = f.problem(&audit);
    for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        const SqlFragment sql = TableFilterSql::columnCondition(audit, backend, audit.columnNames(), f);
        QCOMPARE(sql.isEmpty(), !problem.isEmpty());  // unusable: ignored, never "matches nothing"
    }
    if (problem.isEmpty()) {
        QVERIFY2(text.isEmpty(), qPrintable(text));
        return;
    }
    QVERIFY2(text.startsWith("IP address: ") && text.contains(problem), qPrintable(text));
    QVERIFY(!TableFilterSql::applies(audit, audit.columnNames(), f));
}

void tst_ColumnFilter::subnetSqlIsBound()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    const ColumnFilter f = cf("ip_address", Op::InSubnet, "192.0.2.77/24");
    const SqlFragment sqlite = TableFilterSql::columnCondition(audit, Backend::SQLite, audit.columnNames(), f);
    QCOMPARE(sqlite.sql, QString("afadmin_in_subnet(t.ip_address, ?) = 1"));
    QCOMPARE(sqlite.values, QVariantList{"192.0.2.0/24"});  // host bits cleared
    const SqlFragment postgres = TableFilterSql::columnCondition(audit, Backend::PostgreSQL, audit.columnNames(), f);
    QVERIFY2(postgres.sql.startsWith("CASE WHEN t.ip_address ~ ? THEN "), qPrintable(postgres.sql));
    QCOMPARE(postgres.sql.count('?'), 2);
    QCOMPARE(postgres.values.last(), QVariant("192.0.2.0/24"));
    QVERIFY(!postgres.sql.contains("192.0.2"));
    // The mapped form and the IPv4 form are one range.
    const SqlFragment mapped = TableFilterSql::columnCondition(audit, Backend::SQLite, audit.columnNames(),
                                                               cf("ip_address", Op::InSubnet, "::ffff:192.0.2.0/120"));
    QCOMPARE(mapped.values, QVariantList{"192.0.2.0/24"});
    // Only IP address columns offer it.
    QVERIFY(TableFilterSql::columnCondition(audit, Backend::SQLite, audit.columnNames(),
                                            cf("event_type", Op::InSubnet, "10.0.0.0/8")).isEmpty());
    QVERIFY(cf("event_type", Op::Contains, "x").problem(&audit).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ColumnFilter)
#include "tst_columnfilter.moc"
