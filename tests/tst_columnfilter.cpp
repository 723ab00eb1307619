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
        cf("success", Op::IsTrue)};
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

QTEST_GUILESS_MAIN(tst_ColumnFilter)
#include "tst_columnfilter.moc"
