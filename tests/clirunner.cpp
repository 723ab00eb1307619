#include "clirunner.h"
#include <QProcess>
#include <QProcessEnvironment>
#include <unistd.h>

QStringList CliRun::lines() const
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRun runCli(const QString &command, const QStringList &arguments, const QString &databaseUrlEnvironment, int timeoutMs)
{
    CliInput input;
    input.databaseUrlEnvironment = databaseUrlEnvironment;
    input.timeoutMs = timeoutMs;
    return runCli(command, arguments, input);
}

CliRun runCli(const QString &command, const QStringList &arguments, const CliInput &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DATABASE_URL"));
    environment.remove(QStringLiteral("AFADMIN_OPERATOR_PASSWORD"));
    if (!input.databaseUrlEnvironment.isEmpty())
        environment.insert(QStringLiteral("DATABASE_URL"), input.databaseUrlEnvironment);
    for (const auto &variable : input.environment) {
        if (variable.second.isNull())
            environment.remove(variable.first);
        else
            environment.insert(variable.first, variable.second);
    }
    process.setProcessEnvironment(environment);
    // A session of its own: with no controlling terminal it never stops to ask for a password.
    process.setChildProcessModifier([] { ::setsid(); });
    // AFADMIN_CLI_PATH: the afadmin-cli this build made (tests/CMakeLists.txt).
    process.start(QStringLiteral(AFADMIN_CLI_PATH), QStringList{command} + arguments);
    process.write(input.standardInput.toUtf8());
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(input.timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("afadmin-cli did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
