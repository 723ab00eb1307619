#include "seedtimeline.h"
#include "demorandom.h"
#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace {

constexpr double weekendShare = 0.35;   // of a working day's activity
constexpr double workingHoursShare = 0.85;
constexpr int workStartHour = 8;
constexpr int workEndHour = 19;

} // namespace

SeedTimeline::SeedTimeline(qint64 rows, qint64 windowStart, qint64 windowEnd, DemoRandom *random)
    : m_random(random)
    , m_rows(rows)
    , m_windowStart(windowStart)
    , m_windowEnd(qMax(windowStart + 1, windowEnd))
{
    const int days = int((m_windowEnd - m_windowStart + MsecsPerDay - 1) / MsecsPerDay);
    m_cumulative.reserve(std::size_t(days) + 1);
    m_cumulative.push_back(0.0);
    for (int day = 0; day < days; ++day) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(m_windowStart + qint64(day) * MsecsPerDay, Qt::UTC).date();
        // Growing from half to one and a half times the average over the window, as the demo does.
        double weight = 0.5 + double(day) / double(days);
        if (date.dayOfWeek() >= 6)
            weight *= weekendShare;
        m_cumulative.push_back(m_cumulative.back() + weight);
    }
}

qint64 SeedTimeline::next()
{
    while (m_next >= m_moments.size()) {
        if (m_day + 1 >= int(m_cumulative.size()) - 1)
            return m_moments.empty() ? m_windowStart : m_moments.back();  // more calls than rows
        ++m_day;
        drawDay();
    }
    return m_moments[m_next++];
}

void SeedTimeline::drawDay()
{
    const double total = m_cumulative.back();
    // floor(rows * share before the day): the difference of two neighbours is the day's count,
    // and the last one is exactly `rows` because its share is exactly 1.
    auto rowsBefore = [&](int day) {
        return qint64(std::floor(double(m_rows) * (m_cumulative[std::size_t(day)] / total)));
    };
    const qint64 count = rowsBefore(m_day + 1) - rowsBefore(m_day);
    const qint64 start = dayStart();
    const qint64 end = qMin(start + MsecsPerDay, m_windowEnd);  // exclusive
    m_moments.clear();
    m_next = 0;
    m_moments.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        qint64 offset = 0;
        if (m_random->chance(workingHoursShare))
            offset = qint64(workStartHour) * 3600000 + m_random->between(0, (workEndHour - workStartHour) * 3600000 - 1);
        else
            offset = m_random->between(0, int(MsecsPerDay - 1));
        m_moments.push_back(qMin(start + offset, end - 1));
    }
    std::sort(m_moments.begin(), m_moments.end());
}
