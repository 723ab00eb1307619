#include "databaseconnection.h"
#include "demodatabase.h"
#include "nativequery.h"
#include "querycanceller.h"
#include "queryworker.h"
#include "schema.h"
#include "tablequery.h"
#include "testdatabase.h"
#include "testsql.h"
#include "valuecodec.h"
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cmath>
#include <memory>

// NativeQuery reads what QSqlQuery reads (after ValueCodec::fromStorage: same types, same
// values) on every table of a demo database, binds every kind of value, and fails, cancels
// and loses its connection the way the query worker expects.

namespace {

constexpr int pageRows = 120;

struct Rows
{
    QList<QVector<QVariant>> rows;
    QString error;
};

Rows readWithQt(const QSqlDatabase &db, const SqlFragment &statement)
{
    Rows read;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(statement.sql);
    for (const QVariant &value : statement.values)
        q.addBindValue(value);
    if (!ok || !q.exec()) {
        read.error = q.lastError().text();
        return read;
    }
    while (q.next()) {
        QVector<QVariant> row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        read.rows.append(row);
    }
    return read;
}

Rows readNatively(const QSqlDatabase &db, const SqlFragment &statement)
{
    Rows read;
    NativeQuery q(db);
    if (!q.exec(statement)) {
        read.error = q.errorText();
        return read;
    }
    while (q.next()) {
        QVector<QVariant> row;
        for (int i = 0; i < q.columnCount(); ++i)
            row.append(q.value(i));
        read.rows.append(row);
    }
    if (!q.errorText().isEmpty())
        read.error = q.errorText();
    return read;
}

QString describe(const QVariant &value)
{
    const QString text = value.metaType().id() == QMetaType::QDateTime
        ? value.toDateTime().toString(Qt::ISODateWithMs) : value.toString();
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(value.metaType().name()), text);
}

bool sameValue(const QVariant &a, const QVariant &b);

bool isInteger(const QVariant &value)
{
    const int type = value.metaType().id();
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::ULongLong;
}

// Raw driver values: QPSQL reads int4 as int and a positive int8 as qulonglong where
// NativeQuery reads every integer as qlonglong; ValueCodec makes them all qlonglong.
bool sameRawValue(const QVariant &a, const QVariant &b)
{
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong();
    return sameValue(a, b);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType() || a.isNull() != b.isNull())
        return false;
    if (a.metaType().id() == QMetaType::Double)
        return (std::isnan(a.toDouble()) && std::isnan(b.toDouble())) || a.toDouble() == b.toDouble();
    if (a.metaType().id() == QMetaType::QDateTime && a.toDateTime().timeSpec() != b.toDateTime().timeSpec())
        return false;
    return a == b;
}

} // namespace

class tst_NativeQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesMatchQtDriver_data();
    void pagesMatchQtDriver();
    void edgeValuesReadExactly();
    void boundValuesRoundTrip_data();
    void boundValuesRoundTrip();
    void comparisonsMatchQtDriver_data();
    void comparisonsMatchQtDriver();
    void placeholdersInsideLiteralsStay_data();
    void placeholdersInsideLiteralsStay();
    void errorsCarryTheDatabaseMessage();
    void cancelStops_data();
    void cancelStops();
    void workerReportsCancellation_data();
    void workerReportsCancellation();
    void lostConnectionIsReported();
    void unsupportedHandleFallsBack();

private:
    QSqlDatabase db() const { return m_db->db(); }
    bool isPostgres() const { return m_db->backend() == Backend::PostgreSQL; }

    std::unique_ptr<TestDatabase> m_db;
};

void tst_NativeQuery::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    DemoDatabase demo(DemoDatabase::DefaultSeed, QDate(2024, 6, 30));
    QVERIFY2(demo.create(db()), qPrintable(demo.errorString()));
}

void tst_NativeQuery::pagesMatchQtDriver_data()
{
    QTest::addColumn<QString>("table");
    for (const TableSpec &table : Schema::tables())
        QTest::newRow(qPrintable(table.name)) << table.name;
}

