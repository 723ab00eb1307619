#include "clicommand.h"

// Each command lives in its own file; this list is the one place that names them all.
int runCheckSchemaCommand(const QStringList &, QTextStream &, QTextStream &);
int runDemoCommand(const QStringList &, QTextStream &, QTextStream &);
int runExportCommand(const QStringList &, QTextStream &, QTextStream &);
int runSeedCommand(const QStringList &, QTextStream &, QTextStream &);
int runUserCommand(const QStringList &, QTextStream &, QTextStream &);

const QList<CliCommand> &CliCommands::all()
{
    static const QList<CliCommand> commands = {
        // AFADMIN-CLI-COMMANDS (one line per command, keep sorted)
        {"check-schema", QT_TRANSLATE_NOOP("CliCommand", "Compare the database's schema with the data model"),
         runCheckSchemaCommand},
        {"demo", QT_TRANSLATE_NOOP("CliCommand", "Create the demo database"), runDemoCommand},
        {"export", QT_TRANSLATE_NOOP("CliCommand", "Export a table's rows, filtered, as CSV, JSON or JSON Lines"),
         runExportCommand},
        {"seed", QT_TRANSLATE_NOOP("CliCommand", "Append millions of realistic rows to big tables"), runSeedCommand},
        {"user", QT_TRANSLATE_NOOP("CliCommand", "Create a user or set a user's password, as a signed-in operator"),
         runUserCommand},
    };
    return commands;
}

QString CliCommands::databaseUrlFrom(const QString &option)
{
    return option.isEmpty() ? qEnvironmentVariable("DATABASE_URL") : option;
}
