#pragma once
#include "exportwriter.h"
#include "tablefilter.h"
#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;
class QSqlDatabase;
struct TableSpec;

// What to export: one table as the browser shows it (filters, quick search, tenant lens).
struct ExportRequest
{
    QString table;
    QStringList columns;    // the table's columns present in the connected database
    FilterSet filters;      // FilterSet::tenantId is the tenant lens
    ExportWriter::Format format = ExportWriter::Format::Csv;
    QString path;
    int pageRows = 0;       // rows per keyset page; 0 sizes pages by the bytes they hold
};

struct ExportResult
{
    enum class Outcome { Written, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    qint64 rows = 0;
    qint64 elapsedMs = 0;
    QString path;
    QString message;              // translated; set when not written
    bool connectionLost = false;  // the database went away
    bool outputFailed = false;    // the file or device could not be written (the CLI's exit 1)
    bool ok() const { return outcome == Outcome::Written; }
};

// Streams one table's rows, filtered, to a device or a file, on the calling thread and the
// given connection. Memory stays bounded whatever the table's size: rows are read page after
// page by keyset on the primary key (TableQuery, never a deep OFFSET, never one big result
// the driver would buffer whole), each page at most a few MB (pageRows adapts to the row
// size seen so far), and each row goes to the writer as it is read. Rows come in primary-key
// order. Secret columns (password and key hashes) are not even selected.
// A file is written under a temporary name beside it and renamed only when every row is in
// (QSaveFile): a cancelled or failed export leaves no file, and an existing one untouched.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // rows written so far, of total (-1 unknown; estimated: PostgreSQL's planner estimate).
    using ProgressHandler = std::function<void(qint64 rows, qint64 total, bool estimated)>;

    TableExport(const QSqlDatabase &db, const TableSpec &table, const QStringList &columns, const FilterSet &filters);

    void setPageRows(int rows) { m_pageRows = rows; }
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // Checked between pages; to stop a running statement too, cancel it (QueryCanceller).
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }

    ExportResult writeTo(QIODevice *device, ExportWriter::Format format);
    ExportResult writeToFile(const QString &path, ExportWriter::Format format);

    // The columns an export holds: those present, in schema order, secrets left out.
    static QList<const ColumnSpec *> exportedColumns(const TableSpec &table, const QStringList &columns);
    static constexpr int MaxPageRows = 2000;

private:
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    void countRows(qint64 *total, bool *estimated) const;
    ExportResult failed(const QString &message, bool connectionLost, bool outputFailed = false) const;
    template <typename Query>
    bool streamPages(ExportWriter &writer, ExportResult &result, qint64 total, bool estimated);

    QString m_connectionName;
    const TableSpec *m_table;
    QStringList m_columns;
    FilterSet m_filters;
    int m_pageRows = 0;
    ProgressHandler m_progress;
    const std::atomic<bool> *m_cancelled = nullptr;
};

Q_DECLARE_METATYPE(ExportRequest)
Q_DECLARE_METATYPE(ExportResult)
