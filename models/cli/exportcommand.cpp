#include "cli/clicommand.h"
#include "databaseconnection.h"
#include "databaseurl.h"
#include "schema.h"
#include "schemainspector.h"
#include "tableexport.h"
#include "tablefiltersql.h"
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <csignal>
#include <cstdio>
#include <unistd.h>

// afadmin-cli export: one table, filtered, streamed to a file or standard output by the same
// TableExport the app's Export… dialog runs.

namespace {

// Ctrl+C stops the export between two pages, so the half-written file is removed, not left
// behind under QSaveFile's temporary name. Only an atomic store is safe in a signal handler.
std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    static constexpr char Name[] = "export";  // messages start "afadmin-cli export: "
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static CliHelp help();
    static int problem(QTextStream &err, const QString &message, int code);
    // A --where column=value as a filter; the message names what is wrong when it cannot be one.
    static std::optional<ColumnFilter> whereFilter(const TableSpec &table, const QStringList &columns,
                                                   const QString &text, QString *message);
};

CliHelp ExportCommand::help()
{
    return {tr("Usage: afadmin-cli export --database-url URL --table TABLE [--where COLUMN=VALUE ...] "
               "[--format csv|json|jsonl] [--output FILE]"),
            tr("Writes the rows of one table, in primary-key order, as CSV (RFC 4180, UTF-8, CRLF line ends, a "
               "header row), JSON (one array of objects) or JSON Lines (one object per line). Rows are read page by "
               "page and written as they arrive, so any table size takes little memory. Password and API key "
               "hashes are never exported.\n\n"
               "--where keeps the rows whose COLUMN equals VALUE (repeat it: every condition must hold). Text "
               "compares ignoring case, ids, foreign keys, choices and numbers exactly; a true/false column takes "
               "true or false; a datetime column takes YYYY-MM-DD HH:MM:SS[.ffffff] (UTC); COLUMN= (no value) keeps "
               "empty values. Values are bound, never pasted into SQL.\n\n"
               "Without --output the rows go to standard output. With it they are written to a temporary file "
               "beside FILE, renamed to FILE when complete: an interrupted export leaves no file. The format "
               "defaults to FILE's extension, else CSV. Progress goes to standard error when it is a terminal. "
               "Without --database-url, DATABASE_URL is used.\n\n"
               "Exit codes: 0 exported, 1 bad input (an unknown table or column, a value the column cannot take, "
               "an output file that cannot be written), 2 bad usage or the database cannot be opened or read, "
               "130 interrupted.")};
}

int ExportCommand::problem(QTextStream &err, const QString &message, int code)
{
    CliCommands::printError(err, Name, message);
    return code;
}

