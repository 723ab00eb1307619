#include "ddl.h"
#include "driftcheck.h"
#include "oldmigration.h"
#include "schema.h"
#include "schemainspector.h"
#include "testdatabase.h"
#include <QSqlDatabase>
#include <QTest>

using Kind = DriftItem::Kind;
Q_DECLARE_METATYPE(DriftItem::Kind)

// Rewrites of one table's CREATE statement: {from, to} pairs applied in order.
using Rewrites = QList<QPair<QString, QString>>;

class tst_DriftCheck : public QObject
{
    Q_OBJECT
private slots:
    void inspectorReadsTheRealSchema();
    void ddlSchemaIsClean();
    void oldMigrationDifferencesAreNamed();
    void variants_data();
    void variants();
    void droppedIndex();
    void partialDatabase();
    void notAnAgentFactoryDatabase_data();
    void notAnAgentFactoryDatabase();

private:
    static DriftReport check(const TestDatabase &testDb);
};

DriftReport tst_DriftCheck::check(const TestDatabase &testDb)
{
    const SchemaInspector::Result inspected = SchemaInspector::inspect(testDb.db());
    if (!inspected.ok())
        qWarning("%s", qPrintable(inspected.error));
    return DriftCheck::compare(inspected.schema);
}

void tst_DriftCheck::inspectorReadsTheRealSchema()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY2(testDb.createSchema(), qPrintable(testDb.error()));
    const SchemaInspector::Result inspected = SchemaInspector::inspect(testDb.db());
    QVERIFY2(inspected.ok(), qPrintable(inspected.error));
    const DatabaseSchema &schema = inspected.schema;
    const bool sqlite = testDb.backend() == Backend::SQLite;
    QCOMPARE(schema.backend, testDb.backend());

    QStringList names = schema.tableNames();
    names.sort();
    QStringList expected = Schema::tableNames();
    expected.sort();
    QCOMPARE(names, expected);

    const DatabaseSchema::Table *tenants = schema.table(QStringLiteral("tenants"));
    QVERIFY(tenants);
    QCOMPARE(tenants->columnNames(), Schema::table(QStringLiteral("tenants"))->columnNames());
    QCOMPARE(tenants->column(QStringLiteral("slug"))->type, sqlite ? QStringLiteral("VARCHAR") : QStringLiteral("character varying"));
    QVERIFY(!tenants->column(QStringLiteral("slug"))->nullable);
    QVERIFY(tenants->column(QStringLiteral("plan"))->nullable);
    QCOMPARE(tenants->column(QStringLiteral("resource_quota"))->type, sqlite ? QStringLiteral("JSON") : QStringLiteral("json"));
    QCOMPARE(tenants->column(QStringLiteral("created_at"))->type,
             sqlite ? QStringLiteral("DATETIME") : QStringLiteral("timestamp without time zone"));
    QCOMPARE(tenants->primaryKey(), QStringList{QStringLiteral("id")});
    QVERIFY(!tenants->column(QStringLiteral("id"))->autoIncrement);
    const DatabaseSchema::Index *slug = tenants->index(QStringLiteral("ix_tenants_slug"));
    QVERIFY(slug);
    QVERIFY(slug->unique);
    QCOMPARE(slug->columns, QStringList{QStringLiteral("slug")});

    const DatabaseSchema::Table *audit = schema.table(QStringLiteral("audit_logs"));
    QCOMPARE(audit->column(QStringLiteral("id"))->type, sqlite ? QStringLiteral("INTEGER") : QStringLiteral("integer"));
    QVERIFY(audit->column(QStringLiteral("id"))->autoIncrement);
    QVERIFY(!audit->index(QStringLiteral("ix_audit_logs_created_at"))->unique);

    const DatabaseSchema::Table *subscriptions = schema.table(QStringLiteral("subscriptions"));
    QCOMPARE(subscriptions->foreignKeys.size(), 2);
    bool planKey = false;
    for (const DatabaseSchema::ForeignKey &key : subscriptions->foreignKeys) {
        planKey = planKey || (key.column == QLatin1String("plan_id") && key.table == QLatin1String("plans")
                              && key.referencedColumn == QLatin1String("id"));
    }
    QVERIFY(planKey);

    const SchemaInspector::Result closed = SchemaInspector::inspect(QSqlDatabase());
    QVERIFY(!closed.ok());
    QVERIFY2(closed.error.contains(QLatin1String("not open")), qPrintable(closed.error));
}