void tst_NativeQuery::pagesMatchQtDriver()
{
    QFETCH(QString, table);
    const TableSpec &spec = *Schema::table(table);
    QStringList present;
    for (const TableSpec &t : Schema::tables())
        present.append(t.name);
    TableQuery query(spec, m_db->backend(), spec.columnNames(), present);
    // The default order, then every column as the sort: two keyset pages each.
    for (int sort = -1; sort < spec.columns.size(); ++sort) {
        if (sort >= 0)
            query.setSort(sort, sort % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        PageRequest request;
        request.rowCount = pageRows;
        for (int page = 0; page < 2; ++page) {
            const SqlFragment statement = query.page(request);
            const Rows qt = readWithQt(db(), statement);
            const Rows native = readNatively(db(), statement);
            QVERIFY2(qt.error.isEmpty(), qPrintable(qt.error));
            QVERIFY2(native.error.isEmpty(), qPrintable(native.error));
            QCOMPARE(native.rows.size(), qt.rows.size());
            QVERIFY2(page > 0 || !native.rows.isEmpty(), "the demo fills every table");
            for (int r = 0; r < native.rows.size(); ++r) {
                const QVector<QVariant> &a = native.rows.at(r);
                const QVector<QVariant> &b = qt.rows.at(r);
                QCOMPARE(a.size(), b.size());
                for (int c = 0; c < query.columns().size(); ++c) {
                    const ColumnSpec &column = *spec.column(query.columns().at(c));
                    const QVariant mine = ValueCodec::fromStorage(column, a.at(c));
                    const QVariant theirs = ValueCodec::fromStorage(column, b.at(c));
                    QVERIFY2(sameValue(mine, theirs),
                             qPrintable(QStringLiteral("%1 row %2 sort %3: native %4, Qt %5")
                                            .arg(column.name).arg(r).arg(sort).arg(describe(mine), describe(theirs))));
                }
                // Display values and the keys travel raw: equal as values, NULL alike.
                for (int c = int(query.columns().size()); c < a.size(); ++c) {
                    QCOMPARE(a.at(c).isNull(), b.at(c).isNull());
                    QVERIFY2(a.at(c).isNull() || sameRawValue(a.at(c), b.at(c)),
                             qPrintable(describe(a.at(c)) + QLatin1String(" vs ") + describe(b.at(c))));
                }
            }
            if (native.rows.size() < pageRows)
                break;
            // The next page continues from the native keys, as the worker does.
            request.mode = PageRequest::Mode::After;
            request.sortValue = native.rows.last().at(query.sortValueIndex());
            request.keyValue = native.rows.last().at(query.keyValueIndex());
            request.sortValueIsNull = request.sortValue.isNull();
            if (query.continuationCrossesNulls(request) || request.sortValueIsNull)
                break;  // the NULL run needs the worker's second statement: not what this compares
        }
    }
}

void tst_NativeQuery::edgeValuesReadExactly()
{
    // Values the generator does not write: every fraction width, a time inside Berlin's DST
    // gap (the tests run in Europe/Berlin), awkward floats and text.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC, id DESC LIMIT 8")));
    QList<qlonglong> newest;
    while (q.next())
        newest.append(q.value(0).toLongLong());
    QCOMPARE(newest.size(), 8);
    const QDate day(2024, 6, 30);
    const QList<QPair<QString, QDateTime>> stamps = {
        {"2024-06-30 23:59:59.999999", QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC)},
        {"2024-06-30 23:59:59.5", QDateTime(day, QTime(23, 59, 59, 500), Qt::UTC)},
        {"2024-06-30 23:59:58.123456", QDateTime(day, QTime(23, 59, 58, 123), Qt::UTC)},
        {"2024-06-30 23:59:58.000001", QDateTime(day, QTime(23, 59, 58), Qt::UTC)},
        {"2024-06-30 23:59:57", QDateTime(day, QTime(23, 59, 57), Qt::UTC)},
        {"2024-03-31 02:30:00.250000", QDateTime(QDate(2024, 3, 31), QTime(2, 30, 0, 250), Qt::UTC)},
        {"2024-06-30 23:59:56.999500", QDateTime(day, QTime(23, 59, 56, 999), Qt::UTC)},
        {"2024-06-30 23:59:56.04", QDateTime(day, QTime(23, 59, 56, 40), Qt::UTC)},
    };
    QVERIFY(q.prepare(QStringLiteral("UPDATE audit_logs SET created_at = ? WHERE id = ?")));
    for (int i = 0; i < stamps.size(); ++i) {
        q.addBindValue(stamps.at(i).first);
        q.addBindValue(newest.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM blueprints ORDER BY id LIMIT 3")));
    QStringList blueprints;
    while (q.next())
        blueprints.append(q.value(0).toString());
    QVERIFY(q.prepare(QStringLiteral("UPDATE blueprints SET price = ?, rating = ?, description = ? WHERE id = ?")));
    const QList<QVariantList> edits = {
        {0.1, 1e-300, QString::fromUtf8("O'Reilly \"quoted\" 50% _x_ \\ \U0001F600 na\u00efve")},
        {123456.789012345, 4.999999999999999, QVariant(QMetaType::fromType<QString>())},
        {1.7976931348623157e308, -0.0, QStringLiteral("?")},
    };
    for (int i = 0; i < edits.size(); ++i) {
        for (const QVariant &value : edits.at(i))
            q.addBindValue(value);
        q.addBindValue(blueprints.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // Microseconds are cut to milliseconds, as SQLAlchemy's reader and the SQLite path do.
    // QPSQL rounds .999999 up into the next day, so on PostgreSQL it only has to agree elsewhere.
    const ColumnSpec &created = *Schema::table(QStringLiteral("audit_logs"))->column(QStringLiteral("created_at"));
    for (int i = 0; i < stamps.size(); ++i) {
        const SqlFragment read{QStringLiteral("SELECT created_at FROM audit_logs WHERE id = ?"), {newest.at(i)}};
        const Rows native = readNatively(db(), read);
        const Rows qt = readWithQt(db(), read);
        QVERIFY2(native.error.isEmpty(), qPrintable(native.error));
        QCOMPARE(native.rows.size(), 1);
        const QVariant mine = ValueCodec::fromStorage(created, native.rows.first().first());
        QCOMPARE(mine, QVariant(stamps.at(i).second));
        const QVariant theirs = ValueCodec::fromStorage(created, qt.rows.first().first());
        if (!isPostgres())
            QVERIFY(sameValue(mine, theirs));
        else if (!sameValue(mine, theirs))
            qInfo("QPSQL reads %s as %s", qPrintable(stamps.at(i).first), qPrintable(describe(theirs)));
    }

    const Rows prices = readNatively(db(), {QStringLiteral("SELECT price, rating, description FROM blueprints WHERE id IN (?, ?, ?) ORDER BY id"),
                                            {blueprints.at(0), blueprints.at(1), blueprints.at(2)}});
    const Rows qtPrices = readWithQt(db(), {QStringLiteral("SELECT price, rating, description FROM blueprints WHERE id IN (?, ?, ?) ORDER BY id"),
                                            {blueprints.at(0), blueprints.at(1), blueprints.at(2)}});
    QVERIFY2(prices.error.isEmpty(), qPrintable(prices.error));
    QCOMPARE(prices.rows.size(), 3);
    const TableSpec &spec = *Schema::table(QStringLiteral("blueprints"));
    const QStringList names = {QStringLiteral("price"), QStringLiteral("rating"), QStringLiteral("description")};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            const ColumnSpec &column = *spec.column(names.at(c));
            const QVariant mine = ValueCodec::fromStorage(column, prices.rows.at(r).at(c));
            const QVariant expected = ValueCodec::fromStorage(column, edits.at(r).at(c));
            QVERIFY2(sameValue(mine, expected), qPrintable(describe(mine) + QLatin1String(" vs ") + describe(expected)));
            QVERIFY(sameValue(mine, ValueCodec::fromStorage(column, qtPrices.rows.at(r).at(c))));
        }
    }
}

void tst_NativeQuery::boundValuesRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("postgresType");
    QTest::newRow("null") << QVariant() << "TEXT";
    QTest::newRow("null string") << QVariant(QMetaType::fromType<QString>()) << "TEXT";
    QTest::newRow("true") << QVariant(true) << "BOOLEAN";
    QTest::newRow("false") << QVariant(false) << "BOOLEAN";
    QTest::newRow("int") << QVariant(-42) << "BIGINT";
    QTest::newRow("int64") << QVariant(qlonglong(9007199254740993)) << "BIGINT";
    QTest::newRow("double") << QVariant(0.1) << "DOUBLE PRECISION";
    QTest::newRow("double third") << QVariant(1.0 / 3.0) << "DOUBLE PRECISION";
    QTest::newRow("double tiny") << QVariant(-1.5e-300) << "DOUBLE PRECISION";
    QTest::newRow("double huge") << QVariant(1.7976931348623157e308) << "DOUBLE PRECISION";
    QTest::newRow("text") << QVariant(QStringLiteral("plain")) << "";
    QTest::newRow("empty text") << QVariant(QStringLiteral("")) << "";
    QTest::newRow("quotes") << QVariant(QStringLiteral("O'Reilly \"q\" '' \\'")) << "";
    QTest::newRow("like marks") << QVariant(QStringLiteral("100% _x_ \\%")) << "";
    QTest::newRow("question mark") << QVariant(QStringLiteral("why? '?'")) << "";
    QTest::newRow("emoji") << QVariant(QString::fromUtf8("\U0001F600 na\u00efve \u2013 \u65e5\u672c")) << "";
    QTest::newRow("nul") << QVariant(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << "";
    QTest::newRow("sql text") << QVariant(QStringLiteral("'); DROP TABLE users; --")) << "";
    QTest::newRow("datetime utc") << QVariant(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 123), Qt::UTC)) << "TIMESTAMP";
    QTest::newRow("datetime local") << QVariant(QDateTime(QDate(2024, 7, 1), QTime(12, 0), Qt::LocalTime)) << "TIMESTAMP";
}

