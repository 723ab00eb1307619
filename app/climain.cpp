#include "cli/clicommand.h"
#include "translationloader.h"
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

struct CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
};

void printUsage(QTextStream &out)
{
    out << CliMain::tr("Usage: afadmin-cli COMMAND [OPTIONS]") << "\n\n"
        << CliMain::tr("Agent Factory Admin on the command line.") << "\n\n"
        << CliMain::tr("Commands:") << '\n';
    for (const CliCommand &command : CliCommands::all())
        out << "  " << QString::fromLatin1(command.name).leftJustified(14) << ' '
            << QCoreApplication::translate("CliCommand", command.summary) << '\n';
    out << '\n' << CliMain::tr("Options:") << '\n'
        << "  -h, --help     " << CliMain::tr("Show this help.") << '\n'
        << "  --version      " << CliMain::tr("Show the version.") << "\n\n"
        << CliMain::tr("Run afadmin-cli COMMAND --help for a command's options.") << "\n\n"
        << CliMain::tr("Environment:") << '\n'
        << "  DATABASE_URL               " << CliMain::tr("the database, when --database-url is not given") << '\n'
        << "  AFADMIN_OPERATOR_PASSWORD  " << CliMain::tr("the operator's password for user commands (else asked on the terminal)") << "\n\n"
        << CliMain::tr("Exit codes:") << '\n'
        << "  0    " << CliMain::tr("success") << '\n'
        << "  1    " << CliMain::tr("the command found a problem (schema drift, refused input)") << '\n'
        << "  2    " << CliMain::tr("bad usage, or the database cannot be opened or is not an Agent Factory database") << '\n'
        << "  130  " << CliMain::tr("interrupted (Ctrl+C); an export leaves no file") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentFactory"));
    QCoreApplication::setApplicationName(QStringLiteral("afadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFADMIN_VERSION));
    TranslationLoader::install(&app);
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
    err << CliMain::tr("afadmin-cli: unknown command \"%1\"").arg(commandName) << "\n\n";
    printUsage(err);
    return 2;
}
