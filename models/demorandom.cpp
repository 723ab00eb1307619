#include "demorandom.h"
#include <QHostAddress>
#include <QUuid>
#include <cmath>

DemoRandom::DemoRandom(quint32 seed)
    : m_generator(seed)
{
}

QByteArray DemoRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char(m_generator.bounded(256));
    return out;
}

QString DemoRandom::id()
{
    QByteArray raw = bytes(16);
    raw[6] = char((raw.at(6) & 0x0f) | 0x40);  // version 4
    raw[8] = char((raw.at(8) & 0x3f) | 0x80);  // RFC 4122 variant: 8, 9, a or b
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString DemoRandom::token(int length)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += alphabet.at(m_generator.bounded(int(alphabet.size())));
    return out;
}

int DemoRandom::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return lowest + int(m_generator.bounded(quint32(highest - lowest) + 1));
}

double DemoRandom::real(double lowest, double highest)
{
    return lowest + m_generator.generateDouble() * (highest - lowest);
}

bool DemoRandom::chance(double probability)
{
    return m_generator.generateDouble() < probability;
}

int DemoRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double point = m_generator.generateDouble() * total;
    for (int i = 0; i < weights.size(); ++i) {
        point -= weights.at(i);
        if (point < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

QDateTime DemoRandom::moment(const QDateTime &from, const QDateTime &to, double growth)
{
    const qint64 span = from.msecsTo(to);
    if (span <= 0)
        return from;
    double u = m_generator.generateDouble();
    // Density rising linearly towards "to" by the growth factor: inverse of its distribution.
    if (growth > 0) {
        const double a = 1.0 / (1.0 + growth);  // density at "from" relative to the mean
        const double b = 2.0 - 2.0 * a;         // slope so the density integrates to 1
        u = (-a + std::sqrt(a * a + 2.0 * b * u)) / b;
    }
    // Whole milliseconds: what ValueCodec keeps, so a written value reads back equal.
    return from.addMSecs(qint64(u * double(span)));
}

QDateTime DemoRandom::workingMoment(const QDateTime &from, const QDateTime &to, double growth)
{
    QDateTime when = moment(from, to, growth);
    if (chance(0.85)) {
        // Braces: their arguments are drawn left to right on every compiler, parentheses' are not.
        const QTime time{between(8, 18), between(0, 59), between(0, 59), between(0, 999)};
        const QDateTime shifted(when.date(), time, Qt::UTC);
        if (shifted >= from && shifted <= to)
            when = shifted;
    }
    return when;
}

QString DemoRandom::documentationAddress()
{
    if (chance(0.3)) {
        quint8 raw[16] = {0x20, 0x01, 0x0d, 0xb8};
        for (int i = 4; i < 8; ++i)
            raw[i] = quint8(between(0, 255));
        for (int i = 12; i < 16; ++i)
            raw[i] = quint8(between(0, 255));
        return QHostAddress(raw).toString();
    }
    static const char *const prefixes[] = {"192.0.2", "198.51.100", "203.0.113"};
    return QStringLiteral("%1.%2").arg(QLatin1String(prefixes[between(0, 2)])).arg(between(1, 254));
}
