#include "schema.h"
#include "tablefiltersql.h"
#include "tablepage.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include "windowedtablemodel.h"
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_WindowedTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newestFirstAndEveryRowOnce();
    void everySortReachesEveryRowOnce_data();
    void everySortReachesEveryRowOnce();
    void placeholderThenValue();
    void cacheStaysBounded();
    void foreignKeysShowDisplayValues();
    void lastSortWins();
    void keysetScrollMatchesSql_data();
    void keysetScrollMatchesSql();
    void jumpToTheEndShowsTheLastRows();
    void jumpToTheMiddleShowsRealRowsInOrder();
    void firstRowsArriveBeforeTheirPage();
    void cancelledAfterTheFirstRowsLoadsTheRestWhenAsked();

private:
    static constexpr int auditRows = 2345;
    QList<qlonglong> readAllIds(WindowedTableModel &model, int idColumn);
    std::unique_ptr<TestDatabase> m_db;
};

void tst_WindowedTableModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QSqlDatabase db = m_db->db();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO tenants (id, name, slug, is_active) VALUES (?, ?, ?, ?)")));
    const QStringList tenantIds = {ValueCodec::newId(), ValueCodec::newId()};
    for (int i = 0; i < tenantIds.size(); ++i) {
        q.addBindValue(tenantIds.at(i));
        q.addBindValue(QStringLiteral("Tenant %1").arg(i));
        q.addBindValue(QStringLiteral("tenant-%1").arg(i));
        q.addBindValue(i == 0);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO users (id, email, hashed_password, tenant_id) VALUES (?, ?, ?, ?)")));
    q.addBindValue(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    q.addBindValue(QStringLiteral("ann@example.com"));
    q.addBindValue(QStringLiteral("$2b$10$x"));
    q.addBindValue(tenantIds.at(1));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_logs (event_type, user_id, success, created_at) VALUES (?, ?, ?, ?)")));
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < auditRows; ++i) {
        q.addBindValue(QStringLiteral("event.%1").arg(i % 7));
        q.addBindValue(i % 3 ? QVariant(QStringLiteral("00000000-0000-4000-8000-000000000001")) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(i % 5 != 0);
        // Every tenth row repeats a timestamp, so ordering must break ties by id.
        q.addBindValue(ValueCodec::encodeDateTime(start.addSecs(60 * (i - i % 10 == i ? i : i - (i % 10 == 1 ? 1 : 0)))));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.commit());
}

// Opens table in the model with every column and waits for its first row count.
static bool openAndCount(WindowedTableModel &model, const TableSpec &table, QSignalSpy &counted)
{
    model.setTableSpec(table, table.columnNames(), Schema::tableNames());
    return counted.wait(10000);
}

QList<qlonglong> tst_WindowedTableModel::readAllIds(WindowedTableModel &model, int idColumn)
{
    QList<qlonglong> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.isRowLoaded(row)) {
            model.data(model.index(row, 0));
            if (!QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 10000))
                return {};
        }
        ids.append(model.data(model.index(row, idColumn), WindowedTableModel::ValueRole).toLongLong());
    }
    return ids;
}

void tst_WindowedTableModel::newestFirstAndEveryRowOnce()
{
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(100);
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *Schema::table(QStringLiteral("audit_logs")), counted));
    QCOMPARE(model.rowCount(), auditRows);
    // SQLite reports an instant estimate from the integer key's span, then the exact count.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRowCountEstimated(), 10000);
    QCOMPARE(model.rowCount(), auditRows);
    QCOMPARE(model.headerData(model.sortColumn(), Qt::Horizontal).toString(), QStringLiteral("Created"));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);

    const QList<qlonglong> ids = readAllIds(model, 0);
    QCOMPARE(ids.size(), auditRows);
    QCOMPARE(QSet<qlonglong>(ids.cbegin(), ids.cend()).size(), auditRows);
    // Compare with the same order computed by the database directly.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC, id DESC")));
    QList<qlonglong> expected;
    while (q.next())
        expected.append(q.value(0).toLongLong());
    QCOMPARE(ids, expected);
}

