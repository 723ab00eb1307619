#include "schema.h"
#include "tablefilter.h"
#include "tablefiltercases.h"
#include "tablefilterfixture.h"
#include "tablefilterreference.h"
#include "tablefiltersql.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Every filter's SQL, run on a real database, must return exactly the rows the C++ reference
// picks from the same rows read back; hostile text must match literally and change nothing.

namespace {

using Op = ColumnFilter::Op;
using C = TableFilterCases;
using Case = FilterCase;

} // namespace

class tst_TableFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void handPicked_data();
    void handPicked();
    void everyOpIsCovered();
    void everyColumnEveryOp_data();
    void everyColumnEveryOp();
    void resultsAreNotTrivial();
    void hostileText_data();
    void hostileText();
    void tenantLens_data();
    void tenantLens();
    void lensWithoutItsColumnShowsNothing();
    void unknownColumnsAreIgnored();
    void unusableValuesAreIgnored();
    void conditionComposesWithTheCallersOwn();
    void nothingChanged();
    void jsonbColumnsToo();

private:
    QSet<QString> run(const TableSpec &table, const FilterSet &set, const QStringList &columns, QString *sql);
    void check(const Case &c);
    void addRows(const QList<Case> &cases);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TableFilterReference> m_ref;
    RefTables m_rows;
    QByteArray m_checksum;
    QList<Case> m_cases;
    bool m_foldsUnicode = false;  // PostgreSQL's locale folds more than ASCII
    int m_checked = 0;
    int m_nontrivial = 0;
};

void tst_TableFilter::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QVERIFY(m_db->db().transaction());
    const QString error = TableFilterFixture::populate(m_db->db(), m_db->backend());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_db->db().commit());
    QString readError;
    m_rows = TableFilterFixture::readAll(m_db->db(), &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(m_rows.value("audit_logs").size(), 400);
    // The long text survived the round trip whole, so the reference sees what was stored.
    bool longFound = false;
    for (const RefRow &row : m_rows.value("audit_logs"))
        longFound = longFound || row.values.value("action").toString() == TableFilterFixture::longText();
    QVERIFY(longFound);

    if (m_db->backend() == Backend::PostgreSQL) {
        // Datetimes are naive UTC: a filter bound through the session's time zone (a bound
        // QDateTime becomes timestamptz) would be off by hours in this one.
        QVERIFY(m_db->exec("SET TIME ZONE 'Pacific/Chatham'"));
        // ILIKE folds case as lower() does under the database's locale.
        QSqlQuery q(m_db->db());
        QVERIFY(q.prepare("SELECT lower(?) = ?"));
        q.addBindValue(QString::fromUtf8("Ü"));
        q.addBindValue(QString::fromUtf8("ü"));
        QVERIFY(q.exec() && q.next());
        m_foldsUnicode = q.value(0).toBool();
    }
    m_ref = std::make_unique<TableFilterReference>(m_rows, m_db->backend(), m_foldsUnicode);
    m_checksum = TableFilterFixture::checksum(m_db->db());
    QVERIFY(!m_checksum.isEmpty());
}

