#include "ddl.h"
#include "schema.h"
#include "testdatabase.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class tst_Ddl : public QObject
{
    Q_OBJECT
private slots:
    void textMatchesSqlAlchemy();
    void createsEveryTable();
    void uniqueIndexesHold();
    void auditIdAutoIncrements();
};

void tst_Ddl::textMatchesSqlAlchemy()
{
    const QStringList sqlite = Ddl::createTable(*Schema::table(QStringLiteral("tenants")), Backend::SQLite);
    QCOMPARE(sqlite.size(), 2);
    QVERIFY2(sqlite.at(0).contains(QLatin1String("\t\"plan\" VARCHAR,")), qPrintable(sqlite.at(0)));
    QVERIFY(sqlite.at(0).contains(QLatin1String("\tcreated_at DATETIME")));
    QVERIFY(sqlite.at(0).contains(QLatin1String("\tid VARCHAR NOT NULL")));
    QCOMPARE(sqlite.at(1), QStringLiteral("CREATE UNIQUE INDEX ix_tenants_slug ON tenants (slug)"));

    const QStringList pg = Ddl::createTable(*Schema::table(QStringLiteral("audit_logs")), Backend::PostgreSQL);
    QVERIFY(pg.at(0).contains(QLatin1String("\tid SERIAL NOT NULL")));
    QVERIFY(pg.at(0).contains(QLatin1String("\tcreated_at TIMESTAMP WITHOUT TIME ZONE")));
    QVERIFY(pg.at(0).contains(QLatin1String("\tdetails JSON")));
    QVERIFY(pg.at(0).contains(QLatin1String("FOREIGN KEY(user_id) REFERENCES users (id)")));
    QCOMPARE(pg.at(1), QStringLiteral("CREATE INDEX ix_audit_logs_created_at ON audit_logs (created_at)"));
}

void tst_Ddl::createsEveryTable()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY2(testDb.createSchema(), qPrintable(testDb.error()));
    QStringList tables = testDb.db().tables();
    tables.sort();
    QStringList expected = Schema::tableNames();
    expected.sort();
    QCOMPARE(tables, expected);
    for (const TableSpec &t : Schema::tables()) {
        const QSqlRecord record = testDb.db().record(t.name);
        QCOMPARE(record.count(), t.columns.size());
        for (const ColumnSpec &c : t.columns)
            QVERIFY2(record.contains(c.name), qPrintable(t.name + QLatin1Char('.') + c.name));
    }
}

void tst_Ddl::uniqueIndexesHold()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    QSqlQuery q(testDb.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO tenants (id, name, slug) VALUES (?, ?, ?)")));
    q.addBindValue(ValueCodec::newId());
    q.addBindValue(QStringLiteral("Acme"));
    q.addBindValue(QStringLiteral("acme"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.addBindValue(ValueCodec::newId());
    q.addBindValue(QStringLiteral("Acme again"));
    q.addBindValue(QStringLiteral("acme"));
    QVERIFY(!q.exec());
}

void tst_Ddl::auditIdAutoIncrements()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    QSqlQuery q(testDb.db());
    for (int i = 0; i < 2; ++i) {
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_logs (event_type, created_at) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("test.event"));
        q.addBindValue(ValueCodec::encodeDateTime(ValueCodec::nowUtc()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_logs ORDER BY id")));
    QVERIFY(q.next());
    const qlonglong first = q.value(0).toLongLong();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), first + 1);
}

QTEST_GUILESS_MAIN(tst_Ddl)
#include "tst_ddl.moc"
