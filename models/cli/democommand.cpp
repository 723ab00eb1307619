#include "cli/clicommand.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "demodatabase.h"
#include "demofile.h"
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

// afadmin-cli demo: the reproducible demo database, as a new SQLite file or into an empty
// database given by URL.

namespace {

// A class only for tr()'s context, so lupdate files these strings under "DemoCommand".
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    static constexpr char Name[] = "demo";  // messages start "afadmin-cli demo: "
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static CliHelp help();
    static int fill(const QString &connectionName, const ConnectionSettings &settings,
                    const DemoDatabase::ProgressHandler &progress, DemoDatabase &demo, QTextStream &err, bool checkTables);
    static void printSummary(QTextStream &out, const DemoDatabase &demo, const QString &where);
};

CliHelp DemoCommand::help()
{
    return {tr("Usage: afadmin-cli demo (--output PATH | --database-url URL) [--seed N] "
               "[--anchor-date YYYY-MM-DD] [--force]"),
            tr("Creates the Agent Factory schema and fills it with a reproducible demo data set: "
               "6 tenants, their users, agents, workflows, executions, billing and 12 months of "
               "audit logs. The same seed and anchor date always give the same rows.")};
}

int DemoCommand::fill(const QString &connectionName, const ConnectionSettings &settings,
                      const DemoDatabase::ProgressHandler &progress, DemoDatabase &demo, QTextStream &err, bool checkTables)
{
    DatabaseConnection connection(connectionName);
    const auto opened = connection.open(settings, DatabaseConnection::Mode::CreateIfMissing);
    if (!opened.ok()) {
        CliCommands::printError(err, Name, opened.message);
        return 2;
    }
    if (checkTables) {
        const QStringList existing = DemoDatabase::existingTables(connection.database());
        if (!existing.isEmpty()) {
            const QString message = tr("the database already has the table \"%1\". The demo only goes into a "
                                       "database without Agent Factory tables.").arg(existing.constFirst());
            CliCommands::printError(err, Name, message);
            return 2;
        }
    }
    demo.setProgressHandler(progress);
    if (!demo.create(connection.database())) {
        CliCommands::printError(err, Name, demo.errorString());
        return 1;
    }
    return 0;
}

void DemoCommand::printSummary(QTextStream &out, const DemoDatabase &demo, const QString &where)
{
    out << tr("Demo database created in %1 (seed %2, anchor date %3).")
               .arg(where).arg(demo.seed()).arg(demo.anchorDate().toString(Qt::ISODate))
        << "\n\n"
        << tr("Demo accounts:") << '\n';
    for (const DemoAccount &account : DemoDatabase::accounts())
        out << "  " << account.email.leftJustified(28) << ' ' << account.password.leftJustified(16) << ' '
            << account.role << '\n';
    out << "  " << tr("any other user").leftJustified(28) << ' ' << DemoDatabase::memberPassword().leftJustified(16)
        << ' ' << tr("Tenant member") << "\n\n"
        << tr("Rows per table:") << '\n';
    for (const DemoTableCount &count : demo.rowCounts())
        out << "  " << count.table.leftJustified(16) << ' ' << QString::number(count.rows).rightJustified(7) << '\n';
}

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write a new SQLite file at <path>."), tr("path"));
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       tr("Fill the database at <url> (SQLAlchemy form); it must have no Agent Factory tables."),
                                       tr("url"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 42)."), tr("n"),
                                        QString::number(DemoDatabase::DefaultSeed));
    const QCommandLineOption anchorOption(QStringLiteral("anchor-date"),
                                          tr("Date the data leads up to, YYYY-MM-DD (default today, UTC)."), tr("date"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Replace the --output file if it exists."));
    parser.addOptions({outputOption, urlOption, seedOption, anchorOption, forceOption});
    if (const std::optional<int> done = CliCommands::parse(parser, arguments, Name, help(), out, err))
        return *done;

    const auto usageError = [&err](const QString &message) { return CliCommands::usageError(err, Name, message); };
    const bool toFile = parser.isSet(outputOption);
    if (toFile == parser.isSet(urlOption))
        return usageError(tr("give either --output PATH or --database-url URL."));
    if (parser.isSet(forceOption) && !toFile)
        return usageError(tr("--force only applies to --output."));

    quint32 seed = 0;
    if (const QString error = CliCommands::readSeed(parser.value(seedOption), &seed); !error.isEmpty())
        return usageError(error);
    QDate anchor;
    if (parser.isSet(anchorOption)) {
        if (const QString error = CliCommands::readAnchorDate(parser.value(anchorOption), &anchor); !error.isEmpty())
            return usageError(error);
    }

    DemoDatabase demo(seed, anchor);
    const DemoDatabase::ProgressHandler progress = [&err](const QString &message) {
        err << message << "...\n";
        err.flush();
    };
    const QString connectionName = DatabaseConnection::uniqueName(QStringLiteral("cli-demo"));

    if (!toFile) {
        const auto parsed = DatabaseUrl::parse(parser.value(urlOption));
        if (!parsed.settings)
            return usageError(parsed.error);
        const int code = fill(connectionName, *parsed.settings, progress, demo, err, true);
        if (code == 0)
            printSummary(out, demo, parsed.settings->displayName());
        return code;
    }

    const QString path = QFileInfo(parser.value(outputOption)).absoluteFilePath();
    if (QFileInfo::exists(path) && !parser.isSet(forceOption))
        return usageError(tr("%1 already exists; add --force to replace it.").arg(path));
    if (QFileInfo(path).isDir())
        return usageError(tr("%1 is a directory.").arg(path));
    demo.setProgressHandler(progress);
    const DemoFile::Result result = DemoFile::create(path, demo, DemoFile::Folder::MustExist);
    if (!result.ok()) {
        CliCommands::printError(err, Name, result.message);
        return result.failure == DemoFile::Failure::CannotOpen ? 2 : 1;
    }
    printSummary(out, demo, path);
    return 0;
}

} // namespace

int runDemoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return DemoCommand::run(arguments, out, err);
}