void tst_DriftCheck::ddlSchemaIsClean()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    // Extra tables and indexes are none of the drift check's business.
    QVERIFY(testDb.exec(QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")));
    QVERIFY(testDb.exec(QStringLiteral("CREATE INDEX ix_agents_tenant_id ON agents (tenant_id)")));
    const DriftReport report = check(testDb);
    QVERIFY2(report.isClean(), qPrintable(report.lines().join(QLatin1Char('\n'))));
    QVERIFY(report.isAgentFactoryDatabase());
    QCOMPARE(report.lines(), QStringList());
    QVERIFY(!report.isTableMissing(QStringLiteral("tenants")));
    QVERIFY(!report.isColumnMissing(QStringLiteral("agents"), QStringLiteral("created_by")));
    QCOMPARE(report.reasonFor(QStringLiteral("agents")), QString());
}

void tst_DriftCheck::oldMigrationDifferencesAreNamed()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    for (const QString &statement : OldMigration::createStatements(testDb.backend()))
        QVERIFY2(testDb.exec(statement), qPrintable(testDb.error()));
    const DriftReport report = check(testDb);
    QVERIFY(report.isAgentFactoryDatabase());
    QVERIFY(!report.isClean());

    QStringList lines = report.lines();
    QStringList expected = OldMigration::expectedDriftLines(testDb.backend());
    lines.sort();
    expected.sort();
    QCOMPARE(lines, expected);
    for (const DriftItem &item : report.items())
        QVERIFY2(item.fromOldMigration, qPrintable(item.line()));
    QCOMPARE(report.oldMigrationCount(), int(report.items().size()));

    // What the GUI asks.
    QVERIFY(report.isTableMissing(QStringLiteral("projects")));
    QVERIFY(!report.isTableMissing(QStringLiteral("agents")));
    QVERIFY(report.isColumnMissing(QStringLiteral("agents"), QStringLiteral("created_by")));
    QVERIFY(report.isColumnMissing(QStringLiteral("plans"), QStringLiteral("name")));
    QVERIFY(!report.isColumnMissing(QStringLiteral("agents"), QStringLiteral("name")));
    QVERIFY(!report.isColumnMissing(QStringLiteral("audit_logs"), QStringLiteral("id")));  // there, but a string
    QCOMPARE(report.reasonFor(QStringLiteral("agents"), QStringLiteral("created_by")),
             QStringLiteral("missing column; the old migration's agents.user_id stands in its place"));
    QCOMPARE(report.reasonFor(QStringLiteral("projects")), QStringLiteral("missing table (not in the old migration)"));
    QCOMPARE(report.reasonFor(QStringLiteral("tenants")), QString());
    QCOMPARE(report.reasonFor(QStringLiteral("agents")),
             QStringLiteral("created_by: missing column; the old migration's agents.user_id stands in its place\n"
                            "user_id: extra column (the old migration's name for created_by)"));
    QVERIFY(report.hasDrift(QStringLiteral("executions")));
    QVERIFY(!report.hasDrift(QStringLiteral("users")));
    QCOMPARE(report.itemsFor(QStringLiteral("audit_logs")).size(), 4);
}

