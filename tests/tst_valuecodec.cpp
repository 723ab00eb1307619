#include "jsontext.h"
#include "schema.h"
#include "valuecodec.h"
#include <QRegularExpression>
#include <QTest>

class tst_ValueCodec : public QObject
{
    Q_OBJECT
private slots:
    void newIdIsLowerCaseUuid4();
    void encodeDateTime();
    void decodeDateTime_data();
    void decodeDateTime();
    void postgresLocalTaggedDateTimeIsReadAsUtc();
    void storageRoundTrip();
    void jsonCanonicalLikePython_data();
    void jsonCanonicalLikePython();
    void jsonErrorPosition();
    void defaults();
};

void tst_ValueCodec::newIdIsLowerCaseUuid4()
{
    static const QRegularExpression uuid4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QString a = ValueCodec::newId();
    QVERIFY2(uuid4.match(a).hasMatch(), qPrintable(a));
    QVERIFY(a != ValueCodec::newId());
}

void tst_ValueCodec::encodeDateTime()
{
    const QDateTime utc(QDate(2024, 2, 1), QTime(13, 5, 9, 42), Qt::UTC);
    QCOMPARE(ValueCodec::encodeDateTime(utc), QStringLiteral("2024-02-01 13:05:09.042000"));
    // A local time is stored as its UTC instant (the tests run in Europe/Berlin).
    const QDateTime berlin(QDate(2024, 7, 1), QTime(12, 0), Qt::LocalTime);
    QCOMPARE(ValueCodec::encodeDateTime(berlin), QStringLiteral("2024-07-01 10:00:00.000000"));
}

void tst_ValueCodec::decodeDateTime_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("sqlalchemy") << "2024-02-01 00:00:00.000000" << base;
    QTest::newRow("no fraction") << "2024-02-01 00:00:00" << base;
    QTest::newRow("micro") << "2024-02-01 00:00:00.123456" << base.addMSecs(123);
    QTest::newRow("short fraction is micro") << "2024-02-01 00:00:00.123" << base.addMSecs(123);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("invalid date") << "2024-02-31 00:00:00" << QDateTime();
    // The fixed-width fast path must give what the regex gives.
    const QDateTime afternoon(QDate(2024, 2, 1), QTime(13, 5, 9), Qt::UTC);
    QTest::newRow("one digit") << "2024-02-01 13:05:09.4" << afternoon.addMSecs(400);
    QTest::newRow("two digits") << "2024-02-01 13:05:09.04" << afternoon.addMSecs(40);
    QTest::newRow("three digits") << "2024-02-01 13:05:09.042" << afternoon.addMSecs(42);
    QTest::newRow("five digits") << "2024-02-01 13:05:09.04219" << afternoon.addMSecs(42);
    QTest::newRow("six digits truncate") << "2024-02-01 23:59:59.999999"
                                         << QDateTime(QDate(2024, 2, 1), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("postgres no fraction") << "2024-02-01 13:05:09" << afternoon;
    QTest::newRow("T separator") << "2024-02-01T13:05:09.500000" << afternoon.addMSecs(500);
    QTest::newRow("T separator no fraction") << "2024-02-01T13:05:09" << afternoon;
    QTest::newRow("leap day") << "2024-02-29 00:00:00.000000" << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("month 13") << "2024-13-01 00:00:00.000000" << QDateTime();
    QTest::newRow("month 0") << "2024-00-10 00:00:00" << QDateTime();
    QTest::newRow("hour 24") << "2024-02-01 24:00:00" << QDateTime();
    QTest::newRow("minute 60") << "2024-02-01 00:60:00" << QDateTime();
    QTest::newRow("too short") << "2024-02-01 00:00" << QDateTime();
    QTest::newRow("slashes") << "2024/02/01 00:00:00" << QDateTime();
    QTest::newRow("letter in year") << "2O24-02-01 00:00:00" << QDateTime();
    QTest::newRow("leading space") << " 2024-02-01 00:00:00" << QDateTime();
    QTest::newRow("seven digits ignore the rest") << "2024-02-01 13:05:09.1234567" << afternoon.addMSecs(123);
    QTest::newRow("nine digits") << "2024-02-01 13:05:09.123456789" << afternoon.addMSecs(123);
    QTest::newRow("offset dropped") << "2024-02-01 13:05:09+02:00" << afternoon;
    QTest::newRow("offset after fraction") << "2024-02-01 13:05:09.25+02:00" << afternoon.addMSecs(250);
    QTest::newRow("Z dropped") << "2024-02-01T13:05:09Z" << afternoon;
    QTest::newRow("dot without digits") << "2024-02-01 13:05:09." << afternoon;
    QTest::newRow("dot then letter") << "2024-02-01 13:05:09.x" << afternoon;
    QTest::newRow("fraction then letter") << "2024-02-01 13:05:09.12x" << afternoon.addMSecs(120);
    QTest::newRow("trailing words") << "2024-02-01 13:05:09 UTC" << afternoon;
    // The regex's \d is Unicode: non-ASCII digits take the regex path, which cannot read them.
    QTest::newRow("fullwidth year") << QString::fromUtf8("\uFF12\uFF10\uFF12\uFF14-02-01 00:00:00") << QDateTime();
    QTest::newRow("arabic fraction digit") << QString::fromUtf8("2024-02-01 13:05:09.1\u0662") << afternoon.addMSecs(100);
}

