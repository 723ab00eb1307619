#pragma once
#include <QtGlobal>
#include <vector>

class DemoRandom;

// The created_at moments of `rows` bulk-seeded rows, handed out oldest first: spread over the
// whole window, busier lately, quieter at weekends, mostly in working hours (UTC). Oldest first
// is how an append-only table fills in production, and it makes every created_at index entry
// an append at the right edge of the B-tree instead of a random insert.
//
// Each day gets its exact share of the rows (cumulative rounding, so the shares add up to
// `rows`), then that day's moments are drawn and sorted.
class SeedTimeline
{
public:
    static constexpr qint64 MsecsPerDay = 86400000;

    // windowStart and windowEnd in ms since the epoch (UTC); windowStart at a midnight.
    SeedTimeline(qint64 rows, qint64 windowStart, qint64 windowEnd, DemoRandom *random);

    // The next moment, never earlier than the one before; call at most `rows` times.
    qint64 next();
    qint64 dayStart() const { return m_windowStart + qint64(m_day) * MsecsPerDay; }  // of the last moment
    qint64 windowEnd() const { return m_windowEnd; }

private:
    void drawDay();

    DemoRandom *m_random = nullptr;  // not owned
    qint64 m_rows = 0;
    qint64 m_windowStart = 0;
    qint64 m_windowEnd = 0;
    std::vector<double> m_cumulative;  // m_cumulative[d]: weight of the days before day d
    int m_day = -1;
    std::vector<qint64> m_moments;     // the current day's, sorted
    std::size_t m_next = 0;
};
