#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QDate;

// One afadmin-cli subcommand. Exit codes: 0 success, 1 the command ran and found a problem
// (drift, failed check), 2 bad usage or the database cannot be opened.
struct CliCommand
{
    const char *name;
    const char *summary;  // untranslated; shown by afadmin-cli --help
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// A command's --help page: its usage line and what it does; the parser lists the options.
struct CliHelp
{
    QString usage;
    QString description;
};

namespace CliCommands {
const QList<CliCommand> &all();
// Resolves --database-url or, without it, the DATABASE_URL environment variable.
QString databaseUrlFrom(const QString &option);

// What the commands share in reading their options (clicommandsupport.cpp). command is the
// name their messages start with: "afadmin-cli demo: ...".

// -h/--help, answered by the command: QCommandLineParser's own would print to stdout and
// exit() past our streams.
QCommandLineOption helpOption();
// Adds helpOption() after the command's options and parses arguments: --help prints the help
// page (exit 0), an unknown option or a stray argument is a usage error (exit 2). nullopt: the
// options are read, run the command.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const char *command,
                         const CliHelp &help, QTextStream &out, QTextStream &err);
// "afadmin-cli <command>: <message>" on err.
void printError(QTextStream &err, const char *command, const QString &message);
// printError() and where to find the options; returns 2, the exit code for bad usage.
int usageError(QTextStream &err, const char *command, const QString &message);
// --seed and --anchor-date (YYYY-MM-DD) values: an empty answer when text is good, else the
// usage error to report. The target is set only when the text is good.
QString readSeed(const QString &text, quint32 *seed);
QString readAnchorDate(const QString &text, QDate *date);
} // namespace CliCommands
