#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// How long the GUI thread fails to get back to its event loop: a 1 ms precise timer measures
// its own lateness (actual interval - 1 ms). Paused while the benchmark itself blocks the
// thread on purpose (the raw driver's runs, parameter lookups), so only the app is judged.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr);

    void resume();
    void pause();
    double maxStallMs() const { return m_max; }   // since construction
    // The longest stall since the last call (per measure); resets the window.
    double takeWindowMaxMs();
    // What runs now, named in the stall log (AFADMIN_BENCH_TRACE=1 prints stalls over 16 ms).
    void setPhase(const QString &phase) { m_phase = phase; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    double m_max = 0;
    double m_windowMax = 0;
    QString m_phase;
    bool m_trace = false;
};
