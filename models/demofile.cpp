#include "demofile.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace {

void removeTemporary(const QString &temporary)
{
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));  // left by a run that was killed
}

} // namespace

DemoFile::Result DemoFile::create(const QString &path, DemoDatabase &demo, Folder folder)
{
    const QFileInfo target(path);
    if (target.isDir())
        return {Failure::CannotOpen, tr("%1 is a directory.").arg(target.absoluteFilePath())};
    if (folder == Folder::Create && !QDir().mkpath(target.absolutePath()))
        return {Failure::CannotOpen, tr("Cannot create the folder %1.").arg(target.absolutePath())};
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".tmp");
    removeTemporary(temporary);
    {
        ConnectionSettings settings;
        settings.backend = Backend::SQLite;
        settings.sqlitePath = temporary;
        DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("demo-file")));
        const DatabaseConnection::Result opened = connection.open(settings, DatabaseConnection::Mode::CreateIfMissing);
        if (!opened.ok()) {
            removeTemporary(temporary);
            return {Failure::CannotOpen, opened.message};
        }
        if (!demo.create(connection.database())) {
            const QString error = demo.errorString();
            connection.database().close();
            removeTemporary(temporary);
            return {Failure::CannotFill, error};
        }
    }
    // rename(2) replaces the target in one step, where QFile::rename refuses an existing file.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        removeTemporary(temporary);
        return {Failure::CannotMove, tr("Cannot move %1 to %2.").arg(temporary, target.absoluteFilePath())};
    }
    return {};
}
