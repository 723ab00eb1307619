#pragma once
#include "benchreport.h"
#include "connectionsettings.h"
#include <QStringList>

class QTextStream;

// The dashboard's panels, measured as the app runs them (DashboardService: refresh() until
// panelReady, the worker's thread and connection included) against the same statements on the
// raw driver (sqlite3 / libpq), one after another. Measures are named dashboard_<panel>; the
// scope is the year before the newest audit_logs row, bucketed by month, no tenant lens.
class DashboardBench
{
public:
    DashboardBench(const ConnectionSettings &settings, int repeat, BenchReport *report, QTextStream &log);

    // only: measure names to run (empty: all); the names that are not dashboard ones are ignored.
    bool run(const QStringList &only);
    QString error() const { return m_error; }

    static QStringList measureNames();

private:
    ConnectionSettings m_settings;
    int m_repeat;
    BenchReport *m_report;
    QTextStream &m_log;
    QString m_error;
};
