#pragma once
#include "dashboardqueries.h"
#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

class QSqlQuery;

// Runs DashboardQueries' statements on one open connection and turns the aggregated rows into
// the panels' result structs. Synchronous: DashboardWorker calls it on its own thread, tests
// and the bench call it directly. Every figure comes from the database; the app only converts
// types, sums bucket counts into a total and sets the quota level from used and limit.
class DashboardReader
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReader)
public:
    // columns: what the database has (see columnsOf / DashboardQueries::columnsOf).
    DashboardReader(const QSqlDatabase &db, const DashboardColumns &columns);

    // What the connected database has, read by SchemaInspector; nullopt with *error when unreadable.
    static std::optional<DashboardColumns> columnsOf(const QSqlDatabase &db, QString *error);

    // nullopt when a statement failed: error() says why, wasInterrupted() when it was cancelled.
    std::optional<DashboardResult> read(DashboardPanel panel, const DashboardScope &scope);
    std::optional<QuotaStats> quotas(const DashboardScope &scope);
    std::optional<QuotaTruth> quotaTruth(const DashboardScope &scope);
    std::optional<UsageStats> usage(const DashboardScope &scope);
    std::optional<ExecutionStats> executions(const DashboardScope &scope);
    std::optional<PlanStats> plans(const DashboardScope &scope);
    std::optional<AuditActivity> audit(const DashboardScope &scope);

    QString error() const { return m_error; }
    bool wasInterrupted() const { return m_interrupted; }
    bool connectionLost() const { return m_connectionLost; }

    static QuotaLevel levelFor(double used, double limit);

private:
    using RowHandler = std::function<void(const QSqlQuery &)>;
    // Runs statement and calls onRow per row; an empty statement (the database lacks what it
    // needs) runs nothing and succeeds.
    bool run(const SqlFragment &statement, const RowHandler &onRow);

    QSqlDatabase m_db;
    DashboardColumns m_columns;
    Backend m_backend = Backend::SQLite;
    QString m_error;
    bool m_interrupted = false;
    bool m_connectionLost = false;
};
