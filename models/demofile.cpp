#include "demofile.h"
#include "databaseconnection.h"
#include "demodatabase.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

QString DemoFile::create(const QString &path, DemoDatabase &demo)
{
    const QFileInfo target(path);
    if (target.isDir())
        return tr("%1 is a directory.").arg(target.absoluteFilePath());
    if (!QDir().mkpath(target.absolutePath()))
        return tr("Cannot create the folder %1.").arg(target.absolutePath());
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".tmp");
    QFile::remove(temporary);
    {
        ConnectionSettings settings;
        settings.backend = Backend::SQLite;
        settings.sqlitePath = temporary;
        DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("demo-file")));
        const DatabaseConnection::Result opened = connection.open(settings, DatabaseConnection::Mode::CreateIfMissing);
        if (!opened.ok()) {
            QFile::remove(temporary);
            return opened.message;
        }
        if (!demo.create(connection.database())) {
            const QString error = demo.errorString();
            connection.database().close();
            QFile::remove(temporary);
            return error;
        }
    }
    // rename(2) replaces the target in one step, where QFile::rename refuses an existing file.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return tr("Cannot move %1 to %2.").arg(temporary, target.absoluteFilePath());
    }
    return {};
}
