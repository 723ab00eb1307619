#pragma once
#include "backend.h"
#include <QDateTime>
#include <QVariant>

struct ColumnSpec;

// Values as the platform's SQLAlchemy writes and reads them: lower-case uuid4 ids, naive-UTC
// datetimes ("2024-02-01 00:00:00.000000" text on SQLite), JSON as text, booleans as 0/1.
class ValueCodec
{
public:
    static QString newId();
    static QDateTime nowUtc();

    // "YYYY-MM-DD HH:MM:SS.ffffff", the text SQLAlchemy's SQLite dialect writes and compares.
    static QString encodeDateTime(const QDateTime &value);
    // Accepts SQLite text (with or without a fraction) and QPSQL's QDateTime, which Qt tags as
    // local time although the column is naive UTC. Returns an invalid QDateTime when unreadable.
    static QDateTime decodeDateTime(const QVariant &stored);

    // An application value (QDateTime, bool, double, JSON text...) as the value to bind.
    static QVariant toStorage(const ColumnSpec &column, const QVariant &value);
    // A value read from the driver as the application value for the column's logical type.
    static QVariant fromStorage(const ColumnSpec &column, const QVariant &stored);
    // The value the app fills in on INSERT when the user left the column out.
    static QVariant defaultFor(const ColumnSpec &column);
};
