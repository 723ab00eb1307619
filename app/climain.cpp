#include "cli/clicommand.h"
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: afadmin-cli COMMAND [OPTIONS]\n\n"
        << "Agent Factory Admin on the command line.\n\nCommands:\n";
    for (const CliCommand &command : CliCommands::all())
        out << "  " << QString::fromLatin1(command.name).leftJustified(14) << ' '
            << QCoreApplication::translate("CliCommand", command.summary) << '\n';
    out << "\nRun afadmin-cli COMMAND --help for a command's options.\n"
        << "Exit codes: 0 success, 1 the command found a problem (e.g. schema drift), "
           "2 bad usage or the database cannot be opened.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentFactory"));
    QCoreApplication::setApplicationName(QStringLiteral("afadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFADMIN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    const QString commandName = arguments.value(1);
    if (commandName.isEmpty() || commandName == QLatin1String("--help") || commandName == QLatin1String("-h")) {
        printUsage(out);
        return commandName.isEmpty() ? 2 : 0;
    }
    if (commandName == QLatin1String("--version")) {
        out << "afadmin-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const CliCommand &command : CliCommands::all()) {
        if (commandName == QLatin1String(command.name)) {
            arguments.removeAt(1);  // the command's parser sees "afadmin-cli --its-options"
            return command.run(arguments, out, err);
        }
    }
    err << "afadmin-cli: unknown command \"" << commandName << "\"\n\n";
    printUsage(err);
    return 2;
}
