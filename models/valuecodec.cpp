#include "valuecodec.h"
#include "schema.h"
#include <QRegularExpression>
#include <QUuid>

QString ValueCodec::newId()
{
    // QUuid::createUuid() is a random (version 4) uuid; WithoutBraces gives str(uuid4())'s form.
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime ValueCodec::nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString ValueCodec::encodeDateTime(const QDateTime &value)
{
    const QDateTime utc = value.toUTC();
    // Qt keeps milliseconds; SQLAlchemy always writes six fraction digits.
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("000");
}

QDateTime ValueCodec::decodeDateTime(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (stored.metaType().id() == QMetaType::QDateTime) {
        const QDateTime dt = stored.toDateTime();
        if (dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::UTC)
            return dt.toUTC();
        return QDateTime(dt.date(), dt.time(), Qt::UTC);
    }
    // The pattern SQLAlchemy's SQLite reader uses; the fraction is microseconds.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?"));
    const QRegularExpressionMatch m = pattern.match(stored.toString());
    if (!m.hasMatch())
        return {};
    const QString fraction = m.captured(7).leftJustified(6, QLatin1Char('0'));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     fraction.left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QVariant ValueCodec::toStorage(const ColumnSpec &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    switch (column.type) {
    case LogicalType::DateTime: {
        const QDateTime dt = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime()
                                                                          : decodeDateTime(value);
        // Text on both backends: PostgreSQL casts it to timestamp without the session time
        // zone getting a say, which a bound QDateTime would not guarantee.
        return dt.isValid() ? QVariant(encodeDateTime(dt)) : QVariant(QMetaType::fromType<QString>());
    }
    case LogicalType::Boolean:
        return value.toBool();
    case LogicalType::Integer:
        return value.toLongLong();
    case LogicalType::Float:
        return value.toDouble();
    case LogicalType::Id:
    case LogicalType::String:
    case LogicalType::Text:
    case LogicalType::Json:
        return value.toString();
    }
    return value;
}

QVariant ValueCodec::fromStorage(const ColumnSpec &column, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    switch (column.type) {
    case LogicalType::DateTime: {
        const QDateTime dt = decodeDateTime(stored);
        return dt.isValid() ? QVariant(dt) : stored;
    }
    case LogicalType::Boolean:
        if (stored.metaType().id() == QMetaType::QString)  // PostgreSQL text 't'/'f' via casts
            return stored.toString() == QLatin1String("t") || stored.toString() == QLatin1String("true")
                || stored.toString() == QLatin1String("1");
        return stored.toBool();
    case LogicalType::Integer: {
        // A drifted column (the old migration's string audit id) keeps its text.
        bool ok = false;
        const qlonglong number = stored.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(stored.toString());
    }
    case LogicalType::Float: {
        bool ok = false;
        const double number = stored.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(stored.toString());
    }
    case LogicalType::Id:
    case LogicalType::String:
    case LogicalType::Text:
    case LogicalType::Json:
        return stored.toString();
    }
    return stored;
}

QVariant ValueCodec::defaultFor(const ColumnSpec &column)
{
    switch (column.defaultKind) {
    case ColumnDefault::None:  return {};
    case ColumnDefault::NewId: return newId();
    case ColumnDefault::Now:   return nowUtc();
    case ColumnDefault::Value: return column.defaultValue;
    }
    return {};
}
