#pragma once
#include <QString>
#include <QList>
#include <QPair>
#include <QStringList>

// What one run of the built afadmin-cli gave back.
struct CliRun
{
    int exitCode = -1;  // -1: it did not finish (err says why)
    QString out;        // stdout
    QString err;        // stderr
    QStringList lines() const;  // stdout, one entry a line, empty lines left out
};

// Runs "afadmin-cli <command> <arguments>" as a separate process, the way scripts, CI jobs and
// users run it. DATABASE_URL is set to databaseUrlEnvironment, or unset when that is empty, so
// the caller's own environment never leaks in. A run past timeoutMs is killed.
CliRun runCli(const QString &command, const QStringList &arguments, const QString &databaseUrlEnvironment = {},
              int timeoutMs = 180000);

// The same with standard input and extra environment variables (a null value removes one).
struct CliInput
{
    QString databaseUrlEnvironment;
    QString standardInput;
    QList<QPair<QString, QString>> environment;
    int timeoutMs = 180000;
};
CliRun runCli(const QString &command, const QStringList &arguments, const CliInput &input);