void tst_NativeQuery::boundValuesRoundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(QString, postgresType);
    const SqlFragment statement{isPostgres() && !postgresType.isEmpty()
                                    ? QStringLiteral("SELECT CAST(? AS %1)").arg(postgresType)
                                    : QStringLiteral("SELECT ?"),
                                {value}};
    const Rows native = readNatively(db(), statement);
    const bool hasNul = value.metaType().id() == QMetaType::QString && value.toString().contains(QChar(0));
    if (isPostgres() && hasNul) {
        // PostgreSQL text holds no NUL: refused rather than cut short.
        QVERIFY(native.rows.isEmpty());
        QVERIFY2(native.error.contains(QLatin1String("NUL")), qPrintable(native.error));
        return;
    }
    QVERIFY2(native.error.isEmpty(), qPrintable(native.error));
    QCOMPARE(native.rows.size(), 1);
    const QVariant read = native.rows.first().first();
    const int type = value.metaType().id();
    if (!value.isValid() || value.isNull() || (type == QMetaType::QString && value.toString().isNull())) {
        QVERIFY2(read.isNull(), qPrintable(describe(read)));
    } else if (type == QMetaType::Bool) {
        QCOMPARE(read, isPostgres() ? value : QVariant(qlonglong(value.toBool())));
    } else if (type == QMetaType::Int || type == QMetaType::LongLong) {
        QCOMPARE(read, QVariant(value.toLongLong()));
    } else if (type == QMetaType::Double) {
        QCOMPARE(read.metaType().id(), int(QMetaType::Double));
        QCOMPARE(read.toDouble(), value.toDouble());
    } else if (type == QMetaType::QDateTime && isPostgres()) {
        QCOMPARE(ValueCodec::decodeDateTime(read), value.toDateTime().toUTC());
    } else if (type == QMetaType::QDateTime) {
        QCOMPARE(read, QVariant(value.toString()));  // what QSQLITE binds: the ISO text
    } else {
        QCOMPARE(read, value);
    }
    // QSqlQuery reads the same back (QPSQL turns a timestamp into QDateTime; QSQLITE binds
    // the same text): compare what the worker keeps, after decoding.
    const Rows qt = readWithQt(db(), statement);
    QVERIFY2(qt.error.isEmpty(), qPrintable(qt.error));
    const QVariant theirs = qt.rows.first().first();
    if (type == QMetaType::QDateTime)
        QCOMPARE(ValueCodec::decodeDateTime(read), ValueCodec::decodeDateTime(theirs));
    else if (!read.isNull())
        QVERIFY2(sameRawValue(read, theirs), qPrintable(describe(read) + QLatin1String(" vs ") + describe(theirs)));
}

