#include "cli/clicommand.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "driftcheck.h"
#include "schemainspector.h"
#include <QCommandLineParser>

namespace {

// Gives this command's messages their own translation context.
struct CheckSchemaCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckSchemaCommand)
};

} // namespace

// afadmin-cli check-schema: the drift check for scripts and CI. Differences go to stdout, one
// per line, so they can be diffed or grepped; the verdict goes to stderr.
int runCheckSchemaCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckSchemaCommand::tr("Compares the database's real schema with the Agent Factory data model.\n"
               "Prints one line per difference on standard output.\n"
               "Exit codes: 0 the schema matches, 1 it differs, 2 the database cannot be checked."));
    const QCommandLineOption helpOption = CliCommands::helpOption();
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       CheckSchemaCommand::tr("SQLAlchemy URL of the database (default: the DATABASE_URL environment variable)."),
                                       QStringLiteral("URL"));
    parser.addOption(helpOption);
    parser.addOption(urlOption);
    if (!parser.parse(arguments)) {
        err << "check-schema: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(), QStringLiteral("afadmin-cli check-schema"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "check-schema: " << CheckSchemaCommand::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << '\n';
        return 2;
    }

    const QString url = CliCommands::databaseUrlFrom(parser.value(urlOption));
    if (url.isEmpty()) {
        err << "check-schema: " << CheckSchemaCommand::tr("No database given: pass --database-url URL or set DATABASE_URL.") << '\n';
        return 2;
    }
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(url);
    if (!parsed.settings) {
        err << "check-schema: " << parsed.error << '\n';
        return 2;
    }

    // OpenExisting: checking a mistyped SQLite path must not leave an empty file behind.
    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("check-schema")));
    const DatabaseConnection::Result opened = connection.open(*parsed.settings, DatabaseConnection::Mode::OpenExisting);
    if (!opened.ok()) {
        err << "check-schema: " << opened.message << '\n';
        return 2;
    }
    const SchemaInspector::Result inspected = SchemaInspector::inspect(connection.database());
    if (!inspected.ok()) {
        err << "check-schema: " << inspected.error << '\n';
        return 2;
    }
    const DriftReport report = DriftCheck::compare(inspected.schema);
    const QString where = parsed.settings->displayName();
    if (!report.isAgentFactoryDatabase()) {
        err << "check-schema: " << CheckSchemaCommand::tr("%1 is not an Agent Factory database. %2").arg(where, report.notAgentFactoryReason())
            << '\n';
        return 2;
    }

    for (const QString &line : report.lines())
        out << line << '\n';
    if (report.isClean()) {
        err << CheckSchemaCommand::tr("The schema of %1 matches the data model.").arg(where) << '\n';
        return 0;
    }
    // No plural forms here: afadmin-cli loads no translator, so "%n difference(s)" would show as is.
    err << CheckSchemaCommand::tr("Differences between %1 and the data model: %2.").arg(where).arg(report.items().size()) << '\n';
    if (report.oldMigrationCount() > 0)
        err << CheckSchemaCommand::tr("Of these, known from the old migration (data-model.md, \"Migration Status\"): %1.")
                   .arg(report.oldMigrationCount())
            << '\n';
    return 1;
}
