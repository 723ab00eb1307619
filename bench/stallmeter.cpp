#include "stallmeter.h"

namespace {

constexpr int intervalMs = 1;

} // namespace

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
    m_trace = qEnvironmentVariableIsSet("AFADMIN_BENCH_TRACE");
}

void StallMeter::resume()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::pause()
{
    tick();  // a stall that ends with the pause still counts
    m_timer.stop();
    m_lastNs = -1;
}

double StallMeter::takeWindowMaxMs()
{
    const double max = m_windowMax;
    m_windowMax = 0;
    return max;
}

void StallMeter::tick()
{
    if (m_lastNs < 0)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const double late = double(now - m_lastNs) / 1e6 - intervalMs;
    m_lastNs = now;
    m_max = qMax(m_max, late);
    m_windowMax = qMax(m_windowMax, late);
    if (m_trace && late > 16)
        qInfo("stall: %.1f ms in %s", late, qPrintable(m_phase));
}