void tst_NativeQuery::comparisonsMatchQtDriver_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<bool>("some");  // a count of zero would prove nothing
    const ColumnSpec &created = *Schema::table(QStringLiteral("audit_logs"))->column(QStringLiteral("created_at"));
    const QDateTime spring(QDate(2024, 4, 1), QTime(12, 30, 15, 250), Qt::UTC);
    QTest::newRow("created_at >= stored text")
        << "SELECT count(*) FROM audit_logs WHERE created_at >= ?" << QVariantList{ValueCodec::toStorage(created, spring)} << true;
    QTest::newRow("created_at between")
        << "SELECT count(*) FROM audit_logs t WHERE t.created_at BETWEEN ? AND ?"
        << QVariantList{ValueCodec::toStorage(created, spring), ValueCodec::toStorage(created, spring.addDays(20))} << true;
    QTest::newRow("created_at >= QDateTime")
        << "SELECT count(*) FROM audit_logs WHERE created_at >= ?" << QVariantList{spring} << false;
    QTest::newRow("is_active true") << "SELECT count(*) FROM users WHERE is_active = ?" << QVariantList{true} << true;
    QTest::newRow("is_active false") << "SELECT count(*) FROM users WHERE is_active = ?" << QVariantList{false} << false;
    QTest::newRow("success false") << "SELECT count(*) FROM audit_logs WHERE success = ?" << QVariantList{false} << true;
    QTest::newRow("like") << "SELECT count(*) FROM users WHERE email LIKE ?" << QVariantList{QStringLiteral("%@%")} << true;
    QTest::newRow("like escaped underscore")
        << "SELECT count(*) FROM users WHERE email LIKE ? ESCAPE '\\'" << QVariantList{QStringLiteral("%\\_%")} << false;
    QTest::newRow("like quote") << "SELECT count(*) FROM blueprints WHERE description LIKE ?"
                                << QVariantList{QStringLiteral("O'Reilly \"quoted\" 50%")} << true;
    QTest::newRow("price >= double") << "SELECT count(*) FROM blueprints WHERE price >= ?" << QVariantList{0.1} << true;
    QTest::newRow("price = 0.1") << "SELECT count(*) FROM blueprints WHERE price = ?" << QVariantList{0.1} << true;
    QTest::newRow("downloads > int") << "SELECT count(*) FROM blueprints WHERE downloads > ?" << QVariantList{10} << true;
    QTest::newRow("id in list") << "SELECT count(*) FROM audit_logs WHERE id IN (?, ?, ?)"
                                << QVariantList{1, qlonglong(2), 3} << true;
    QTest::newRow("null matches nothing") << "SELECT count(*) FROM users WHERE email = ?" << QVariantList{QVariant()} << false;
}

