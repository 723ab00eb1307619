#include "schema.h"
#include <QSet>
#include <QTest>

class tst_Schema : public QObject
{
    Q_OBJECT
private slots:
    void twelveTablesInFiveGroups();
    void everyTableHasOnePrimaryKeyAndADisplayColumn();
    void foreignKeysPointAtExistingPrimaryKeys();
    void dataModelIndexes();
    void enumChoices_data();
    void enumChoices();
    void incomingReferences();
};

void tst_Schema::twelveTablesInFiveGroups()
{
    QCOMPARE(Schema::tables().size(), 12);
    QSet<TableGroup> groups;
    for (const TableSpec &t : Schema::tables())
        groups.insert(t.group);
    QCOMPARE(groups.size(), 5);
    QCOMPARE(Schema::table(QStringLiteral("audit_logs"))->group, TableGroup::Audit);
    QCOMPARE(Schema::table(QStringLiteral("api_keys"))->group, TableGroup::IdentityAccess);
    QVERIFY(Schema::table(QStringLiteral("nope")) == nullptr);
}

void tst_Schema::everyTableHasOnePrimaryKeyAndADisplayColumn()
{
    for (const TableSpec &t : Schema::tables()) {
        int keys = 0;
        QSet<QString> names;
        for (const ColumnSpec &c : t.columns) {
            keys += c.primaryKey ? 1 : 0;
            QVERIFY2(!names.contains(c.name), qPrintable(t.name + QLatin1Char('.') + c.name));
            names.insert(c.name);
            QVERIFY2(c.label, qPrintable(t.name + QLatin1Char('.') + c.name));
        }
        QCOMPARE(keys, 1);
        QVERIFY2(t.hasColumn(t.displayColumn), qPrintable(t.name));
        QVERIFY(!t.displayLabel().isEmpty());
    }
    QCOMPARE(Schema::table(QStringLiteral("tenants"))->displayColumn, QStringLiteral("name"));
    QCOMPARE(Schema::table(QStringLiteral("users"))->displayColumn, QStringLiteral("email"));
    QCOMPARE(Schema::table(QStringLiteral("audit_logs"))->primaryKey().type, LogicalType::Integer);
    QVERIFY(Schema::table(QStringLiteral("audit_logs"))->primaryKey().autoIncrement);
}

void tst_Schema::foreignKeysPointAtExistingPrimaryKeys()
{
    int foreignKeys = 0;
    for (const TableSpec &t : Schema::tables()) {
        for (const ColumnSpec &c : t.columns) {
            if (!c.isForeignKey())
                continue;
            ++foreignKeys;
            const TableSpec *target = Schema::table(c.foreignKey.table);
            QVERIFY2(target, qPrintable(t.name + QLatin1Char('.') + c.name));
            QCOMPARE(target->primaryKey().name, c.foreignKey.column);
        }
    }
    QCOMPARE(foreignKeys, 17);
}

void tst_Schema::dataModelIndexes()
{
    QStringList names;
    for (const TableSpec &t : Schema::tables()) {
        for (const IndexSpec &i : t.indexes)
            names.append(i.name + (i.unique ? QStringLiteral(" unique") : QString()));
    }
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("ix_api_keys_key_hash unique"), QStringLiteral("ix_audit_logs_created_at"),
                                 QStringLiteral("ix_tenants_slug unique"), QStringLiteral("ix_users_email unique")}));
}

void tst_Schema::enumChoices_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("choices");
    QTest::newRow("plan") << "tenants.plan" << QStringList{"free", "pro", "enterprise"};
    QTest::newRow("plan type") << "plans.plan_type" << QStringList{"free", "pro", "enterprise"};
    QTest::newRow("execution type") << "executions.execution_type" << QStringList{"agent", "workflow"};
    QTest::newRow("execution status") << "executions.status" << QStringList{"pending", "running", "completed", "failed"};
    QTest::newRow("billing cycle") << "subscriptions.billing_cycle" << QStringList{"monthly", "yearly"};
    QTest::newRow("subscription status") << "subscriptions.status" << QStringList{"active", "cancelled", "expired"};
    QTest::newRow("pricing model") << "blueprints.pricing_model" << QStringList{"free", "one-time", "subscription"};
}

void tst_Schema::enumChoices()
{
    QFETCH(QString, column);
    QFETCH(QStringList, choices);
    const QStringList parts = column.split(QLatin1Char('.'));
    const ColumnSpec *spec = Schema::table(parts.at(0))->column(parts.at(1));
    QVERIFY(spec);
    QCOMPARE(spec->choices, choices);
}

void tst_Schema::incomingReferences()
{
    QStringList toTenants;
    for (const IncomingReference &r : Schema::referencesTo(QStringLiteral("tenants")))
        toTenants.append(r.table);
    toTenants.sort();
    QCOMPARE(toTenants, QStringList({"agents", "api_keys", "executions", "projects", "subscriptions",
                                     "usage_records", "users", "workflows"}));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
