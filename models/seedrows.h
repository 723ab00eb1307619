#pragma once
#include "demorandom.h"
#include "seedtimeline.h"
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <string>
#include <vector>

class RowWriter;
class SeedReferences;

enum class SeedTable { AuditLogs, Executions, UsageRecords };

// Realistic rows for one big table, drawn the way the demo draws its own (DemoVocabulary's
// events, models, prompts and errors; DemoRandom's ids and addresses), written field by field
// to a RowWriter, oldest first. Every foreign key points at a row of SeedReferences. The same
// references, seed, row count and window always give the same rows; each table has its own
// random stream, so seeding one table does not change another's rows.
//
//   audit_logs     the demo's event mix; staff events by platform staff on any tenant; 85 %
//                  of a user's events from the user's own (IPv4 or IPv6) address.
//   executions     agent and workflow runs by a tenant's users on the tenant's resources, in
//                  every status; completed_at = created_at + the run's duration.
//   usage_records  metered usage reported during a day, for a tenant's subscription and a
//                  billing unit: the period is that UTC day, the price the plan's.
class SeedRows
{
    Q_DECLARE_TR_FUNCTIONS(SeedRows)
public:
    // windowStart/windowEnd: ms since the epoch (UTC), windowStart at a midnight.
    SeedRows(SeedTable table, const SeedReferences *references, quint32 seed, qint64 rows, qint64 windowStart,
             qint64 windowEnd);

    static QString tableName(SeedTable table);
    static QStringList columns(SeedTable table);  // what writeNext() writes, in order
    // Why the references cannot feed this table (translated), or an empty string.
    static QString missingReferences(SeedTable table, const SeedReferences &references);

    // Adds the next row's fields to out (the caller ends the row).
    void writeNext(RowWriter &out);

private:
    void writeAuditLog(RowWriter &out, qint64 when);
    void writeExecution(RowWriter &out, qint64 when);
    void writeUsageRecord(RowWriter &out, qint64 when);
    // One of the first `madeBy` of `sorted` (those that existed at the moment, from
    // SeedReferences::madeBy); the oldest when none did yet; -1 when sorted is empty.
    int pickMadeBy(const std::vector<int> &sorted, int madeBy);

    SeedTable m_table;
    const SeedReferences *m_refs = nullptr;  // not owned
    DemoRandom m_random;
    SeedTimeline m_timeline;
    std::vector<std::string> m_homeAddresses;   // per user
    QList<double> m_eventWeights;
    QList<double> m_statusWeights;
    QList<double> m_unitWeights;
    std::vector<std::string> m_statuses, m_units;  // the schema's choices
    std::vector<int> m_runners;                  // members whose tenant has agents or workflows, oldest first
    std::vector<int> m_billed;                   // the tenants' subscriptions
    std::vector<double> m_billedCumulative;      // their weights, summed
    std::vector<std::vector<double>> m_prices;   // per subscription, per unit
};
