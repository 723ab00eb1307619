#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>

// The demo database's only source of chance: one seeded generator, drawn in a fixed order,
// so a seed and an anchor date always give the same rows, ids and password salts included.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed);

    // A uuid4-shaped id (version nibble 4, variant 8..b, lower case) from this generator.
    QString id();
    QByteArray bytes(int count);
    QString token(int length);  // [A-Za-z0-9], for API keys and Stripe-like ids

    int between(int lowest, int highest);  // inclusive
    double real(double lowest, double highest);
    bool chance(double probability);
    // Index drawn by weight; weights need not add up to anything.
    int weighted(const QList<double> &weights);
    // A point in [from, to], leaning towards "to" when growth > 0 (busier lately).
    QDateTime moment(const QDateTime &from, const QDateTime &to, double growth = 0.0);
    // During working hours (08:00-19:00 UTC) on most draws, as people do.
    QDateTime workingMoment(const QDateTime &from, const QDateTime &to, double growth = 0.0);

    // An IPv4 (70 %) or IPv6 (30 %) address from the documentation ranges (RFC 5737, RFC 3849):
    // realistic in an audit log, and nobody's real address.
    QString documentationAddress();

    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(between(0, int(items.size()) - 1)); }

private:
    QRandomGenerator m_generator;
};