void tst_WindowedTableModel::everySortReachesEveryRowOnce_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("order");
    for (const char *column : {"id", "event_type", "user_id", "success", "details"}) {
        QTest::addRow("%s asc", column) << QString::fromLatin1(column) << int(Qt::AscendingOrder);
        QTest::addRow("%s desc", column) << QString::fromLatin1(column) << int(Qt::DescendingOrder);
    }
}

void tst_WindowedTableModel::everySortReachesEveryRowOnce()
{
    QFETCH(QString, column);
    QFETCH(int, order);
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(250);
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *audit, counted));
    model.sort(audit->columnIndex(column), Qt::SortOrder(order));
    QVERIFY(counted.wait(10000));
    const QList<qlonglong> ids = readAllIds(model, 0);
    QCOMPARE(ids.size(), auditRows);
    QCOMPARE(QSet<qlonglong>(ids.cbegin(), ids.cend()).size(), auditRows);
}

void tst_WindowedTableModel::placeholderThenValue()
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(100);
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *audit, counted));
    const QModelIndex far = model.index(2000, 1);
    QVERIFY(!model.isRowLoaded(2000));
    QCOMPARE(model.data(model.index(2000, 0)).toString(), QStringLiteral("loading\u2026"));
    QCOMPARE(model.data(far, WindowedTableModel::LoadedRole).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(2000), 10000);
    QVERIFY(model.data(far).toString().startsWith(QLatin1String("event.")));
    const int success = audit->columnIndex(QStringLiteral("success"));
    const QString mark = model.data(model.index(2000, success)).toString();
    QVERIFY(mark == QStringLiteral("\u2713") || mark.isEmpty());
}

void tst_WindowedTableModel::cacheStaysBounded()
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(10);
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *audit, counted));
    QCOMPARE(readAllIds(model, 0).size(), auditRows);
    QVERIFY2(model.cachedPageCount() <= model.maxCachedPages(), qPrintable(QString::number(model.cachedPageCount())));
    QVERIFY(model.maxCachedPages() * model.pageSize() < auditRows);
}

void tst_WindowedTableModel::foreignKeysShowDisplayValues()
{
    const TableSpec *users = Schema::table(QStringLiteral("users"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *users, counted));
    QCOMPARE(model.rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(0), 10000);
    const QModelIndex tenant = model.index(0, users->columnIndex(QStringLiteral("tenant_id")));
    QCOMPARE(model.data(tenant).toString(), QStringLiteral("Tenant 1"));
    QCOMPARE(model.data(tenant, WindowedTableModel::ForeignIdRole).toString().size(), 36);
    // The password hash is never shown.
    const QModelIndex hash = model.index(0, users->columnIndex(QStringLiteral("hashed_password")));
    QVERIFY(!model.data(hash).toString().contains(QLatin1String("$2b$")));
    // Datetimes: local time shown, UTC in the tooltip; a missing created_at shows the null dash.
    const QModelIndex created = model.index(0, users->columnIndex(QStringLiteral("created_at")));
    QCOMPARE(model.data(created).toString(), QStringLiteral("\u2014"));
}

void tst_WindowedTableModel::lastSortWins()
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    model.setTableSpec(*audit, audit->columnNames(), Schema::tableNames());
    model.sort(0, Qt::DescendingOrder);
    model.sort(0, Qt::AscendingOrder);  // supersedes the two before it
    QTRY_VERIFY_WITH_TIMEOUT(counted.size() >= 1 && model.isRowLoaded(0), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isRowCountEstimated(), 10000);
    QTest::qWait(200);
    // Stale generations never report: one count (SQLite may first give its key-span estimate,
    // unless the exact count replaced it while the first page was still on its way).
    QVERIFY(counted.size() == 1 || (m_db->backend() == Backend::SQLite && counted.size() == 2));
    QCOMPARE(counted.last().at(1).toBool(), false);
    if (counted.size() == 2)
        QCOMPARE(counted.first().at(1).toBool(), true);
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM audit_logs")) && q.next());
    QCOMPARE(model.data(model.index(0, 0), WindowedTableModel::ValueRole).toLongLong(), q.value(0).toLongLong());
}

