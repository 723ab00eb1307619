#pragma once
#include "connectionsettings.h"
#include <QCoreApplication>
#include <QSqlDatabase>

// Opens a named QSqlDatabase from ConnectionSettings and, when that fails, says which of the
// usual things went wrong. Connections belong to the thread that opens them.
class DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)
public:
    enum class Failure {
        None,
        MissingFile,       // SQLite file does not exist
        NotADatabase,      // SQLite file is corrupt or not SQLite at all
        Refused,           // nothing listens at host:port
        UnknownHost,
        AuthFailed,        // wrong password or user
        MissingDatabase,   // server reached, database absent
        Other,
    };
    enum class Mode { OpenExisting, CreateIfMissing };

    struct Result
    {
        Failure failure = Failure::None;
        QString message;  // translated, names what failed
        bool ok() const { return failure == Failure::None; }
    };

    explicit DatabaseConnection(const QString &name);
    ~DatabaseConnection();  // closes and removes the connection
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    Result open(const ConnectionSettings &settings, Mode mode = Mode::OpenExisting);
    QSqlDatabase database() const;
    QString name() const { return m_name; }

    static Backend backendOf(const QSqlDatabase &db);
    static QString uniqueName(const QString &prefix);

private:
    QString m_name;
};
