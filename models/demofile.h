#pragma once
#include <QCoreApplication>
#include <QString>

class DemoDatabase;

// The demo database as a SQLite file: built beside the target and renamed over it when
// complete, so a failure (or a crash) never leaves half a demo where the app looks for one.
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(DemoFile)
public:
    // Returns an empty string on success, else a translated message naming the problem.
    static QString create(const QString &path, DemoDatabase &demo);
};
