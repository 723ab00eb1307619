#include "schema.h"
#include "subnetreference.h"
#include "tablefilter.h"
#include "tablefiltersql.h"
#include "testdatabase.h"
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// CIDR filters on audit_logs.ip_address at the edges of IPv4 and IPv6 ranges, written out
// by hand, on a real database of each backend; then thousands of generated texts, where the
// database must agree with SubnetReference and never fail on text that is no address.

namespace {

using Op = ColumnFilter::Op;

const QStringList ipv4Rows = {"192.0.2.0", "192.0.2.255", "192.0.2.1", "192.0.1.255", "192.0.3.0", "203.0.113.7",
                              "203.0.113.6", "203.0.113.8", "0.0.0.0", "255.255.255.255"};
const QStringList mappedRows = {"::ffff:192.0.2.9", "::ffff:c000:20a"};  // 192.0.2.9 and 192.0.2.10
const QStringList ipv6Rows = {"2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", "2001:db8:0:1::", "2001:db8:1::",
                              "2001:db8:1:ffff:ffff:ffff:ffff:ffff", "2001:db8:2::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff",
                              "2001:db8::7", "2001:db8::8", "2001:DB8::6", "2001:0db8:0000:0000:0000:0000:0000:0007",
                              "::1", "::", "fe80::1%eth0"};
// Stored by the platform now and then; in no range, and never an error.
const QStringList malformedRows = {"", "unknown", "999.1.1.1", "::::", "192.0.2.1/32", " 192.0.2.3", "192.0.2.4 ",
                                   "010.0.0.1", "127.1", "1", "2001:db8::g", "1:2:3:4:5:6:7:8::", "fe80::1%",
                                   "10.0.0.1%eth0", "192.0.2.5%eth0", "[2001:db8::1]", "192.0.2.6\n", "192.0.2.7/24",
                                   "2001:db8::1/64", "1.2.3.4.5", "::ffff:999.0.0.1", "fe80::1%et h0"};

QStringList all(std::initializer_list<QStringList> lists)
{
    QStringList joined;
    for (const QStringList &l : lists)
        joined += l;
    return joined;
}

} // namespace

class tst_SubnetFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void edges_data();
    void edges();
    void unusableRangesQueryNothing();
    void generatedTextAgreesWithTheReference();

private:
    QStringList matching(const QString &range, bool *ok);
    std::unique_ptr<TestDatabase> m_db;
};

void tst_SubnetFilter::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare("INSERT INTO audit_logs (event_type, ip_address) VALUES ('edge', ?)"));
    for (const QString &ip : all({ipv4Rows, mappedRows, ipv6Rows, malformedRows})) {
        q.addBindValue(ip);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    q.addBindValue(QVariant(QMetaType::fromType<QString>()));  // NULL
    QVERIFY(q.exec());
}

QStringList tst_SubnetFilter::matching(const QString &range, bool *ok)
{
    const TableSpec &audit = *Schema::table("audit_logs");
    FilterSet set;
    set.filters = {ColumnFilter{"ip_address", Op::InSubnet, range, {}, {}, {}}};
    const SqlFragment where = TableFilterSql::where(audit, m_db->backend(), audit.columnNames(), set);
    *ok = false;
    if (where.isEmpty()) {
        qWarning("no condition for %s", qPrintable(range));
        return {};
    }
    QSqlQuery q(m_db->db());
    if (!q.prepare("SELECT t.ip_address FROM audit_logs t" + where.sql + " AND t.event_type = 'edge'")) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString());
    found.sort();
    *ok = true;
    return found;
}

void tst_SubnetFilter::edges_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QStringList>("expected");
    const QStringList slash24 = {"192.0.2.0", "192.0.2.255", "192.0.2.1", "::ffff:192.0.2.9", "::ffff:c000:20a"};
    const QStringList slash64 = {"2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", "2001:db8::7", "2001:db8::8", "2001:DB8::6",
                                 "2001:0db8:0000:0000:0000:0000:0000:0007"};
    QTest::newRow("/24: .0 and .255 in, .1.255 and .3.0 out") << "192.0.2.0/24" << slash24;
    QTest::newRow("/24 typed with host bits") << "192.0.2.200/24" << slash24;
    QTest::newRow("/25 upper half") << "192.0.2.128/25" << QStringList{"192.0.2.255"};
    QTest::newRow("/32 network address") << "192.0.2.0/32" << QStringList{"192.0.2.0"};
    QTest::newRow("/32 broadcast") << "192.0.2.255/32" << QStringList{"192.0.2.255"};
    QTest::newRow("one address, neighbours out") << "203.0.113.7" << QStringList{"203.0.113.7"};
    QTest::newRow("/31") << "203.0.113.7/31" << QStringList{"203.0.113.6", "203.0.113.7"};
    QTest::newRow("/32 all ones") << "255.255.255.255/32" << QStringList{"255.255.255.255"};
    QTest::newRow("/32 zero") << "0.0.0.0" << QStringList{"0.0.0.0"};
    QTest::newRow("/0 IPv4: every IPv4, no IPv6") << "0.0.0.0/0" << all({ipv4Rows, mappedRows});
    QTest::newRow("/0 IPv6: every IPv6, no IPv4") << "::/0" << ipv6Rows;
    QTest::newRow("/64 edges") << "2001:db8::/64" << slash64;
    QTest::newRow("/64 typed upper case") << "2001:DB8:0:0:1234::/64" << slash64;
    QTest::newRow("/48 first") << "2001:db8::/48"
                               << all({slash64, {"2001:db8:0:1::", "2001:db8:0:ffff:ffff:ffff:ffff:ffff"}});
    QTest::newRow("/48 second, neighbours out") << "2001:db8:1::/48"
                                                << QStringList{"2001:db8:1::", "2001:db8:1:ffff:ffff:ffff:ffff:ffff"};
    QTest::newRow("/128 any spelling") << "2001:db8::7/128" << QStringList{"2001:db8::7", "2001:0db8:0000:0000:0000:0000:0000:0007"};
    QTest::newRow("/128 loopback") << "::1/128" << QStringList{"::1"};
    QTest::newRow("/128 unspecified") << "::" << QStringList{"::"};
    QTest::newRow("/127 at the top of a /64") << "2001:db8::ffff:ffff:ffff:fffe/127" << QStringList{"2001:db8::ffff:ffff:ffff:ffff"};
    QTest::newRow("zone id on the row is ignored") << "fe80::/10" << QStringList{"fe80::1%eth0"};
    QTest::newRow("zone id in the filter is ignored") << "fe80::1%eth7" << QStringList{"fe80::1%eth0"};
    QTest::newRow("mapped rows are IPv4") << "192.0.2.8/30" << QStringList{"::ffff:192.0.2.9", "::ffff:c000:20a"};
    QTest::newRow("mapped range is the IPv4 range") << "::ffff:192.0.2.0/120" << slash24;
    QTest::newRow("mapped /96 is all IPv4") << "::ffff:0:0/96" << all({ipv4Rows, mappedRows});
    QTest::newRow("mapped one address") << "::ffff:192.0.2.1" << QStringList{"192.0.2.1"};
    QTest::newRow("IPv6 /64 at zero: no mapped rows") << "::/64" << QStringList{"::", "::1"};
    QTest::newRow("nothing there") << "198.51.100.0/24" << QStringList{};
}

