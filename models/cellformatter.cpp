#include "cellformatter.h"
#include "jsontext.h"
#include "schema.h"
#include "valuecodec.h"
#include <QDateTime>
#include <QLocale>
#include <atomic>

namespace {

constexpr int previewLength = 80;
constexpr int toolTipLength = 2000;

// Set from the GUI thread, read by whichever thread formats (copy and export run on workers).
std::atomic<Preferences::TimeDisplay> shownTime{Preferences::TimeDisplay::Local};

QString elide(const QString &text, int length)
{
    return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
}

} // namespace

QString CellFormatter::nullText()
{
    return QStringLiteral("\u2014");  // an em dash: visibly "nothing", unlike an empty string
}

QString CellFormatter::shownDateTime(const QDateTime &utc)
{
    if (shownTime.load() == Preferences::TimeDisplay::Utc)
        return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void CellFormatter::setTimeDisplay(Preferences::TimeDisplay display)
{
    shownTime.store(display);
}

Preferences::TimeDisplay CellFormatter::timeDisplay()
{
    return shownTime.load();
}

QString CellFormatter::display(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull())
        return nullText();
    if (column.isSecret())
        return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
    switch (column.type) {
    case LogicalType::Boolean:
        return value.toBool() ? QStringLiteral("\u2713") : QString();
    case LogicalType::DateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? shownDateTime(dt) : value.toString();
    }
    case LogicalType::Json:
        return JsonText::preview(value.toString(), previewLength);
    case LogicalType::Text:
        return elide(value.toString().simplified(), previewLength * 2);
    case LogicalType::Float:
        if (value.metaType().id() == QMetaType::QString)  // a drifted column's text
            return value.toString();
        return QLocale().toString(value.toDouble(), 'g', 12);
    case LogicalType::Integer:
        if (value.metaType().id() == QMetaType::QString)
            return value.toString();
        return QLocale().toString(value.toLongLong());
    case LogicalType::Id:
    case LogicalType::String:
        return value.toString();
    }
    return value.toString();
}

QString CellFormatter::toolTip(const ColumnSpec &column, const QVariant &value)
{
    if (value.isNull())
        return tr("NULL");
    if (column.isSecret())
        return tr("Hidden: a hash, never shown");
    switch (column.type) {
    case LogicalType::DateTime: {
        const QDateTime dt = value.toDateTime();
        return dt.isValid() ? tr("%1 UTC").arg(ValueCodec::encodeDateTime(dt)) : value.toString();
    }
    case LogicalType::Json:
        return elide(JsonText::pretty(value.toString()), toolTipLength);
    case LogicalType::Text:
        return elide(value.toString(), toolTipLength);
    case LogicalType::Id:
    case LogicalType::String:
        return elide(value.toString(), toolTipLength);  // the whole value behind an elided cell
    default:
        return {};
    }
}

Qt::Alignment CellFormatter::alignment(const ColumnSpec &column)
{
    switch (column.type) {
    case LogicalType::Integer:
    case LogicalType::Float:
        return Qt::AlignRight | Qt::AlignVCenter;
    case LogicalType::Boolean:
        return Qt::AlignCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

int CellFormatter::preferredWidth(const ColumnSpec &column)
{
    switch (column.type) {
    case LogicalType::Boolean:
    case LogicalType::Integer:
    case LogicalType::Float:
        return 90;
    case LogicalType::DateTime:
        return 150;
    case LogicalType::Id:
        return 110;
    default:
        return 190;
    }
}
