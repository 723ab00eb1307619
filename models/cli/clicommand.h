#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// One afadmin-cli subcommand. Exit codes: 0 success, 1 the command ran and found a problem
// (drift, failed check), 2 bad usage or the database cannot be opened.
struct CliCommand
{
    const char *name;
    const char *summary;  // untranslated; shown by afadmin-cli --help
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

namespace CliCommands {
const QList<CliCommand> &all();
// Resolves --database-url or, without it, the DATABASE_URL environment variable.
QString databaseUrlFrom(const QString &option);
}