static QList<qlonglong> idsInSqlOrder(const QSqlDatabase &db, const QString &orderBy)
{
    QSqlQuery q(db);
    QList<qlonglong> ids;
    if (!q.exec(QStringLiteral("SELECT id FROM audit_logs ORDER BY ") + orderBy))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// Every page past the first is reached by keyset (no OFFSET from the start), through the
// NULL runs of nullable sort columns, and must give exactly the database's own order.
void tst_WindowedTableModel::keysetScrollMatchesSql_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("order");
    for (const char *column : {"created_at", "user_id", "success", "event_type", "id"}) {
        QTest::addRow("%s asc", column) << QString::fromLatin1(column) << int(Qt::AscendingOrder);
        QTest::addRow("%s desc", column) << QString::fromLatin1(column) << int(Qt::DescendingOrder);
    }
}

void tst_WindowedTableModel::keysetScrollMatchesSql()
{
    QFETCH(QString, column);
    QFETCH(int, order);
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setDirectOffsetLimit(0);
    model.setPageSize(97);  // pages end inside NULL runs and runs of equal values
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *audit, counted));
    model.sort(audit->columnIndex(column), Qt::SortOrder(order));
    QVERIFY(counted.wait(10000));
    const QList<qlonglong> ids = readAllIds(model, 0);
    // The same order computed by the database, with its own NULL placement.
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString orderBy = column == QLatin1String("id") ? QStringLiteral("id") + direction
                                                          : column + direction + QStringLiteral(", id") + direction;
    QCOMPARE(ids, idsInSqlOrder(m_db->db(), orderBy));
    for (int row = 0; row < model.rowCount(); row += 500)
        QVERIFY(model.isRowNumberExact(row));
}

void tst_WindowedTableModel::jumpToTheEndShowsTheLastRows()
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setDirectOffsetLimit(0);
    model.setPageSize(100);
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *audit, counted));
    const int last = model.rowCount() - 1;
    model.data(model.index(last, 0));
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(last), 10000);
    QVERIFY(!model.isRowLoaded(last / 2));  // nothing in between was read
    const QList<qlonglong> expected = idsInSqlOrder(m_db->db(), QStringLiteral("created_at DESC, id DESC"));
    QCOMPARE(model.data(model.index(last, 0), WindowedTableModel::ValueRole).toLongLong(), expected.last());
    // Numbered exactly once the count is exact (SQLite first answers with an estimate).
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowNumberExact(last), 10000);
    // Scrolling up from the end reaches every row exactly once, in order.
    QList<qlonglong> upward;
    for (int row = last; row >= 0; --row) {
        if (!model.isRowLoaded(row)) {
            model.data(model.index(row, 0));
            QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(row), 10000);
        }
        upward.prepend(model.data(model.index(row, 0), WindowedTableModel::ValueRole).toLongLong());
    }
    QCOMPARE(upward, expected);
}

void tst_WindowedTableModel::jumpToTheMiddleShowsRealRowsInOrder()
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    for (const char *column : {"created_at", "id", "event_type"}) {
        WindowedTableModel model(m_db->settings(), m_db->db());
        model.setDirectOffsetLimit(0);
        model.setPageSize(50);
        QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
        QVERIFY(openAndCount(model, *audit, counted));
        model.sort(audit->columnIndex(QString::fromLatin1(column)), Qt::AscendingOrder);
        QVERIFY(counted.wait(10000));
        const int middle = model.rowCount() / 2;
        model.data(model.index(middle, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(middle), 10000);
        QVERIFY2(!model.isRowNumberExact(middle), column);  // a seek: numbered with ≈
        QVERIFY(model.headerData(middle, Qt::Vertical).toString().startsWith(QChar(0x2248)));
        // The rows shown are real rows, in the sort order, and near the middle of it.
        const QString orderBy = QString::fromLatin1(column) + (qstrcmp(column, "id") ? QStringLiteral(", id") : QString());
        const QList<qlonglong> expected = idsInSqlOrder(m_db->db(), orderBy);
        const int page = middle / model.pageSize();
        QList<qlonglong> shown;
        for (int row = page * model.pageSize(); row < (page + 1) * model.pageSize(); ++row) {
            const QVariant id = model.data(model.index(row, 0), WindowedTableModel::ValueRole);
            if (id.isValid())
                shown.append(id.toLongLong());
        }
        QVERIFY(!shown.isEmpty());
        const int at = int(expected.indexOf(shown.first()));
        QVERIFY(at >= 0);
        QCOMPARE(expected.mid(at, shown.size()), shown);
        QVERIFY2(std::abs(at - middle) < expected.size() / 3, qPrintable(QStringLiteral("%1 landed at %2").arg(QString::fromLatin1(column)).arg(at)));
    }
}