void tst_DriftCheck::variants_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Rewrites>("rewrites");
    QTest::addColumn<QStringList>("expectedLines");
    QTest::addColumn<Kind>("kind");  // of the first item; ignored when clean

    const auto row = [](const char *name, const char *table, const Rewrites &rewrites, const QStringList &lines,
                        Kind kind = Kind::MissingTable) {
        QTest::newRow(name) << QString::fromLatin1(table) << rewrites << lines << kind;
    };
    // Differences that read the same on both backends.
    row("created_by gone, no stand-in", "agents",
        {{", \n\tcreated_by VARCHAR", ""}, {", \n\tFOREIGN KEY(created_by) REFERENCES users (id)", ""}},
        {"agents.created_by: missing column"}, Kind::MissingColumn);
    row("foreign key gone", "agents", {{", \n\tFOREIGN KEY(tenant_id) REFERENCES tenants (id)", ""}},
        {"agents.tenant_id: no foreign key to tenants.id"}, Kind::MissingForeignKey);
    row("NOT NULL where optional", "agents", {{"\tmodel VARCHAR,", "\tmodel VARCHAR NOT NULL,"}},
        {"agents.model: NOT NULL in the database, but the data model allows it to be empty"}, Kind::UnexpectedNotNull);
    row("no primary key", "agents", {{"\tPRIMARY KEY (id)", "\tUNIQUE (id)"}},
        {"agents: no primary key, expected (id)"}, Kind::PrimaryKeyMismatch);
    row("extra columns", "workflows", {{"\tname VARCHAR NOT NULL", "\tname VARCHAR NOT NULL, \n\tdescription TEXT, \n\tsummary TEXT"}},
        {"workflows.description: extra column (added by the old migration; not in the data model)",
         "workflows.summary: extra column"}, Kind::ExtraColumn);

    if (TestDatabase::backendUnderTest() == Backend::SQLite) {
        row("TIMESTAMP for datetime", "tenants", {{"\tcreated_at DATETIME", "\tcreated_at TIMESTAMP"}}, {});
        row("TEXT for string", "tenants", {{"\tname VARCHAR NOT NULL", "\tname TEXT NOT NULL"}}, {});
        row("VARCHAR(255) for string", "users", {{"\temail VARCHAR NOT NULL", "\temail VARCHAR(255) NOT NULL"}}, {});
        row("REAL for float", "blueprints", {{"\tprice FLOAT", "\tprice REAL"}}, {});
        row("VARCHAR for integer", "blueprints", {{"\tdownloads INTEGER", "\tdownloads VARCHAR"}},
            {"blueprints.downloads: type is VARCHAR, expected integer"}, Kind::TypeMismatch);
        row("TEXT for json", "tenants", {{"\tusage JSON", "\tusage TEXT"}},
            {"tenants.usage: type is TEXT, expected json"}, Kind::TypeMismatch);
        row("VARCHAR(50) for text", "agents", {{"\tinstructions TEXT", "\tinstructions VARCHAR(50)"}},
            {"agents.instructions: type is VARCHAR(50), expected text"}, Kind::TypeMismatch);
        // A string id in audit_logs is the old migration's, whatever else is wrong around it.
        row("VARCHAR audit id", "audit_logs", {{"\tid INTEGER NOT NULL", "\tid VARCHAR NOT NULL"}},
            {"audit_logs.id: type is VARCHAR, expected integer (old migration used a string id)"}, Kind::TypeMismatch);
        row("FLOAT audit id", "audit_logs", {{"\tid INTEGER NOT NULL", "\tid FLOAT NOT NULL"}},
            {"audit_logs.id: type is FLOAT, expected integer"}, Kind::TypeMismatch);
        // BIGINT is an integer, but only INTEGER PRIMARY KEY aliases the rowid.
        row("BIGINT audit id", "audit_logs", {{"\tid INTEGER NOT NULL", "\tid BIGINT NOT NULL"}},
            {"audit_logs.id: does not number itself; it must be the table's only key column, declared exactly INTEGER"},
            Kind::NotAutoIncrement);
    } else {
        row("jsonb for json", "tenants", {{"\tresource_quota JSON", "\tresource_quota JSONB"}}, {});
        row("timestamptz", "tenants", {{"\tcreated_at TIMESTAMP WITHOUT TIME ZONE", "\tcreated_at TIMESTAMP WITH TIME ZONE"}},
            {"tenants.created_at: type is timestamp with time zone, expected timestamp without time zone"},
            Kind::TypeMismatch);
        row("timestamp(3)", "tenants",
            {{"\tcreated_at TIMESTAMP WITHOUT TIME ZONE", "\tcreated_at TIMESTAMP(3) WITHOUT TIME ZONE"}}, {});
        row("text for string", "tenants", {{"\tname VARCHAR NOT NULL", "\tname TEXT NOT NULL"}}, {});
        row("varchar(255) for string", "users", {{"\temail VARCHAR NOT NULL", "\temail VARCHAR(255) NOT NULL"}}, {});
        row("real for float", "blueprints", {{"\tprice FLOAT", "\tprice REAL"}}, {});
        row("bigint for integer", "blueprints", {{"\tdownloads INTEGER", "\tdownloads BIGINT"}}, {});
        row("integer for string", "tenants", {{"\tslug VARCHAR NOT NULL", "\tslug INTEGER NOT NULL"}},
            {"tenants.slug: type is integer, expected character varying"}, Kind::TypeMismatch);
        row("varchar(50) for text", "agents", {{"\tinstructions TEXT", "\tinstructions VARCHAR(50)"}},
            {"agents.instructions: type is character varying(50), expected text"}, Kind::TypeMismatch);
        row("numeric for float", "blueprints", {{"\tprice FLOAT", "\tprice NUMERIC(10, 2)"}},
            {"blueprints.price: type is numeric(10,2), expected double precision"}, Kind::TypeMismatch);
        row("identity audit id", "audit_logs", {{"\tid SERIAL NOT NULL", "\tid INTEGER GENERATED BY DEFAULT AS IDENTITY"}}, {});
        row("plain integer audit id", "audit_logs", {{"\tid SERIAL NOT NULL", "\tid INTEGER NOT NULL"}},
            {"audit_logs.id: does not number itself; it needs SERIAL (a nextval() default) or an identity"},
            Kind::NotAutoIncrement);
    }
}