void tst_SubnetFilter::edges()
{
    QFETCH(QString, range);
    QFETCH(QStringList, expected);
    bool ok = false;
    const QStringList got = matching(range, &ok);
    QVERIFY(ok);
    expected.sort();
    QCOMPARE(got, expected);
    // The independent reference agrees on every stored text.
    QStringList reference;
    for (const QString &ip : all({ipv4Rows, mappedRows, ipv6Rows, malformedRows})) {
        if (SubnetReference::matches(ip, range))
            reference.append(ip);
    }
    reference.sort();
    QCOMPARE(reference, expected);
}

void tst_SubnetFilter::unusableRangesQueryNothing()
{
    const TableSpec &audit = *Schema::table("audit_logs");
    for (const QString &typed : QStringList{"unknown", "10.0.0.0/33", "999.1.1.1", "::::", "", "10.0.0.1/", "10/8", "127.1"}) {
        const ColumnFilter f{"ip_address", Op::InSubnet, typed, {}, {}, {}};
        QVERIFY2(!f.problem(&audit).isEmpty(), qPrintable(typed));
        QVERIFY(TableFilterSql::where(audit, m_db->backend(), audit.columnNames(), FilterSet{{f}, {}, {}}).isEmpty());
    }
}

void tst_SubnetFilter::generatedTextAgreesWithTheReference()
{
    // Pieces of addresses glued at random: most are no address, some are, in every form.
    static const char *pieces[] = {"0", "1", "ff", "FFFF", "db8", "0001", "12345", "g", "", "2001",
                                   "1.2.3.4", "192.0.2.9", "256.1.1.1", "01.2.3.4", "ffff", "%eth0", " ", "/24", "\n"};
    QRandomGenerator random(20250101);
    QStringList texts;
    for (int i = 0; i < 3000; ++i) {
        QStringList parts;
        const int n = int(random.bounded(9));
        for (int k = 0; k < n; ++k)
            parts.append(QString::fromLatin1(pieces[random.bounded(int(std::size(pieces)))]));
        QString text = parts.join(random.bounded(4) == 0 ? "." : ":");
        if (random.bounded(3) == 0)
            text.insert(int(random.bounded(int(text.size()) + 1)), "::");
        texts.append(text);
    }
    QVERIFY(m_db->db().transaction());
    QSqlQuery q(m_db->db());
    QVERIFY(q.prepare("INSERT INTO audit_logs (event_type, ip_address) VALUES ('generated', ?)"));
    for (const QString &text : texts) {
        q.addBindValue(text);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(m_db->db().commit());
    const TableSpec &audit = *Schema::table("audit_logs");
    int addresses = 0;
    for (const QString &range : QStringList{"0.0.0.0/0", "::/0", "2001::/16", "1.2.3.0/24", "::ffff:0:0/96", "ff::/8"}) {
        FilterSet set{{ColumnFilter{"ip_address", Op::InSubnet, range, {}, {}, {}}}, {}, {}};
        const SqlFragment where = TableFilterSql::where(audit, m_db->backend(), audit.columnNames(), set);
        QSqlQuery select(m_db->db());
        QVERIFY(select.prepare("SELECT t.ip_address FROM audit_logs t" + where.sql + " AND t.event_type = 'generated'"));
        for (const QVariant &v : where.values)
            select.addBindValue(v);
        QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
        QMultiHash<QString, int> got;
        while (select.next())
            got.insert(select.value(0).toString(), 1);
        QMultiHash<QString, int> want;
        for (const QString &text : texts) {
            if (SubnetReference::matches(text, range))
                want.insert(text, 1);
        }
        QCOMPARE(QStringList(got.keys()).size(), QStringList(want.keys()).size());
        QCOMPARE(QSet<QString>(got.keyBegin(), got.keyEnd()), QSet<QString>(want.keyBegin(), want.keyEnd()));
        addresses += int(want.size());
    }
    qInfo("%d generated texts, %d range matches", int(texts.size()), addresses);
    QVERIFY(addresses > 100);
}

QTEST_GUILESS_MAIN(tst_SubnetFilter)
#include "tst_subnetfilter.moc"
