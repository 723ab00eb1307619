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
    // A NUL ends the name for the system: the file would land under a shorter name than asked.
    if (path.contains(QChar(0)))
        return {Failure::CannotOpen, tr("%1 is not a file name: it holds a NUL character.")
                                         .arg(QString(path).replace(QChar(0), QChar(0x2400)))};
    const QFileInfo target(path);
    if (target.isDir())
        return {Failure::CannotOpen, tr("%1 is a directory.").arg(target.absoluteFilePath())};
    if (folder == Folder::Create && !QDir().mkpath(target.absolutePath()))
        return {Failure::CannotOpen, tr("Cannot create the folder %1.").arg(target.absolutePath())};
    // Named here, not by SQLite's "unable to open database file" about a .tmp path never typed.
    if (folder == Folder::MustExist && !QFileInfo(target.absolutePath()).isDir())
        return {Failure::CannotOpen, tr("The folder %1 does not exist.").arg(target.absolutePath())};
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".tmp");
    removeTemporary(temporary);
    {
        // A name the system cannot take (too long, a NUL inside, no permission) is named with the
        // system's reason, not SQLite's "unable to open database file" about a .tmp path.
        QFile probe(temporary);
        if (!probe.open(QIODevice::WriteOnly))
            return {Failure::CannotOpen, tr("Cannot create %1: %2").arg(target.absoluteFilePath(), probe.errorString())};
        probe.close();  // SQLite takes the empty file as a new database
    }
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
