#include "clirunner.h"
#include <QProcess>
#include <QProcessEnvironment>

QStringList CliRun::lines() const
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRun runCli(const QString &command, const QStringList &arguments, const QString &databaseUrlEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DATABASE_URL"));
    if (!databaseUrlEnvironment.isEmpty())
        environment.insert(QStringLiteral("DATABASE_URL"), databaseUrlEnvironment);
    process.setProcessEnvironment(environment);
    // AFADMIN_CLI_PATH: the afadmin-cli this build made (tests/CMakeLists.txt).
    process.start(QStringLiteral(AFADMIN_CLI_PATH), QStringList{command} + arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
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
