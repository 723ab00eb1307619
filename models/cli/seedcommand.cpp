#include "bulkseeder.h"
#include "cli/clicommand.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include <QCommandLineParser>
#include <QElapsedTimer>

// afadmin-cli seed: millions of realistic rows appended to an existing Agent Factory database,
// for trying the app (and benchmarking it) at production scale.

namespace {

// A count past this would run for days and fill the disk (10 M rows take a minute): a typo's
// extra digits or a pasted 2^63 - 1, never a plan.
constexpr qint64 MaxRowsPerTable = 1000000000;

// A class only for tr()'s context, so lupdate files these strings under "SeedCommand".
class SeedCommand
{
    Q_DECLARE_TR_FUNCTIONS(SeedCommand)
public:
    static constexpr char Name[] = "seed";  // messages start "afadmin-cli seed: "
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static CliHelp help();
    static QString duration(qint64 ms);
    static QString rate(qint64 rows, qint64 ms);
};

CliHelp SeedCommand::help()
{
    return {tr("Usage: afadmin-cli seed [--database-url URL] [--audit-logs N] [--executions N] [--usage-records N] "
               "[--seed S] [--batch-size B] [--anchor-date YYYY-MM-DD]"),
            tr("Appends N realistic rows to each named table of an existing Agent Factory database (made by "
               "afadmin-cli demo, for example), pointing at the tenants, users, agents, workflows and subscriptions "
               "already there, spread over the 12 months before the anchor date. PostgreSQL gets the rows through "
               "COPY, SQLite through batched multi-row INSERTs; each batch is one transaction. The same database, "
               "seed and anchor date always give the same rows. Without --database-url, DATABASE_URL is used.")};
}

QString SeedCommand::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString SeedCommand::rate(qint64 rows, qint64 ms)
{
    return tr("%1 rows/s").arg(ms > 0 ? qint64(double(rows) * 1000.0 / double(ms)) : rows);
}

int SeedCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       tr("The database to fill (SQLAlchemy form); default: DATABASE_URL."), tr("url"));
    const QCommandLineOption auditOption(QStringLiteral("audit-logs"), tr("Rows to add to audit_logs."), tr("n"), QStringLiteral("0"));
    const QCommandLineOption executionsOption(QStringLiteral("executions"), tr("Rows to add to executions."), tr("n"),
                                              QStringLiteral("0"));
    const QCommandLineOption usageOption(QStringLiteral("usage-records"), tr("Rows to add to usage_records."), tr("n"),
                                         QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 42)."), tr("s"), QStringLiteral("42"));
    const QCommandLineOption batchOption(QStringLiteral("batch-size"), tr("Rows per transaction (default %1).").arg(SeedPlan().batchSize),
                                         tr("b"), QString::number(SeedPlan().batchSize));
    const QCommandLineOption anchorOption(QStringLiteral("anchor-date"),
                                          tr("Date the rows lead up to, YYYY-MM-DD (default today, UTC)."), tr("date"));
    parser.addOptions({urlOption, auditOption, executionsOption, usageOption, seedOption, batchOption, anchorOption});
    if (const std::optional<int> done = CliCommands::parse(parser, arguments, Name, help(), out, err))
        return *done;

    const auto usageError = [&err](const QString &message) { return CliCommands::usageError(err, Name, message); };

    SeedPlan plan;
    auto count = [&](const QCommandLineOption &option, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        return ok && *value >= 0;
    };
    for (const auto &[option, target] : {std::pair{&auditOption, &plan.auditLogs}, std::pair{&executionsOption, &plan.executions},
                                         std::pair{&usageOption, &plan.usageRecords}}) {
        if (!count(*option, target))
            return usageError(tr("--%1 \"%2\" is not a whole number of rows.").arg(option->names().constFirst(), parser.value(*option)));
        if (*target > MaxRowsPerTable)
            return usageError(tr("--%1 \"%2\" is more rows than one run adds (at most %3).")
                                  .arg(option->names().constFirst(), parser.value(*option)).arg(MaxRowsPerTable));
    }
    if (plan.auditLogs + plan.executions + plan.usageRecords == 0)
        return usageError(tr("give the rows to add with --audit-logs, --executions or --usage-records."));
    if (const QString error = CliCommands::readSeed(parser.value(seedOption), &plan.seed); !error.isEmpty())
        return usageError(error);
    bool ok = false;
    plan.batchSize = parser.value(batchOption).toInt(&ok);
    if (!ok || plan.batchSize < 1)
        return usageError(tr("the batch size \"%1\" is not a whole number from 1 to 2147483647.").arg(parser.value(batchOption)));
    if (parser.isSet(anchorOption)) {
        if (const QString error = CliCommands::readAnchorDate(parser.value(anchorOption), &plan.anchorDate); !error.isEmpty())
            return usageError(error);
    }
    const QString url = CliCommands::databaseUrlFrom(parser.value(urlOption));
    if (url.isEmpty())
        return usageError(tr("give --database-url URL or set DATABASE_URL."));
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed.settings)
        return usageError(parsed.error);

    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("cli-seed")));
    const auto opened = connection.open(*parsed.settings, DatabaseConnection::Mode::OpenExisting);
    if (!opened.ok()) {
        CliCommands::printError(err, Name, opened.message);
        return 2;
    }

    BulkSeeder seeder(plan);
    // One line, rewritten in place at most five times a second: a terminal shows it live, and
    // a log keeps it short.
    QElapsedTimer sinceLine;
    sinceLine.start();
    int lineLength = 0;
    seeder.setProgressHandler([&](const SeedProgress &p) {
        if (sinceLine.elapsed() < 200 && p.rows < p.total)
            return;
        sinceLine.restart();
        const double perSecond = p.elapsedMs > 0 ? double(p.rows) * 1000.0 / double(p.elapsedMs) : 0.0;
        const qint64 etaMs = perSecond > 0 ? qint64(double(p.total - p.rows) / perSecond * 1000.0) : 0;
        const QString line = tr("%1: %2 / %3 rows (%4 %), %5, ETA %6")
                                 .arg(p.table).arg(p.rows).arg(p.total)
                                 .arg(p.total > 0 ? 100.0 * double(p.rows) / double(p.total) : 100.0, 0, 'f', 1)
                                 .arg(rate(p.rows, p.elapsedMs), duration(etaMs));
        err << '\r' << line << QString(qMax(0, lineLength - int(line.size())), QLatin1Char(' '));
        lineLength = int(line.size());
        err.flush();
    });
    const bool seeded = seeder.run(connection.database());
    if (lineLength > 0)
        err << '\n';
    if (!seeded) {
        CliCommands::printError(err, Name, seeder.errorString());
        for (const SeedTableResult &r : seeder.results()) {
            if (r.rows > 0)
                CliCommands::printError(err, Name, tr("%1 rows were added to %2 before the failure.").arg(r.rows).arg(r.table));
        }
        return seeder.failure() == BulkSeeder::Failure::Write ? 1 : 2;
    }

    out << tr("Seeded %1 (seed %2, rows in the 12 months before %3) by %4:")
               .arg(parsed.settings->displayName()).arg(plan.seed)
               .arg(seeder.anchorDate().toString(Qt::ISODate), seeder.method())
        << '\n';
    qint64 rows = 0;
    qint64 ms = 0;
    for (const SeedTableResult &r : seeder.results()) {
        out << "  " << r.table.leftJustified(14) << ' ' << tr("%1 rows").arg(r.rows).rightJustified(15) << "  "
            << duration(r.elapsedMs).rightJustified(9) << "  " << rate(r.rows, r.elapsedMs).rightJustified(16) << '\n';
        rows += r.rows;
        ms += r.elapsedMs;
    }
    out << "  " << tr("total").leftJustified(14) << ' ' << tr("%1 rows").arg(rows).rightJustified(15) << "  "
        << duration(ms).rightJustified(9) << "  " << rate(rows, ms).rightJustified(16) << '\n';
    return 0;
}

} // namespace

int runSeedCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return SeedCommand::run(arguments, out, err);
}
