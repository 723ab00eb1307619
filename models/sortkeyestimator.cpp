#include "sortkeyestimator.h"
#include "schema.h"
#include "valuecodec.h"
#include <cmath>

namespace {

// Strings are read as base-256 numbers after their common prefix: uuids and generated
// names spread evenly enough for a jump to land near where it aimed.
QString interpolateText(const QString &first, const QString &last, double fraction)
{
    const QByteArray a = first.toUtf8();
    const QByteArray b = last.toUtf8();
    int common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    constexpr int digits = 6;
    double x = 0;
    double y = 0;
    for (int i = 0; i < digits; ++i) {
        x = x * 256 + (common + i < a.size() ? quint8(a.at(common + i)) : 0);
        y = y * 256 + (common + i < b.size() ? quint8(b.at(common + i)) : 0);
    }
    double value = x + (y - x) * fraction;
    QByteArray tail(digits, '\0');
    for (int i = digits - 1; i >= 0; --i) {
        tail[i] = char(quint8(std::fmod(value, 256.0)));
        value = std::floor(value / 256.0);
    }
    // Stay inside printable ASCII so the estimate is valid UTF-8 and compares sanely.
    for (char &c : tail)
        c = char(qBound(0x20, int(quint8(c)), 0x7e));
    return QString::fromUtf8(a.left(common) + tail);
}

} // namespace

QVariant SortKeyEstimator::estimate(const ColumnSpec &column, Backend backend, const QVariant &first,
                                    const QVariant &last, double fraction)
{
    Q_UNUSED(backend);
    if (first.isNull() || last.isNull() || !first.isValid() || !last.isValid())
        return {};
    fraction = qBound(0.0, fraction, 1.0);
    switch (column.type) {
    case LogicalType::Integer: {
        const double a = first.toDouble();
        return qlonglong(std::llround(a + (last.toDouble() - a) * fraction));
    }
    case LogicalType::Float: {
        const double a = first.toDouble();
        return a + (last.toDouble() - a) * fraction;
    }
    case LogicalType::DateTime: {
        const QDateTime a = ValueCodec::decodeDateTime(first);
        const QDateTime b = ValueCodec::decodeDateTime(last);
        if (!a.isValid() || !b.isValid())
            return {};
        const qint64 span = a.msecsTo(b);
        return ValueCodec::encodeDateTime(a.addMSecs(qint64(double(span) * fraction)));
    }
    case LogicalType::Boolean:
        return fraction < 0.5 ? first : last;
    case LogicalType::Id:
    case LogicalType::String:
    case LogicalType::Text:
    case LogicalType::Json:
        return interpolateText(first.toString(), last.toString(), fraction);
    }
    return {};
}
