#pragma once
#include <QString>

// The two databases the platform runs on: PostgreSQL in production, SQLite in development.
enum class Backend { SQLite, PostgreSQL };

inline QString backendName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

inline QString qtDriverName(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}
