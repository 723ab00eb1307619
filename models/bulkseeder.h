#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <memory>

class RowWriter;
class SeedReferences;
enum class SeedTable;

// What to seed: rows to append per table (0 leaves the table alone).
struct SeedPlan
{
    qint64 auditLogs = 0;
    qint64 executions = 0;
    qint64 usageRecords = 0;
    quint32 seed = 42;
    int batchSize = 50000;  // rows per transaction
    QDate anchorDate;       // the rows lie in the 365 days before it; invalid: today (UTC)
};

struct SeedProgress
{
    QString table;
    qint64 tableRows = 0;   // done in this table
    qint64 tableTotal = 0;
    qint64 rows = 0;        // done in all tables
    qint64 total = 0;
    qint64 elapsedMs = 0;   // since run() began writing
};

struct SeedTableResult
{
    QString table;
    qint64 rows = 0;        // written (and committed)
    qint64 elapsedMs = 0;
};

// Appends realistic rows (SeedRows) to audit_logs, executions and usage_records of an existing
// Agent Factory database, fast: PostgreSQL through COPY (CopyWriter), SQLite through reused
// multi-row INSERTs on the sqlite3 handle (SqliteRowWriter), one transaction per batch. The
// rows point at the tenants, users, agents, workflows and subscriptions already there, which
// are read with bounded queries first. Indexes and constraints stay as the platform made them;
// on PostgreSQL the seeded tables are ANALYZEd at the end, as after any bulk load.
// A failure keeps the batches committed before it (results() says how many rows). The same
// database content, seed and anchor date give the same rows; a second run with the same seed
// gives other rows, because the row counts it starts from differ.
class BulkSeeder
{
    Q_DECLARE_TR_FUNCTIONS(BulkSeeder)
public:
    enum class Failure {
        None,
        NotAgentFactory,    // tables missing or unreadable: not this platform's database
        MissingReferences,  // nothing for the new rows to point at
        Unsupported,        // a driver without a sqlite3 or libpq handle
        Write,              // the database refused rows
    };
    using ProgressHandler = std::function<void(const SeedProgress &progress)>;
    static constexpr int ProgressEveryRows = 10000;

    explicit BulkSeeder(const SeedPlan &plan);
    ~BulkSeeder();

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    bool run(const QSqlDatabase &db);

    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }  // translated
    QList<SeedTableResult> results() const { return m_results; }
    QString method() const { return m_method; }      // how rows were written, for the summary
    QDate anchorDate() const { return m_plan.anchorDate; }  // the one used (today when the plan had none)

    // A RowWriter on the connection's own driver handle, or null (method names it).
    static std::unique_ptr<RowWriter> writerFor(const QSqlDatabase &db, QString *method);

private:
    bool writeTable(const QSqlDatabase &db, RowWriter &writer, const SeedReferences &references, SeedTable table,
                    qint64 rows);
    void report(const QString &table, qint64 tableRows, qint64 tableTotal, qint64 rows) const;
    bool fail(Failure failure, const QString &message);
    bool rowCount(const QSqlDatabase &db, const QString &table, qint64 *rows);
    // The seed of a table's rows: the plan's, mixed with the rows the table already has, so
    // that seeding again with the same seed appends new rows (new uuids) instead of repeating.
    static quint32 streamSeed(quint32 seed, qint64 existingRows);

    SeedPlan m_plan;
    ProgressHandler m_progress;
    Failure m_failure = Failure::None;
    QString m_error;
    QString m_method;
    QList<SeedTableResult> m_results;
    // For the run in progress:
    qint64 m_windowStart = 0;  // ms since the epoch, UTC
    qint64 m_windowEnd = 0;
    qint64 m_total = 0;        // rows to write in all tables
    qint64 m_done = 0;         // rows committed
    QElapsedTimer m_clock;
};
