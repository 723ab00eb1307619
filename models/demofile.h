#pragma once
#include <QCoreApplication>
#include <QString>

class DemoDatabase;

// The demo database as a SQLite file: built beside the target and renamed over it when
// complete, so a failure (or a crash) never leaves half a demo where the app looks for one,
// and a replaced file stays until its successor is whole.
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(DemoFile)
public:
    enum class Failure { None, CannotOpen, CannotFill, CannotMove };
    struct Result
    {
        Failure failure = Failure::None;
        QString message;  // translated, names the problem
        bool ok() const { return failure == Failure::None; }
    };
    enum class Folder { MustExist, Create };

    static Result create(const QString &path, DemoDatabase &demo, Folder folder);
};