void tst_DriftCheck::variants()
{
    QFETCH(QString, table);
    QFETCH(Rewrites, rewrites);
    QFETCH(QStringList, expectedLines);
    QFETCH(Kind, kind);
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    const QString prefix = QStringLiteral("CREATE TABLE %1 (").arg(table);
    bool rewritten = false;
    for (QString statement : Ddl::createAll(testDb.backend())) {
        if (statement.startsWith(prefix)) {
            for (const auto &rewrite : rewrites) {
                QVERIFY2(statement.contains(rewrite.first), qPrintable(rewrite.first + QStringLiteral(" not in ") + statement));
                statement.replace(rewrite.first, rewrite.second);
            }
            rewritten = true;
        }
        QVERIFY2(testDb.exec(statement), qPrintable(testDb.error()));
    }
    QVERIFY(rewritten);

    const DriftReport report = check(testDb);
    QVERIFY(report.isAgentFactoryDatabase());
    QCOMPARE(report.lines(), expectedLines);
    QCOMPARE(report.isClean(), expectedLines.isEmpty());
    if (!expectedLines.isEmpty())
        QCOMPARE(report.items().constFirst().kind, kind);
}

void tst_DriftCheck::droppedIndex()
{
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    QVERIFY(testDb.createSchema());
    QVERIFY(testDb.exec(QStringLiteral("DROP INDEX ix_users_email")));
    QVERIFY(testDb.exec(QStringLiteral("DROP INDEX ix_audit_logs_created_at")));
    DriftReport report = check(testDb);
    QCOMPARE(report.lines(), QStringList({QStringLiteral("users.email: missing unique index ix_users_email"),
                                          QStringLiteral("audit_logs.created_at: missing index ix_audit_logs_created_at")}));
    QCOMPARE(report.items().at(0).kind, Kind::MissingIndex);
    QCOMPARE(report.items().at(0).column, QStringLiteral("email"));
    QVERIFY(!report.items().at(0).fromOldMigration);
    QVERIFY(!report.isColumnMissing(QStringLiteral("users"), QStringLiteral("email")));

    // Back under the same names, but with the uniqueness the wrong way round.
    QVERIFY(testDb.exec(QStringLiteral("CREATE INDEX ix_users_email ON users (email)")));
    QVERIFY(testDb.exec(QStringLiteral("CREATE UNIQUE INDEX ix_audit_logs_created_at ON audit_logs (created_at)")));
    report = check(testDb);
    QCOMPARE(report.lines(),
             QStringList({QStringLiteral("users.email: index ix_users_email is not unique"),
                          QStringLiteral("audit_logs.created_at: index ix_audit_logs_created_at is unique, "
                                         "but the data model allows repeated values")}));
    QCOMPARE(report.items().at(0).kind, Kind::IndexNotUnique);

    QVERIFY(testDb.exec(QStringLiteral("DROP INDEX ix_users_email")));
    QVERIFY(testDb.exec(QStringLiteral("CREATE UNIQUE INDEX ix_users_email ON users (email, tenant_id)")));
    report = check(testDb);
    QCOMPARE(report.lines().constFirst(),
             QStringLiteral("users.email: index ix_users_email covers (email, tenant_id), expected (email)"));
}