void tst_NativeQuery::comparisonsMatchQtDriver()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(bool, some);
    const Rows native = readNatively(db(), {sql, values});
    const Rows qt = readWithQt(db(), {sql, values});
    QVERIFY2(native.error.isEmpty(), qPrintable(native.error));
    QVERIFY2(qt.error.isEmpty(), qPrintable(qt.error));
    const qlonglong count = native.rows.value(0).value(0).toLongLong();
    QCOMPARE(count, qt.rows.value(0).value(0).toLongLong());
    if (some)
        QVERIFY2(count > 0, qPrintable(sql));
    const bool isDateTime = values.first().metaType().id() == QMetaType::QDateTime;
    if (isDateTime && isPostgres()) {
        // A bound QDateTime compares as the naive UTC text the column holds.
        const ColumnSpec &created = *Schema::table(QStringLiteral("audit_logs"))->column(QStringLiteral("created_at"));
        const Rows asText = readNatively(db(), {sql, {ValueCodec::toStorage(created, values.first())}});
        QCOMPARE(count, asText.rows.value(0).value(0).toLongLong());
        QVERIFY(count > 0);
    }
}

void tst_NativeQuery::placeholdersInsideLiteralsStay_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");  // every column as text
    QTest::addColumn<bool>("postgresOnly");
    QTest::newRow("string") << "SELECT '?', ?" << QStringList{"?", "7"} << false;
    QTest::newRow("doubled quote") << "SELECT 'it''s ?', ?" << QStringList{"it's ?", "7"} << false;
    QTest::newRow("quoted identifier") << "SELECT ? AS \"a?b\"" << QStringList{"7"} << false;
    QTest::newRow("line comment") << "SELECT ? -- what?\n" << QStringList{"7"} << false;
    QTest::newRow("block comment") << "SELECT /* ? */ ?" << QStringList{"7"} << false;
    QTest::newRow("escape string") << "SELECT E'\\'?', ?" << QStringList{"'?", "7"} << true;
    QTest::newRow("dollar quoted") << "SELECT $$?$$, ?" << QStringList{"?", "7"} << true;
    QTest::newRow("tagged dollar quoted") << "SELECT $q$ ? $$ ? $q$, ?" << QStringList{" ? $$ ? ", "7"} << true;
    QTest::newRow("nested comment") << "SELECT /* /* ? */ ? */ ?" << QStringList{"7"} << true;
}

