#pragma once
#include "backend.h"
#include <QList>
#include <QString>
#include <iosfwd>

class QTextStream;

// The benchmark's figures, printed as a table for people and as JSON lines for scripts, with
// each figure checked against the target where it has one.
class BenchReport
{
public:
    struct Timed
    {
        QString measure;
        Backend backend = Backend::SQLite;
        qint64 rows = 0;        // rows in the table measured (≈ on PostgreSQL: the planner's count)
        double appMs = 0;       // median, from the action until the viewport's rows are in the model
        double visibleMs = 0;   // median, until the view has painted them
        double rawMs = 0;       // median of the same SQL on sqlite3 / libpq
        double qtMs = 0;        // median of the same SQL through QSqlQuery (table only)
        double stallMs = 0;     // longest UI-thread stall during this measure (table only)
        QString note;
        double ratio() const { return rawMs > 0 ? appMs / rawMs : 0; }
    };
    struct Value
    {
        QString measure;        // peak_rss_mb, max_ui_stall_ms
        Backend backend = Backend::SQLite;
        qint64 rows = -1;       // -1: not tied to a table size
        double value = 0;
        QString note;
    };

    void add(const Timed &timed) { m_timed.append(timed); }
    void add(const Value &value) { m_values.append(value); }
    const QList<Timed> &timed() const { return m_timed; }
    const QList<Value> &values() const { return m_values; }

    void printTable(QTextStream &out) const;
    void printJson(std::ostream &out) const;
    static std::string jsonLine(const Value &value);
    static std::string jsonLine(const Timed &timed);
    static QString backendKey(Backend backend);  // "sqlite", "postgresql"

private:
    // Empty when the measure has no target; else e.g. "≤ 1.5× raw", with *met set.
    static QString target(const Timed &timed, bool *met);
    QString rssTarget(const Value &value, bool *met) const;

    QList<Timed> m_timed;
    QList<Value> m_values;
};