void tst_ValueCodec::decodeDateTime()
{
    QFETCH(QString, stored);
    QFETCH(QDateTime, expected);
    const QDateTime decoded = ValueCodec::decodeDateTime(stored);
    QCOMPARE(decoded.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(decoded, expected);
        QCOMPARE(decoded.timeSpec(), Qt::UTC);
    }
}

void tst_ValueCodec::postgresLocalTaggedDateTimeIsReadAsUtc()
{
    const QDateTime fromDriver(QDate(2024, 7, 1), QTime(10, 0), Qt::LocalTime);
    const QDateTime decoded = ValueCodec::decodeDateTime(fromDriver);
    QCOMPARE(decoded, QDateTime(QDate(2024, 7, 1), QTime(10, 0), Qt::UTC));
}

void tst_ValueCodec::storageRoundTrip()
{
    const TableSpec *tenants = Schema::table(QStringLiteral("tenants"));
    const ColumnSpec *active = tenants->column(QStringLiteral("is_active"));
    QCOMPARE(ValueCodec::toStorage(*active, true), QVariant(true));
    QCOMPARE(ValueCodec::fromStorage(*active, QVariant(0)), QVariant(false));
    const ColumnSpec *created = tenants->column(QStringLiteral("created_at"));
    const QDateTime now(QDate(2025, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    const QVariant stored = ValueCodec::toStorage(*created, now);
    QCOMPARE(stored.toString(), QStringLiteral("2025-01-02 03:04:05.006000"));
    QCOMPARE(ValueCodec::fromStorage(*created, stored).toDateTime(), now);
    QVERIFY(ValueCodec::toStorage(*created, QVariant()).isNull());
    // The old migration's string audit ids stay readable instead of turning into 0.
    const ColumnSpec &auditId = Schema::table(QStringLiteral("audit_logs"))->primaryKey();
    QCOMPARE(ValueCodec::fromStorage(auditId, QVariant(QStringLiteral("a1b2"))), QVariant(QStringLiteral("a1b2")));
    QCOMPARE(ValueCodec::fromStorage(auditId, QVariant(QStringLiteral("42"))), QVariant(qlonglong(42)));
}

void tst_ValueCodec::jsonCanonicalLikePython_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("object") << "{\"agents\":1000,\"workflows\":1000}" << "{\"agents\": 1000, \"workflows\": 1000}";
    QTest::newRow("key order kept") << "{\"b\":1,\"a\":2}" << "{\"b\": 1, \"a\": 2}";
    QTest::newRow("array") << "[ \"admin\" ]" << "[\"admin\"]";
    QTest::newRow("non-ascii escaped") << QString::fromUtf8("{\"n\": \"a\u2013b\"}") << "{\"n\": \"a\\u2013b\"}";
    QTest::newRow("nested") << "{\"nodes\":[{\"id\":1}],\"edges\":[]}" << "{\"nodes\": [{\"id\": 1}], \"edges\": []}";
    QTest::newRow("null") << "null" << "null";
}

void tst_ValueCodec::jsonCanonicalLikePython()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const JsonText::Parsed parsed = JsonText::parse(input);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.canonical, canonical);
}

void tst_ValueCodec::jsonErrorPosition()
{
    const JsonText::Parsed parsed = JsonText::parse(QStringLiteral("{\n  \"a\": 1,\n  \"b\": ]\n}"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.line, 3);
    QCOMPARE(parsed.column, 8);
    QVERIFY(parsed.error.contains(QLatin1String("line 3")));
}

void tst_ValueCodec::defaults()
{
    const TableSpec *tenants = Schema::table(QStringLiteral("tenants"));
    QCOMPARE(ValueCodec::defaultFor(*tenants->column(QStringLiteral("plan"))).toString(), QStringLiteral("free"));
    QCOMPARE(ValueCodec::defaultFor(*tenants->column(QStringLiteral("usage"))).toString(), QStringLiteral("{}"));
    QCOMPARE(ValueCodec::defaultFor(*tenants->column(QStringLiteral("id"))).toString().size(), 36);
    QVERIFY(ValueCodec::defaultFor(*tenants->column(QStringLiteral("created_at"))).toDateTime().isValid());
    QVERIFY(ValueCodec::defaultFor(*tenants->column(QStringLiteral("name"))).isNull());
}

QTEST_GUILESS_MAIN(tst_ValueCodec)
#include "tst_valuecodec.moc"