void tst_NativeQuery::placeholdersInsideLiteralsStay()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QFETCH(bool, postgresOnly);
    if (postgresOnly && !isPostgres())
        return;  // PostgreSQL syntax
    const Rows native = readNatively(db(), {sql, {7}});
    QVERIFY2(native.error.isEmpty(), qPrintable(native.error));
    QCOMPARE(native.rows.size(), 1);
    QStringList texts;
    for (const QVariant &value : native.rows.first())
        texts.append(value.toString());
    QCOMPARE(texts, expected);
}

void tst_NativeQuery::errorsCarryTheDatabaseMessage()
{
    NativeQuery q(db());
    QVERIFY(q.isSupported());
    QVERIFY(!q.exec({QStringLiteral("SELEC 1"), {}}));
    QVERIFY2(q.errorText().contains(QLatin1String("syntax error")), qPrintable(q.errorText()));
    QCOMPARE(q.errorText(), q.errorText().trimmed());
    QVERIFY(!q.next());
    QVERIFY(!q.isConnectionLost());
    QVERIFY(!q.exec({QStringLiteral("SELECT * FROM no_such_table WHERE id = ?"), {1}}));
    QVERIFY2(q.errorText().contains(QLatin1String("no_such_table")), qPrintable(q.errorText()));
    QVERIFY(!q.exec({QStringLiteral("SELECT ?, ?"), {1}}));
    QVERIFY(!q.errorText().isEmpty());
    // The same object runs the next statement as if nothing happened.
    QVERIFY2(q.exec({QStringLiteral("SELECT count(*) FROM tenants WHERE slug <> ?"), {QStringLiteral("?")}}),
             qPrintable(q.errorText()));
    QVERIFY(q.errorText().isEmpty());
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(TestSql::scalar(db(), QStringLiteral("SELECT count(*) FROM tenants"))));
    QVERIFY(!q.value(1).isValid());
    QVERIFY(!q.next());
}

void tst_NativeQuery::cancelStops_data()
{
    QTest::addColumn<QString>("sqliteSql");
    QTest::addColumn<QString>("postgresSql");
    QTest::addColumn<int>("sqliteRows");  // rows read before the interrupt
    const QString endless = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) ");
    QTest::newRow("long statement") << endless + "SELECT count(*) FROM c WHERE x > ?"
                                    << "SELECT pg_sleep(120) WHERE ? > 0" << 0;
    // The first row comes at once, the second never: on SQLite the interrupt lands between
    // rows (PostgreSQL reads the whole result inside exec()).
    QTest::newRow("between rows") << endless + "SELECT x FROM c WHERE x = ? OR x < 0"
                                  << "SELECT x FROM (VALUES (1), (2)) v(x) WHERE x = ? OR pg_sleep(120) IS NULL" << 1;
}

void tst_NativeQuery::cancelStops()
{
    QFETCH(QString, sqliteSql);
    QFETCH(QString, postgresSql);
    QFETCH(int, sqliteRows);
    const ConnectionSettings settings = m_db->settings();
    QueryCanceller canceller;
    std::atomic<bool> started{false};
    int rows = 0;
    bool usableAfter = false;
    QString error;
    QThread *worker = QThread::create([&] {
        DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("native-cancel")));
        if (!connection.open(settings).ok())
            return;
        canceller.attach(connection.database());
        {
            NativeQuery q(connection.database());
            started = true;
            if (q.exec({settings.backend == Backend::SQLite ? sqliteSql : postgresSql, {1}})) {
                while (q.next())
                    ++rows;
            }
            error = q.errorText();
            usableAfter = q.exec({QStringLiteral("SELECT ?"), {1}}) && q.next() && q.value(0).toInt() == 1
                       && !q.isConnectionLost();
        }
        canceller.detach();
    });
    worker->start();
    QTRY_VERIFY(started.load());
    QTest::qWait(300);  // let the statement get going
    QElapsedTimer timer;
    timer.start();
    QVERIFY(canceller.cancel());
    QVERIFY(worker->wait(15000));
    delete worker;
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(rows, isPostgres() ? 0 : sqliteRows);
    // The words QueryWorker turns into "Cancelled.".
    const QString expected = isPostgres() ? QStringLiteral("canceling statement") : QStringLiteral("interrupt");
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(usableAfter);
}

