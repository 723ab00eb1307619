#pragma once
#include "backend.h"
#include <QList>
#include <QPair>
#include <QString>

// Where a database is, as parsed from a SQLAlchemy URL or a saved profile. The password is
// held only in memory: profiles keep it in the keychain, never beside these fields.
struct ConnectionSettings
{
    Backend backend = Backend::SQLite;
    QString sqlitePath;           // absolute or relative to the working directory; ":memory:" allowed
    QString host;
    int port = 5432;
    QString database;
    QString userName;
    QString password;
    QList<QPair<QString, QString>> options;  // libpq keywords passed through, e.g. sslmode

    QString option(const QString &key) const;
    QString connectOptions() const;          // QSqlDatabase::setConnectOptions() form
    QString displayName() const;             // for the status bar: no password
    QString toUrl(bool withPassword = false) const;
    bool operator==(const ConnectionSettings &other) const;
};
