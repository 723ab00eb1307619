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

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The ASCII digits text[from, from + count) as a number; -1 when one is something else.
int asciiNumber(QStringView text, int from, int count)
{
    int number = 0;
    for (int i = from; i < from + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return -1;
        number = number * 10 + (text[i].unicode() - u'0');
    }
    return number;
}

// Every page row decodes its datetimes, and the regex costs ~8,600 instructions a value:
// the fixed-width text SQLAlchemy and PostgreSQL write is read here directly. Returns false
// when the text is anything else (non-ASCII digits included: the regex's \d matches those),
// and the regex decides, so both paths always agree.
bool decodeFixedWidth(QStringView text, QDateTime *decoded)
{
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u' ' && text[10] != u'T')
        || text[13] != u':' || text[16] != u':')
        return false;
    const int year = asciiNumber(text, 0, 4);
    const int month = asciiNumber(text, 5, 2);
    const int day = asciiNumber(text, 8, 2);
    const int hour = asciiNumber(text, 11, 2);
    const int minute = asciiNumber(text, 14, 2);
    const int second = asciiNumber(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    int micro = 0;
    if (text.size() > 19 && text[19] == u'.') {
        int digits = 0;
        while (digits < 6 && 20 + digits < text.size() && isAsciiDigit(text[20 + digits])) {
            micro = micro * 10 + (text[20 + digits].unicode() - u'0');
            ++digits;
        }
        if (digits < 6 && 20 + digits < text.size() && text[20 + digits].unicode() >= 0x80)
            return false;
        for (int i = digits; i < 6; ++i)
            micro *= 10;  // "0.123" is 123 milliseconds
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, micro / 1000);
    *decoded = date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
    return true;
}

} // namespace

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
    const bool isString = stored.metaType().id() == QMetaType::QString;
    const QString text = isString ? QString() : stored.toString();
    QDateTime decoded;
    if (decodeFixedWidth(isString ? *static_cast<const QString *>(stored.constData()) : text, &decoded))
        return decoded;
    // The pattern SQLAlchemy's SQLite reader uses; the fraction is microseconds.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?"));
    const QRegularExpressionMatch m = pattern.match(isString ? stored.toString() : text);
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