QSet<QString> tst_TableFilter::run(const TableSpec &table, const FilterSet &set, const QStringList &columns, QString *sql)
{
    const SqlFragment where = TableFilterSql::where(table, m_db->backend(), columns, set);
    *sql = QString("SELECT t.%1 FROM %2 t%3").arg(table.primaryKey().name, table.name, where.sql);
    if (where.sql.count('?') != where.values.size()) {
        QTest::qFail("placeholders and values differ in number", __FILE__, __LINE__);
        return {};
    }
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    if (!q.prepare(*sql)) {
        QTest::qFail(qPrintable(q.lastError().text() + "\n" + *sql), __FILE__, __LINE__);
        return {};
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        QTest::qFail(qPrintable(q.lastError().text() + "\n" + *sql), __FILE__, __LINE__);
        return {};
    }
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

void tst_TableFilter::check(const Case &c)
{
    const TableSpec &table = *Schema::table(c.table);
    const QStringList columns = table.columnNames();
    for (const ColumnFilter &f : c.set.filters)
        QVERIFY2(TableFilterSql::applies(table, columns, f), qPrintable("filter ignored: " + f.describe(&table)));
    QString sql;
    const QSet<QString> got = run(table, c.set, columns, &sql);
    if (QTest::currentTestFailed())
        return;
    const QSet<QString> want = m_ref->ids(table, c.set);
    ++m_checked;
    if (!want.isEmpty() && want.size() < m_rows.value(c.table).size())
        ++m_nontrivial;
    if (got == want)
        return;
    QString message = QString("%1\n%2 rows from SQL, %3 from the reference\n").arg(sql).arg(got.size()).arg(want.size());
    auto show = [&](const QSet<QString> &ids, const char *label) {
        int shown = 0;
        for (const RefRow &row : m_rows.value(c.table)) {
            if (!ids.contains(row.id) || ++shown > 4)
                continue;
            QStringList cells;
            for (const ColumnFilter &f : c.set.filters)
                cells.append(f.column + "=" + row.values.value(f.column).toString().left(120));
            message += QString("%1 %2: %3\n").arg(label, row.id, cells.join(" | "));
        }
    };
    show(got - want, "only in SQL");
    show(want - got, "only in reference");
    QFAIL(qPrintable(message));
}

void tst_TableFilter::addRows(const QList<Case> &cases)
{
    m_cases = cases;
    QTest::addColumn<int>("index");
    QSet<QString> names;
    for (int i = 0; i < cases.size(); ++i) {
        QString name = cases.at(i).table + ": " + cases.at(i).name;
        if (names.contains(name))
            name += QString(" #%1").arg(i);
        names.insert(name);
        QTest::newRow(qPrintable(name)) << i;
    }
}

void tst_TableFilter::handPicked_data()
{
    addRows(C::handPicked(m_rows));
}

void tst_TableFilter::handPicked()
{
    QFETCH(int, index);
    check(m_cases.at(index));
}

void tst_TableFilter::everyOpIsCovered()
{
    QSet<Op> covered;
    for (const Case &c : C::handPicked(m_rows)) {
        for (const ColumnFilter &f : c.set.filters)
            covered.insert(f.op);
    }
    for (const Op op : ColumnFilter::allOps())
        QVERIFY2(covered.contains(op), qPrintable(ColumnFilter::opKey(op)));
}

void tst_TableFilter::everyColumnEveryOp_data()
{
    addRows(C::everyColumnEveryOp(m_rows));
}

void tst_TableFilter::everyColumnEveryOp()
{
    QFETCH(int, index);
    check(m_cases.at(index));
}

void tst_TableFilter::resultsAreNotTrivial()
{
    // A reference that matched nothing (or everything) everywhere would prove little.
    qInfo("%d filters checked, %d kept some rows but not all", m_checked, m_nontrivial);
    QVERIFY2(m_checked > 200, qPrintable(QString::number(m_checked)));
    QVERIFY2(m_nontrivial * 10 >= m_checked * 6, qPrintable(QString("%1 of %2").arg(m_nontrivial).arg(m_checked)));
}

void tst_TableFilter::hostileText_data()
{
    addRows(C::hostile());
}

void tst_TableFilter::hostileText()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    check(c);
    if (QTest::currentTestFailed())
        return;
    // The text travels as a bound value only: the SQL is the one built for harmless text, or
    // (for NUL) a constant that contains none of it.
    const TableSpec &table = *Schema::table(c.table);
    const QString sql = TableFilterSql::where(table, m_db->backend(), table.columnNames(), c.set).sql;
    FilterSet harmless = c.set;
    harmless.quickSearch = harmless.quickSearch.isEmpty() ? QString() : "zz";
    harmless.tenantId = harmless.tenantId.isEmpty() ? QString() : "zz";
    QStringList texts = {c.set.quickSearch, c.set.tenantId};
    for (ColumnFilter &f : harmless.filters) {
        texts << f.value.toString() << f.jsonKey << f.value.toStringList();
        f.value = f.value.metaType().id() == QMetaType::QStringList ? QVariant(QStringList{"zz", "failed"}) : QVariant("zz");
        f.jsonKey = f.jsonKey.isEmpty() ? QString() : "zz";
    }
    if (sql != TableFilterSql::where(table, m_db->backend(), table.columnNames(), harmless).sql) {
        for (const QString &text : texts) {
            if (!text.isEmpty())
                QVERIFY2(!sql.contains(text), qPrintable(sql));
        }
    }
    QCOMPARE(TableFilterFixture::checksum(m_db->db()), m_checksum);
}