void tst_DriftCheck::partialDatabase()
{
    // Only tenants: still an Agent Factory database, with 11 tables missing. Only the four
    // the old migration lacked carry its note.
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    for (const QString &statement : Ddl::createTable(*Schema::table(QStringLiteral("tenants")), testDb.backend()))
        QVERIFY(testDb.exec(statement));
    const DriftReport report = check(testDb);
    QVERIFY(report.isAgentFactoryDatabase());
    QCOMPARE(report.items().size(), 11);
    QVERIFY(report.lines().contains(QStringLiteral("users: missing table")));
    QVERIFY(report.lines().contains(QStringLiteral("plans: missing table (not in the old migration)")));
    QCOMPARE(report.oldMigrationCount(), 4);
    QVERIFY(report.isTableMissing(QStringLiteral("users")));
    QVERIFY(!report.isTableMissing(QStringLiteral("tenants")));
}

void tst_DriftCheck::notAnAgentFactoryDatabase_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("mentioned");
    QTest::addColumn<QStringList>("notMentioned");
    const bool sqlite = TestDatabase::backendUnderTest() == Backend::SQLite;
    QTest::newRow("empty") << QStringList() << QStringList{QStringLiteral("no tables"), QStringLiteral("tenants"),
                                                           QStringLiteral("audit_logs")}
                           << QStringList();
    // AUTOINCREMENT makes SQLite add its own sqlite_sequence table, which must not count.
    QTest::newRow("another app")
        << QStringList{sqlite ? QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT)")
                              : QStringLiteral("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT)"),
                       QStringLiteral("INSERT INTO notes (body) VALUES ('hello')"),
                       QStringLiteral("CREATE TABLE tags (name VARCHAR)")}
        << QStringList{QStringLiteral("notes"), QStringLiteral("tags"), QStringLiteral("tenants")}
        << QStringList{QStringLiteral("sqlite_sequence")};
}

void tst_DriftCheck::notAnAgentFactoryDatabase()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, mentioned);
    QFETCH(QStringList, notMentioned);
    TestDatabase testDb;
    AFADMIN_REQUIRE_DB(testDb);
    for (const QString &statement : statements)
        QVERIFY2(testDb.exec(statement), qPrintable(testDb.error()));
    const SchemaInspector::Result inspected = SchemaInspector::inspect(testDb.db());
    QVERIFY2(inspected.ok(), qPrintable(inspected.error));
    for (const DatabaseSchema::Table &table : inspected.schema.tables)
        QVERIFY2(!table.name.startsWith(QLatin1String("sqlite_")), qPrintable(table.name));

    const DriftReport report = DriftCheck::compare(inspected.schema);
    QVERIFY(!report.isAgentFactoryDatabase());
    QVERIFY(!report.isClean());
    QCOMPARE(report.lines(), QStringList());
    const QString reason = report.notAgentFactoryReason();
    for (const QString &word : mentioned)
        QVERIFY2(reason.contains(word), qPrintable(reason));
    for (const QString &word : notMentioned)
        QVERIFY2(!reason.contains(word), qPrintable(reason));
    QVERIFY(report.isTableMissing(QStringLiteral("tenants")));
    QVERIFY(report.isColumnMissing(QStringLiteral("tenants"), QStringLiteral("slug")));
    QCOMPARE(report.reasonFor(QStringLiteral("tenants")), reason);
}

QTEST_GUILESS_MAIN(tst_DriftCheck)
#include "tst_driftcheck.moc"
