#pragma once
#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

// QApplication that, when asked, times every event it dispatches at the top of the event loop
// and keeps the slowest ones: which event and which receiver a UI stall came from (a paint, a
// queued reply to the model, a resize...).
class BenchApplication : public QApplication
{
    Q_OBJECT
public:
    struct SlowEvent
    {
        double ms;
        double cpuMs;       // the UI thread's CPU time: without the waits a busy machine adds
        int type;           // QEvent::Type
        QString receiver;   // class name, object name
        QString phase;
    };

    BenchApplication(int &argc, char **argv);

    void setProfiling(bool on) { m_profiling = on; }
    void setPhase(const QString &phase) { m_phase = phase; }
    // Wall time spent inside top-level UI-thread events so far (while profiling): the part of
    // a wait during which a reply could not have been handled because the thread was busy.
    double busyMs() const { return m_busyMs; }
    struct EventStats
    {
        QString what;       // "UpdateRequest -> QTableView"
        int count = 0;
        double totalCpuMs = 0;
        double maxCpuMs = 0;
        double maxMs = 0;
    };
    // Per kind of event (type and receiver class), the busiest first.
    QList<EventStats> eventStats() const;
    static QString describe(const EventStats &stats);
    // The slowest events, slowest first.
    QList<SlowEvent> slowEvents() const { return m_slow; }
    static QString describe(const SlowEvent &event);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_profiling = false;
    int m_depth = 0;
    QElapsedTimer m_clock;
    QString m_phase;
    QList<SlowEvent> m_slow;
    double m_busyMs = 0;
    QHash<QString, EventStats> m_stats;
};