// A new query's first 64 rows are delivered as soon as they are read; the rest of the page
// follows. In between, the rows past them are placeholders and no partial page serves as a
// keyset anchor; afterwards the page is whole and in order.
void tst_WindowedTableModel::firstRowsArriveBeforeTheirPage()
{
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(500);
    struct Seen { int rows; bool loaded63; bool loaded64; qlonglong id10; };
    QList<Seen> seen;
    connect(&model, &WindowedTableModel::pageArrived, &model, [&](int firstRow, int rows) {
        if (firstRow == 0)
            seen.append({rows, model.isRowLoaded(63), model.isRowLoaded(64),
                         model.data(model.index(10, 0), WindowedTableModel::ValueRole).toLongLong()});
    });
    QSignalSpy counted(&model, &WindowedTableModel::rowCountKnown);
    QVERIFY(openAndCount(model, *Schema::table(QStringLiteral("audit_logs")), counted));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 10000);
    QCOMPARE(seen.at(0).rows, 64);
    QVERIFY(seen.at(0).loaded63);
    QVERIFY(!seen.at(0).loaded64);
    QCOMPARE(seen.at(1).rows, 500);
    QVERIFY(seen.at(1).loaded64);
    QCOMPARE(seen.at(0).id10, seen.at(1).id10);
    // Every row once and in the database's order, across the page that arrived in two parts.
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_logs ORDER BY created_at DESC, id DESC")));
    QList<qlonglong> expected;
    while (q.next())
        expected.append(q.value(0).toLongLong());
    QCOMPARE(readAllIds(model, 0), expected);

    // A result shorter than the first rows comes in one piece.
    seen.clear();
    ColumnFilter few;
    few.column = QStringLiteral("id");
    few.op = ColumnFilter::Op::AtMost;
    few.value = 20;
    model.setCondition(TableFilterSql::condition(*Schema::table(QStringLiteral("audit_logs")), m_db->backend(),
                                                 Schema::table(QStringLiteral("audit_logs"))->columnNames(), FilterSet{{few}, {}, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
    QCOMPARE(seen.at(0).rows, 20);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 10000);
}

// Esc (cancel) right after a page's first rows arrived: the rest of the page is not stuck as
// placeholders; it loads when the view asks for those rows again.
void tst_WindowedTableModel::cancelledAfterTheFirstRowsLoadsTheRestWhenAsked()
{
    WindowedTableModel model(m_db->settings(), m_db->db());
    model.setPageSize(500);
    bool cancelled = false;
    connect(&model, &WindowedTableModel::pageArrived, &model, [&](int firstRow, int rows) {
        if (firstRow == 0 && rows == 64 && !cancelled) {
            cancelled = true;
            model.cancel();
        }
    });
    model.setTableSpec(*Schema::table(QStringLiteral("audit_logs")), Schema::table(QStringLiteral("audit_logs"))->columnNames(),
                       Schema::tableNames());
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 10000);
    QVERIFY(model.isRowLoaded(63));
    QVERIFY(!model.isRowLoaded(100));
    QCOMPARE(model.data(model.index(100, 0)).toString(), QStringLiteral("loading\u2026"));  // asks again
    QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(100), 10000);
    QVERIFY(model.isRowLoaded(499));
}

QTEST_GUILESS_MAIN(tst_WindowedTableModel)
#include "tst_windowedtablemodel.moc"
