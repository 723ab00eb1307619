#include "benchapplication.h"
#include <QMetaEnum>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace {

constexpr int keptEvents = 15;
constexpr double slowMs = 8;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the UI thread's top-level dispatches: a nested one is part of its parent's time,
    // and the query worker's thread is no stall.
    if (!m_profiling || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const int type = event->type();
    // Named before the dispatch: a receiver may delete itself in it (a single-shot timer does).
    const QString className = QString::fromLatin1(receiver->metaObject()->className());
    const QString name = className + (receiver->objectName().isEmpty() ? QString() : QLatin1Char(' ') + receiver->objectName());
    const qint64 start = m_clock.nsecsElapsed();
    const double cpuStart = threadCpuMs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - start) / 1e6;
    const double cpuMs = threadCpuMs() - cpuStart;
    if (type != QEvent::Timer)  // the stall meter's ticks are the benchmark's, not the app's
        m_busyMs += ms;
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    const QString what = (typeName ? QString::fromLatin1(typeName) : QString::number(type)) + QStringLiteral(" -> ") + className;
    EventStats &stats = m_stats[what];
    stats.what = what;
    ++stats.count;
    stats.totalCpuMs += cpuMs;
    stats.maxCpuMs = qMax(stats.maxCpuMs, cpuMs);
    stats.maxMs = qMax(stats.maxMs, ms);
    if (ms >= slowMs && (m_slow.size() < keptEvents || ms > m_slow.last().ms)) {
        m_slow.append({ms, cpuMs, type, name, m_phase});
        std::sort(m_slow.begin(), m_slow.end(), [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
        if (m_slow.size() > keptEvents)
            m_slow.removeLast();
    }
    return handled;
}

QString BenchApplication::describe(const SlowEvent &event)
{
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event.type);
    return QStringLiteral("%1 ms (cpu %2 ms)  %3 -> %4  (%5)")
        .arg(event.ms, 6, 'f', 1)
        .arg(event.cpuMs, 5, 'f', 1)
        .arg(type ? QString::fromLatin1(type) : QString::number(event.type), event.receiver, event.phase);
}

QList<BenchApplication::EventStats> BenchApplication::eventStats() const
{
    QList<EventStats> stats = m_stats.values();
    std::sort(stats.begin(), stats.end(), [](const EventStats &a, const EventStats &b) { return a.totalCpuMs > b.totalCpuMs; });
    return stats;
}

QString BenchApplication::describe(const EventStats &stats)
{
    return QStringLiteral("%1 x %2: cpu mean %3 ms, max %4 ms; wall max %5 ms")
        .arg(stats.count, 6)
        .arg(stats.what, -40)
        .arg(stats.totalCpuMs / qMax(1, stats.count), 0, 'f', 2)
        .arg(stats.maxCpuMs, 0, 'f', 1)
        .arg(stats.maxMs, 0, 'f', 1);
}