void tst_TableFilter::tenantLens_data()
{
    QList<Case> cases;
    const QStringList tenants = {TableFilterFixture::tenantId(0), TableFilterFixture::tenantId(4),
                                 TableFilterFixture::tenantId(TableFilterFixture::tenantCount - 1)};
    for (const TableSpec &table : Schema::tables()) {
        for (int i = 0; i < tenants.size(); ++i)
            cases.append({QString("tenant %1").arg(i), table.name, C::lens(tenants.at(i))});
        FilterSet narrowed = C::lens(tenants.at(0));
        narrowed.quickSearch = "a";
        cases.append({"tenant 0 and quick search", table.name, narrowed});
    }
    addRows(cases);
}

void tst_TableFilter::tenantLens()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    const TableSpec &table = *Schema::table(c.table);
    QCOMPARE(TableFilterSql::isNarrowedByLens(table), c.table != "plans");
    check(c);
    if (c.set.tenantId == TableFilterFixture::tenantId(0) && c.set.quickSearch.isEmpty()) {
        // Tenant 0 owns rows in every table it narrows, so a lens doing nothing would show.
        const int all = int(m_rows.value(c.table).size());
        const int kept = int(m_ref->ids(table, c.set).size());
        QVERIFY(kept > 0);
        if (c.table != "plans")
            QVERIFY2(kept < all, qPrintable(QString("%1 of %2").arg(kept).arg(all)));
    }
}

void tst_TableFilter::lensWithoutItsColumnShowsNothing()
{
    const QList<QPair<QString, QString>> drifted = {{"audit_logs", "user_id"}, {"users", "tenant_id"}, {"blueprints", "publisher_id"}};
    for (const auto &[tableName, missing] : drifted) {
        const TableSpec &table = *Schema::table(tableName);
        QStringList columns = table.columnNames();
        columns.removeAll(missing);
        QString sql;
        QVERIFY(run(table, C::lens(TableFilterFixture::tenantId(0)), columns, &sql).isEmpty());
        QVERIFY2(!sql.contains(missing), qPrintable(sql));
    }
}

void tst_TableFilter::unknownColumnsAreIgnored()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    const QStringList columns = audit.columnNames();
    QStringList withoutIp = columns;
    withoutIp.removeAll("ip_address");
    const QList<ColumnFilter> bogus = {C::filter("nonexistent", Op::Contains, "x"),
                                       C::filter("event_type; DROP TABLE users; --", Op::Contains, "x"),
                                       C::filter("t.event_type) OR (1=1", Op::Equals, "x"),
                                       C::filter("email", Op::Contains, "x"),  // a users column
                                       C::filter("EVENT_TYPE", Op::Contains, "login"),
                                       C::filter("", Op::Contains, "login")};
    for (const ColumnFilter &f : bogus) {
        QVERIFY2(TableFilterSql::columnCondition(audit, m_db->backend(), columns, f).isEmpty(), qPrintable(f.column));
        QVERIFY(TableFilterSql::where(audit, m_db->backend(), columns, C::only(f)).isEmpty());
    }
    // A column the schema knows but the connected database lacks (a drifted table).
    QVERIFY(TableFilterSql::columnCondition(audit, m_db->backend(), withoutIp, C::filter("ip_address", Op::Contains, "10")).isEmpty());

    FilterSet mixed;
    mixed.filters = bogus;
    mixed.filters.append(C::filter("ip_address", Op::Contains, "10"));
    mixed.filters.append(C::filter("event_type", Op::Contains, "login"));
    QString sql;
    const QSet<QString> got = run(audit, mixed, withoutIp, &sql);
    for (const char *name : {"nonexistent", "DROP", "email", "EVENT_TYPE", "ip_address", "1=1"})
        QVERIFY2(!sql.contains(name), qPrintable(sql));
    QCOMPARE(got, m_ref->ids(audit, C::only(C::filter("event_type", Op::Contains, "login"))));
    QCOMPARE(TableFilterFixture::checksum(m_db->db()), m_checksum);
}

