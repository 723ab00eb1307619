#pragma once
#include "benchreport.h"
#include "connectionsettings.h"
#include "tablequery.h"
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <string>

class DatabaseConnection;
class ModelProbe;
class QTextStream;
class RawDriver;
class StallMeter;
struct FilterSet;
struct TableSpec;

// The timed measures on audit_logs: each runs through the real model and view (ModelProbe),
// then the SQL the model ran is replayed on the raw driver. One untimed round warms the
// caches, then `repeat` rounds give the medians.
class BenchSuite
{
public:
    BenchSuite(const ConnectionSettings &settings, int repeat, BenchReport *report, QTextStream &log);
    ~BenchSuite();

    // only: measure names to run (empty: all). False with error() when it cannot start.
    bool run(const QStringList &only);
    QString error() const { return m_error; }
    double maxStallMs() const { return m_maxStallMs; }

    static QStringList measureNames();

private:
    using Prepare = std::function<bool()>;
    using Action = std::function<double()>;

    bool chooseParameters();
    void setPhase(const QString &phase);
    void measure(const QString &name, const QString &note, const Prepare &prepare, const Action &action);
    struct Replay
    {
        double rawMs = -1;  // sqlite3 / libpq
        double qtMs = -1;   // QSqlQuery
    };
    // The pages the last action loaded, run again on the raw driver and on QSqlQuery, planned
    // with the row count the model had when it asked for them.
    Replay replay();
    SqlFragment conditionFor(const FilterSet &set) const;
    bool openPlain();
    std::optional<std::string> firstValue(const SqlFragment &statement);

    ConnectionSettings m_settings;
    int m_repeat;
    BenchReport *m_report;
    QTextStream &m_log;
    const TableSpec *m_table = nullptr;
    std::unique_ptr<RawDriver> m_raw;
    std::unique_ptr<StallMeter> m_stall;
    std::unique_ptr<DatabaseConnection> m_ui;  // the model's UI-thread connection: outlives it
    std::unique_ptr<DatabaseConnection> m_qt;  // QtReplay's
    std::unique_ptr<ModelProbe> m_probe;
    qint64 m_rows = 0;
    QString m_userId, m_eventType, m_newest;
    double m_maxStallMs = 0;
    QString m_error;
};
