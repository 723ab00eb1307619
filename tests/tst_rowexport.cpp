#include "rowexport.h"
#include "schema.h"
#include <QTest>
#include <nlohmann/json.hpp>

class tst_RowExport : public QObject
{
    Q_OBJECT
private slots:
    void tsvQuotesWhatWouldSplitACell();
    void jsonKeepsTypes();
};

static QList<const ColumnSpec *> columns(const TableSpec &table, const QStringList &names)
{
    QList<const ColumnSpec *> specs;
    for (const QString &name : names)
        specs.append(table.column(name));
    return specs;
}

void tst_RowExport::tsvQuotesWhatWouldSplitACell()
{
    const TableSpec &agents = *Schema::table(QStringLiteral("agents"));
    const auto specs = columns(agents, {QStringLiteral("name"), QStringLiteral("instructions"), QStringLiteral("created_at")});
    const QDateTime created(QDate(2025, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
    const QString tsv = RowExport::toTsv(specs, {{QStringLiteral("Helper"), QStringLiteral("Say \"hi\"\tthen\nstop"), created},
                                                 {QStringLiteral("Plain"), QVariant(), QVariant()}});
    QCOMPARE(tsv, QStringLiteral("name\tinstructions\tcreated_at\n"
                                 "Helper\t\"Say \"\"hi\"\"\tthen\nstop\"\t2025-03-04 05:06:07.008000\n"
                                 "Plain\t\t\n"));
}

void tst_RowExport::jsonKeepsTypes()
{
    const TableSpec &users = *Schema::table(QStringLiteral("users"));
    const auto specs = columns(users, {QStringLiteral("email"), QStringLiteral("hashed_password"), QStringLiteral("is_active"),
                                       QStringLiteral("roles"), QStringLiteral("created_at")});
    const QString json = RowExport::toJson(specs, {{QStringLiteral("a@b.test"), QStringLiteral("$2b$12$secret"), true,
                                                    QStringLiteral("[\"admin\"]"), QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC)}});
    const auto parsed = nlohmann::json::parse(json.toStdString());
    QCOMPARE(parsed.size(), size_t(1));
    const auto &row = parsed.at(0);
    QCOMPARE(row.at("email").get<std::string>(), std::string("a@b.test"));
    QVERIFY(!row.contains("hashed_password"));
    QVERIFY(!json.contains(QLatin1String("secret")));
    QCOMPARE(row.at("is_active").get<bool>(), true);
    QCOMPARE(row.at("roles").at(0).get<std::string>(), std::string("admin"));
    QCOMPARE(row.at("created_at").get<std::string>(), std::string("2025-01-02T03:04:00.000000Z"));
}

QTEST_GUILESS_MAIN(tst_RowExport)
#include "tst_rowexport.moc"
