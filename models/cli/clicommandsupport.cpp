#include "clicommand.h"
#include <QCommandLineParser>
#include <QDate>

namespace {

// Gives the messages every command shares their own translation context.
struct CliCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandSupport)
};


void printHelp(QTextStream &out, const CliHelp &help, const QCommandLineParser &parser)
{
    out << help.usage << "\n\n" << help.description << "\n\n";
    // The parser's own text, without its first line (it names the program, not the command).
    const QString options = parser.helpText();
    out << options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed() << '\n';
}

} // namespace

QCommandLineOption CliCommands::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CliCommandSupport::tr("Show this help."));
}

std::optional<int> CliCommands::parse(QCommandLineParser &parser, const QStringList &arguments, const char *command,
                                      const CliHelp &help, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption helpOption = CliCommands::helpOption();
    parser.addOption(helpOption);
    if (!parser.parse(arguments))
        return usageError(err, command, parser.errorText());
    if (parser.isSet(helpOption)) {
        printHelp(out, help, parser);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, command, CliCommandSupport::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

void CliCommands::printError(QTextStream &err, const char *command, const QString &message)
{
    err << CliCommandSupport::tr("afadmin-cli %1: %2").arg(QLatin1String(command), message) << '\n';
}

int CliCommands::usageError(QTextStream &err, const char *command, const QString &message)
{
    printError(err, command, message);
    err << CliCommandSupport::tr("Run afadmin-cli %1 --help for the options.").arg(QLatin1String(command)) << '\n';
    return 2;
}

QString CliCommands::readSeed(const QString &text, quint32 *seed)
{
    bool ok = false;
    const quint32 value = text.toUInt(&ok);
    if (!ok)
        return CliCommandSupport::tr("the seed \"%1\" is not a whole number from 0 to 4294967295.").arg(text);
    *seed = value;
    return {};
}

QString CliCommands::readAnchorDate(const QString &text, QDate *date)
{
    const QDate value = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!value.isValid())
        return CliCommandSupport::tr("the anchor date \"%1\" is not a date in the form YYYY-MM-DD.").arg(text);
    *date = value;
    return {};
}