void tst_TableFilter::unusableValuesAreIgnored()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    const QStringList columns = audit.columnNames();
    const QList<ColumnFilter> unusable = {
        C::filter("event_type", Op::Contains, ""), C::filter("event_type", Op::Equals, QVariant()),
        C::filter("id", Op::AtLeast, "abc"), C::filter("id", Op::AtLeast, QVariant()), C::filter("id", Op::Between, 1),
        C::filter("created_at", Op::AtLeast, QDateTime()), C::filter("created_at", Op::AtMost, "yesterday"),
        C::filter("user_id", Op::OneOf, QStringList()), C::filter("details", Op::JsonKeyEquals, "x", {}, QString()),
        C::filter("details", Op::JsonKeyEquals, "", {}, "ip"), C::filter("user_id", Op::DisplayContains, ""),
        // Ops the column's type does not offer.
        C::filter("event_type", Op::IsTrue), C::filter("event_type", Op::AtLeast, 3), C::filter("event_type", Op::DisplayContains, "x"),
        C::filter("event_type", Op::JsonKeyEquals, "x", {}, "k"), C::filter("success", Op::Contains, "1"),
        C::filter("created_at", Op::Contains, "2025"), C::filter("details", Op::AtLeast, 1), C::filter("id", Op::Contains, "1")};
    for (const ColumnFilter &f : unusable) {
        QVERIFY2(!TableFilterSql::applies(audit, columns, f), qPrintable(f.describe(&audit)));
        QVERIFY(TableFilterSql::columnCondition(audit, m_db->backend(), columns, f).isEmpty());
    }
}

void tst_TableFilter::conditionComposesWithTheCallersOwn()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    QVERIFY(TableFilterSql::where(audit, m_db->backend(), audit.columnNames(), FilterSet()).isEmpty());
    QVERIFY(FilterSet().isEmpty());
    FilterSet set = C::quick("login");
    set.filters = {C::filter("success", Op::IsNotEmpty)};
    // Keyset paging ANDs its own predicate after ours: the OR inside the quick search must
    // stay inside its parentheses.
    const SqlFragment cond = TableFilterSql::condition(audit, m_db->backend(), audit.columnNames(), set);
    QVERIFY(!cond.sql.contains("WHERE"));
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare("SELECT t.id FROM audit_logs t WHERE " + cond.sql + " AND t.id > ?"));
    for (const QVariant &v : cond.values)
        q.addBindValue(v);
    q.addBindValue(200);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QSet<QString> got;
    while (q.next())
        got.insert(q.value(0).toString());
    QSet<QString> want;
    for (const QString &id : m_ref->ids(audit, set)) {
        if (id.toInt() > 200)
            want.insert(id);
    }
    QVERIFY(!want.isEmpty());
    QCOMPARE(got, want);
}

void tst_TableFilter::nothingChanged()
{
    QCOMPARE(TableFilterFixture::checksum(m_db->db()), m_checksum);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec("SELECT count(*) FROM users"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), TableFilterFixture::userCount);
}

void tst_TableFilter::jsonbColumnsToo()
{
    // Operators sometimes turn json into jsonb: ->> and the emptiness test must work there
    // too. jsonb rewrites the text (key order, spacing), so the reference reads it afresh.
    // SQLite has no jsonb; its run checks the same cases on the json text once more.
    if (m_db->backend() == Backend::PostgreSQL) {
        QVERIFY(m_db->exec("ALTER TABLE audit_logs ALTER COLUMN details TYPE jsonb USING details::jsonb"));
        QVERIFY(m_db->exec("ALTER TABLE tenants ALTER COLUMN resource_quota TYPE jsonb USING resource_quota::jsonb"));
    }
    QString error;
    m_rows = TableFilterFixture::readAll(m_db->db(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ref = std::make_unique<TableFilterReference>(m_rows, m_db->backend(), m_foldsUnicode);
    int checked = 0;
    for (const Case &c : C::handPicked(m_rows)) {
        const bool json = std::any_of(c.set.filters.cbegin(), c.set.filters.cend(), [](const ColumnFilter &f) {
            return f.column == "details" || f.column == "resource_quota";
        });
        if (!json)
            continue;
        check(c);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable("in case: " + c.name));
        ++checked;
    }
    QVERIFY(checked > 20);
}

QTEST_GUILESS_MAIN(tst_TableFilter)
#include "tst_tablefilter.moc"