std::optional<ColumnFilter> ExportCommand::whereFilter(const TableSpec &table, const QStringList &columns,
                                                       const QString &text, QString *message)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString name = text.left(equals).trimmed();
    if (equals <= 0) {
        *message = tr("--where \"%1\" is not COLUMN=VALUE.").arg(text);
        return std::nullopt;
    }
    const ColumnSpec *column = table.column(name);
    if (!column || !columns.contains(name)) {
        *message = tr("%1 has no column \"%2\".").arg(table.name, name);
        return std::nullopt;
    }
    if (column->isSecret() || column->type == LogicalType::Json) {
        *message = tr("the column \"%1\" cannot be compared with a value.").arg(name);
        return std::nullopt;
    }
    ColumnFilter filter;
    filter.column = name;
    const QString value = text.mid(equals + 1);
    if (value.isEmpty()) {
        filter.op = ColumnFilter::Op::IsEmpty;
    } else if (column->type == LogicalType::Boolean) {
        const QString key = value.toLower();
        const bool isTrue = key == QLatin1String("true") || key == QLatin1String("1");
        if (!isTrue && key != QLatin1String("false") && key != QLatin1String("0")) {
            *message = tr("%1: \"%2\" is not true or false.").arg(name, value);
            return std::nullopt;
        }
        filter.op = isTrue ? ColumnFilter::Op::IsTrue : ColumnFilter::Op::IsFalse;
    } else if (column->type == LogicalType::DateTime) {
        filter.op = ColumnFilter::Op::Between;  // the filters offer no equality on datetimes
        filter.value = value;
        filter.value2 = value;
    } else {
        filter.op = ColumnFilter::Op::Equals;
        filter.value = value;
    }
    // TableFilterSql ignores a filter it cannot use; here that would export rows not asked for.
    if (TableFilterSql::columnCondition(table, Backend::SQLite, columns, filter).isEmpty()) {
        *message = tr("%1: \"%2\" is not a value this column can hold.").arg(name, value);
        return std::nullopt;
    }
    return filter;
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("database-url"),
                                       tr("SQLAlchemy URL of the database (default: the DATABASE_URL environment variable)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption tableOption(QStringLiteral("table"), tr("The table to export."), QStringLiteral("TABLE"));
    const QCommandLineOption whereOption(QStringLiteral("where"), tr("Only rows whose COLUMN equals VALUE (repeatable)."),
                                         QStringLiteral("COLUMN=VALUE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv, json or jsonl (default: from --output, else csv)."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The file to write (default: standard output)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({urlOption, tableOption, whereOption, formatOption, outputOption});
    if (const std::optional<int> done = CliCommands::parse(parser, arguments, Name, help(), out, err))
        return *done;

    if (!parser.isSet(tableOption))
        return CliCommands::usageError(err, Name, tr("--table is required."));
    const QString output = parser.value(outputOption);
    std::optional<ExportWriter::Format> format = ExportWriter::Format::Csv;
    if (parser.isSet(formatOption))
        format = ExportWriter::formatFromName(parser.value(formatOption));
    else if (const auto fromPath = ExportWriter::formatForPath(output))
        format = fromPath;
    if (!format)
        return CliCommands::usageError(err, Name, tr("--format must be csv, json or jsonl."));
    const QString url = CliCommands::databaseUrlFrom(parser.value(urlOption));
    if (url.isEmpty())
        return CliCommands::usageError(err, Name, tr("no database given: pass --database-url URL or set DATABASE_URL."));
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(url);
    if (!parsed.settings)
        return problem(err, parsed.error, 2);

    const QString tableName = parser.value(tableOption);
    const TableSpec *table = Schema::table(tableName);
    if (!table)
        return problem(err, tr("unknown table \"%1\"; the tables are: %2.").arg(tableName, Schema::tableNames().join(QStringLiteral(", "))), 1);

    DatabaseConnection connection(DatabaseConnection::uniqueName(QStringLiteral("export")));
    const DatabaseConnection::Result opened = connection.open(*parsed.settings, DatabaseConnection::Mode::OpenExisting);
    if (!opened.ok())
        return problem(err, opened.message, 2);
    const SchemaInspector::Result inspected = SchemaInspector::inspect(connection.database());
    if (!inspected.ok())
        return problem(err, inspected.error, 2);
    const DatabaseSchema::Table *actual = inspected.schema.table(tableName);
    if (!actual)
        return problem(err, tr("the table \"%1\" does not exist in %2.").arg(tableName, parsed.settings->displayName()), 1);
    const QStringList columns = actual->columnNames();

    FilterSet filters;
    for (const QString &where : parser.values(whereOption)) {
        QString message;
        const std::optional<ColumnFilter> filter = whereFilter(*table, columns, where, &message);
        if (!filter)
            return problem(err, message, 1);
        filters.filters.append(*filter);
    }

    TableExport exporter(connection.database(), *table, columns, filters);
    exporter.setCancelFlag(&interrupted);
    QElapsedTimer sinceProgress;
    if (isatty(STDERR_FILENO)) {
        exporter.setProgressHandler([&err, &sinceProgress](qint64 rows, qint64 total, bool estimated) {
            if (sinceProgress.isValid() && sinceProgress.elapsed() < 100)
                return;  // a terminal line a tenth of a second is plenty
            sinceProgress.start();
            err << '\r' << (total < 0 ? tr("%1 rows").arg(rows)
                                      : tr("%1 of %2%3 rows").arg(rows).arg(estimated ? QStringLiteral("~") : QString()).arg(total));
            err.flush();
        });
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    ExportResult result;
    if (output.isEmpty()) {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return problem(err, tr("cannot write to standard output."), 1);
        result = exporter.writeTo(&stdoutFile, *format);
    } else {
        result = exporter.writeToFile(output, *format);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (isatty(STDERR_FILENO))
        err << '\n';
    switch (result.outcome) {
    case ExportResult::Outcome::Written:
        if (!output.isEmpty())
            err << tr("Exported %1 rows of %2 to %3 in %4 ms.").arg(result.rows).arg(tableName, output).arg(result.elapsedMs) << '\n';
        return 0;
    case ExportResult::Outcome::Cancelled:
        return problem(err, output.isEmpty() ? tr("interrupted after %1 rows.").arg(result.rows)
                                             : tr("interrupted; %1 was not written.").arg(output), 130);
    case ExportResult::Outcome::Failed:
        break;
    }
    return problem(err, result.message, result.outputFailed ? 1 : 2);
}

} // namespace

int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return ExportCommand::run(arguments, out, err);
}