void tst_NativeQuery::workerReportsCancellation_data()
{
    QTest::addColumn<bool>("replaced");
    QTest::newRow("current request") << false;
    QTest::newRow("replaced request") << true;
}

void tst_NativeQuery::workerReportsCancellation()
{
    // The worker reads pages natively: a cancelled page says "Cancelled.", unless a newer
    // request replaced it, and then it says nothing.
    QFETCH(bool, replaced);
    auto tickets = std::make_shared<QueryWorker::Tickets>();
    auto canceller = std::make_shared<QueryCanceller>();
    QThread thread;
    auto *worker = new QueryWorker(m_db->settings(), tickets, canceller);  // no parent: it moves to the thread
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QStringList failures;
    int pages = 0;
    bool listed = false;
    connect(worker, &QueryWorker::failed, this, [&](quint64, const QString &message) { failures.append(message); });
    connect(worker, &QueryWorker::pageLoaded, this, [&] { ++pages; });
    connect(worker, &QueryWorker::tenantsListed, this, [&] { listed = true; });
    thread.start();
    const auto stop = qScopeGuard([&] {
        thread.quit();
        while (!thread.wait(100))
            canceller->cancel();
    });
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    TableQuery query(tenants, m_db->backend(), tenants.columnNames(), {});
    // A condition whose first row never finishes.
    query.setCondition({isPostgres() ? QStringLiteral("pg_sleep(120) IS NOT NULL AND t.name <> ?")
                                     : QStringLiteral("(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                                      "SELECT count(*) FROM c) > 0 AND t.name <> ?"),
                        {QStringLiteral("?")}});
    PageRequest request;
    request.rowCount = 50;
    QMetaObject::invokeMethod(worker, [worker, query, request] { worker->loadPage(0, 0, query, request); });
    if (isPostgres())
        QTRY_COMPARE(TestSql::scalar(db(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE ? AND pid <> pg_backend_pid() "
                                                      "AND datname = current_database()"),
                                     {QStringLiteral("%pg_sleep(120) IS NOT NULL%")}), 1);
    else
        QTest::qWait(500);
    if (replaced)
        tickets->generation = 1;
    // Queued behind the page: its reply means the page request has finished.
    QMetaObject::invokeMethod(worker, [worker] { worker->listTenants(1); });
    // An interrupt that comes before the statement starts is lost: repeat until it lands.
    QTRY_VERIFY_WITH_TIMEOUT((canceller->cancel(), listed), 15000);
    QCOMPARE(pages, 0);
    QCOMPARE(failures, replaced ? QStringList() : QStringList{QStringLiteral("Cancelled.")});
}

void tst_NativeQuery::lostConnectionIsReported()
{
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("native-lost")));
    QVERIFY(connection.open(m_db->settings()).ok());
    NativeQuery q(connection.database());
    if (!isPostgres()) {
        QVERIFY(!q.exec({QStringLiteral("SELECT * FROM missing"), {}}));
        QVERIFY(!q.isConnectionLost());  // a SQLite file has no connection to lose
        return;
    }
    QVERIFY(q.exec({QStringLiteral("SELECT pg_backend_pid()"), {}}));
    QVERIFY(q.next());
    const QVariant pid = q.value(0);
    QCOMPARE(TestSql::scalar(db(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 1);
    QSqlQuery kill(db());
    QVERIFY(kill.prepare(QStringLiteral("SELECT pg_terminate_backend(?)")));
    kill.addBindValue(pid);
    QVERIFY2(kill.exec(), qPrintable(kill.lastError().text()));
    QTRY_COMPARE(TestSql::scalar(db(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 0);
    QVERIFY(!q.exec({QStringLiteral("SELECT ?"), {1}}));
    QVERIFY(!q.errorText().isEmpty());
    QVERIFY(q.isConnectionLost());
}

void tst_NativeQuery::unsupportedHandleFallsBack()
{
    NativeQuery none{QSqlDatabase()};
    QVERIFY(!none.isSupported());
    QVERIFY(!none.exec({QStringLiteral("SELECT 1"), {}}));
    QVERIFY(!none.errorText().isEmpty());
    QVERIFY(!none.next());
    QVERIFY(!none.value(0).isValid());
    QCOMPARE(none.columnCount(), 0);
    QVERIFY(!none.isConnectionLost());
    QVERIFY(NativeQuery(db()).isSupported());
}

QTEST_GUILESS_MAIN(tst_NativeQuery)
#include "tst_nativequery.moc"
