#include "databaseurl.h"
#include <QTest>

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void sqlite_data();
    void sqlite();
    void postgres_data();
    void postgres();
    void rejected_data();
    void rejected();
    void roundTrip_data();
    void roundTrip();
};

void tst_DatabaseUrl::sqlite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("relative") << "sqlite:///agent_factory.db" << "agent_factory.db";
    QTest::newRow("relative subdir") << "sqlite:///./data/dev.db" << "./data/dev.db";
    QTest::newRow("absolute") << "sqlite:////var/lib/af/prod.db" << "/var/lib/af/prod.db";
    QTest::newRow("memory") << "sqlite://" << ":memory:";
    QTest::newRow("pysqlite driver") << "sqlite+pysqlite:///x.db" << "x.db";
    QTest::newRow("percent-encoded space") << "sqlite:////tmp/my%20db.sqlite" << "/tmp/my db.sqlite";
    QTest::newRow("surrounding spaces") << "  sqlite:///a.db\n" << "a.db";
}

void tst_DatabaseUrl::sqlite()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed.settings.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.settings->backend, Backend::SQLite);
    QCOMPARE(parsed.settings->sqlitePath, path);
}

void tst_DatabaseUrl::postgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");
    QTest::newRow("plain") << "postgresql://af:secret@db.example.com:5433/agent_factory"
                           << "db.example.com" << 5433 << "agent_factory" << "af" << "secret" << "connect_timeout=10";
    QTest::newRow("default port") << "postgresql://af@localhost/af" << "localhost" << 5432 << "af" << "af" << "" << "connect_timeout=10";
    QTest::newRow("psycopg2") << "postgresql+psycopg2://u:p@h/d" << "h" << 5432 << "d" << "u" << "p" << "connect_timeout=10";
    QTest::newRow("psycopg") << "postgresql+psycopg://u:p@h/d" << "h" << 5432 << "d" << "u" << "p" << "connect_timeout=10";
    QTest::newRow("asyncpg ssl") << "postgresql+asyncpg://u:p@h/d?ssl=require" << "h" << 5432 << "d" << "u" << "p"
                                 << "sslmode=require;connect_timeout=10";
    QTest::newRow("sslmode") << "postgresql://u@h:6543/d?sslmode=verify-full&connect_timeout=3"
                             << "h" << 6543 << "d" << "u" << "" << "sslmode=verify-full;connect_timeout=3";
    QTest::newRow("encoded password") << "postgresql://u:p%40ss%3Aw%2Frd@h/d" << "h" << 5432 << "d" << "u" << "p@ss:w/rd" << "connect_timeout=10";
    QTest::newRow("ipv6 host") << "postgresql://u@[::1]:5432/d" << "::1" << 5432 << "d" << "u" << "" << "connect_timeout=10";
    QTest::newRow("no host") << "postgresql:///d" << "localhost" << 5432 << "d" << "" << "" << "connect_timeout=10";
    QTest::newRow("socket via query") << "postgresql://u@/d?host=/run/postgresql" << "/run/postgresql" << 5432 << "d" << "u" << "" << "connect_timeout=10";
    QTest::newRow("postgres alias") << "postgres://u@h/d" << "h" << 5432 << "d" << "u" << "" << "connect_timeout=10";
}

void tst_DatabaseUrl::postgres()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed.settings.has_value(), qPrintable(parsed.error));
    const ConnectionSettings &s = *parsed.settings;
    QCOMPARE(s.backend, Backend::PostgreSQL);
    QCOMPARE(s.host, host);
    QCOMPARE(s.port, port);
    QCOMPARE(s.database, database);
    QCOMPARE(s.userName, user);
    QCOMPARE(s.password, password);
    QCOMPARE(s.connectOptions(), options);
}

void tst_DatabaseUrl::rejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("no scheme") << "agent_factory.db" << "not a valid URL";
    QTest::newRow("mysql") << "mysql://u@h/d" << "mysql";
    QTest::newRow("unknown pg driver") << "postgresql+odbc://u@h/d" << "odbc";
    QTest::newRow("no database") << "postgresql://u@h" << "no database";
    QTest::newRow("bad port") << "postgresql://u@h:99999/d" << "not a valid URL";
    QTest::newRow("unknown option") << "postgresql://u@h/d?sslmod=require" << "sslmod";
    QTest::newRow("option injection") << "postgresql://u@h/d?sslmode=disable;host=evil" << "sslmode";
    QTest::newRow("sqlite host") << "sqlite://host/x.db" << "no host";
}

void tst_DatabaseUrl::rejected()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(!parsed.settings.has_value());
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void tst_DatabaseUrl::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite relative") << "sqlite:///dev.db";
    QTest::newRow("sqlite absolute") << "sqlite:////tmp/dev.db";
    QTest::newRow("postgres") << "postgresql://af:p%40ss@db:5433/agent_factory?sslmode=require";
}

void tst_DatabaseUrl::roundTrip()
{
    QFETCH(QString, url);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed.settings.has_value(), qPrintable(parsed.error));
    const auto again = DatabaseUrl::parse(parsed.settings->toUrl(true));
    QVERIFY2(again.settings.has_value(), qPrintable(again.error));
    QVERIFY(*again.settings == *parsed.settings);
    QVERIFY(!parsed.settings->toUrl(false).contains(QLatin1String("p%40ss")));
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
