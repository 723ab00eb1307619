#pragma once
#include "connectionsettings.h"
#include <QCoreApplication>
#include <optional>

// Parses the SQLAlchemy URLs the platform's DATABASE_URL uses:
//   sqlite:///relative.db   sqlite:////abs/path.db   sqlite://  (in memory)
//   postgresql[+psycopg2|+psycopg|+asyncpg|+pg8000]://user:pass@host:port/db?sslmode=require
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    struct Parsed
    {
        std::optional<ConnectionSettings> settings;
        QString error;  // translated; says what is wrong with the URL
    };
    static Parsed parse(const QString &text);
};
