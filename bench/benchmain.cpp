// afadmin-bench: the windowed table model measured against the raw drivers on a big database.
#include "benchapplication.h"
#include "benchreport.h"
#include "benchsuite.h"
#include "dashboardbench.h"
#include "databaseurl.h"
#include "memorybench.h"
#include <QCommandLineParser>
#include <QFile>
#include <QThread>
#include <QTextStream>
#include <algorithm>
#include <iostream>

namespace {

struct Options
{
    QString url;
    QString compareUrl;
    QString browseTable;  // child mode
    QStringList only;
    int repeat = 5;
    int scrollRows = 100000;
    bool json = false;
    bool memory = true;
};

std::optional<Options> parseOptions(const BenchApplication &app, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures WindowedTableModel on audit_logs against the raw sqlite3/libpq drivers running the same SQL."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("database-url"), QStringLiteral("SQLAlchemy URL (default: DATABASE_URL)."),
                                 QStringLiteral("url"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per line on stdout (the table goes to stderr)."));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Timed runs per measure, after one warm-up (default 5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption compare(QStringLiteral("compare-url"),
                                     QStringLiteral("A second database (e.g. 1 M audit_logs) whose audit_logs is browsed too, "
                                                    "for a same-table peak-RSS comparison."),
                                     QStringLiteral("url"));
    const QCommandLineOption scroll(QStringLiteral("scroll-rows"), QStringLiteral("Rows scrolled through before the peak RSS is read (default 100000)."),
                                    QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Comma-separated measures to run: %1.")
                                                              .arg((BenchSuite::measureNames() + DashboardBench::measureNames()).join(QStringLiteral(", "))),
                                  QStringLiteral("list"));
    const QCommandLineOption noMemory(QStringLiteral("no-memory"), QStringLiteral("Skip the peak-RSS browsing."));
    QCommandLineOption browse(QStringLiteral("browse-memory"), QStringLiteral("Internal: browse TABLE and print its peak RSS."),
                                    QStringLiteral("table"));
    browse.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({url, json, repeat, compare, scroll, only, noMemory, browse});
    parser.process(app);

    Options options;
    options.url = parser.isSet(url) ? parser.value(url) : qEnvironmentVariable("DATABASE_URL");
    options.compareUrl = parser.value(compare);
    options.browseTable = parser.value(browse);
    options.json = parser.isSet(json);
    options.memory = !parser.isSet(noMemory);
    if (parser.isSet(only))
        options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = false;
    options.repeat = parser.value(repeat).toInt(&ok);
    bool scrollOk = false;
    options.scrollRows = parser.value(scroll).toInt(&scrollOk);
    if (options.url.isEmpty() || !ok || options.repeat < 1 || !scrollOk || options.scrollRows < 0) {
        err << "afadmin-bench: give --database-url URL (and a positive --repeat)\n";
        return std::nullopt;
    }
    return options;
}

// The figures are wall-clock times: what else the machine was running belongs beside them.
QString machineLoad()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QString load = file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2)
                                                       : QStringLiteral("?");
    return QStringLiteral("%1 CPUs, load average %2").arg(QThread::idealThreadCount()).arg(load);
}

std::optional<ConnectionSettings> settingsOf(const QString &url, QTextStream &err)
{
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(url);
    if (!parsed.settings)
        err << "afadmin-bench: " << parsed.error << '\n';
    return parsed.settings;
}

// Peak RSS after browsing, each table in a child process: audit_logs (10 M) and executions
// (1 M) here, as the issue names them, and audit_logs of --compare-url (1 M) when given: the
// same table at a tenth of the size, for a like-for-like comparison.
void measureMemory(const Options &options, Backend backend, BenchReport *report, double *maxStall, QTextStream &err)
{
    QList<QPair<QString, QString>> targets{{options.url, QStringLiteral("audit_logs")},
                                           {options.url, QStringLiteral("executions")}};
    if (!options.compareUrl.isEmpty())
        targets.append({options.compareUrl, QStringLiteral("audit_logs")});
    for (const auto &target : targets) {
        err << "peak_rss_mb: browsing " << target.second << (target.first == options.url ? QString() : QStringLiteral(" of --compare-url"))
            << " in a child process...";
        err.flush();
        MemoryBench::Result result;
        QString error;
        if (!MemoryBench::inChild(target.first, backend, target.second, options.scrollRows, &result, &error)) {
            err << ' ' << error << '\n';
            continue;
        }
        err << ' ' << QString::number(result.peakRss.value, 'f', 1) << " MB, " << QString::number(result.browseMs / 1000, 'f', 1)
            << " s, longest stall " << QString::number(result.maxStallMs, 'f', 1) << " ms\n";
        *maxStall = qMax(*maxStall, result.maxStallMs);
        report->add(result.peakRss);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // A real QTableView paints offscreen unless told otherwise: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QTextStream err(stderr);
    // AFADMIN_BENCH_TRACE=1: per-action timings, every stall over 16 ms, the slowest events.
    const bool trace = qEnvironmentVariableIsSet("AFADMIN_BENCH_TRACE");
    app.setProfiling(trace);
    const std::optional<Options> options = parseOptions(app, err);
    if (!options)
        return 2;
    const std::optional<ConnectionSettings> settings = settingsOf(options->url, err);
    if (!settings || (!options->compareUrl.isEmpty() && !settingsOf(options->compareUrl, err)))
        return 2;

    if (!options->browseTable.isEmpty()) {
        MemoryBench::Result result;
        QString error;
        if (!MemoryBench::browseHere(*settings, options->browseTable, options->scrollRows, &result, &error)) {
            err << "afadmin-bench: " << error << '\n';
            return 1;
        }
        std::cout << MemoryBench::toJson(result) << std::endl;
        if (trace) {
            for (const BenchApplication::SlowEvent &event : app.slowEvents().mid(0, 5))
                err << "  " << options->browseTable << ": " << BenchApplication::describe(event) << '\n';
        }
        return 0;
    }

    err << "machine: " << machineLoad() << '\n';
    BenchReport report;
    BenchSuite suite(*settings, options->repeat, &report, err);
    // --only with dashboard measures alone skips the table browser's suite (and its startup).
    const QStringList dashboardNames = DashboardBench::measureNames();
    const bool dashboardOnly = !options->only.isEmpty()
        && std::all_of(options->only.cbegin(), options->only.cend(),
                       [&dashboardNames](const QString &name) { return dashboardNames.contains(name); });
    if (!dashboardOnly && !suite.run(options->only)) {
        err << "afadmin-bench: " << suite.error() << '\n';
        return 1;
    }
    DashboardBench dashboard(*settings, options->repeat, &report, err);
    if (!dashboard.run(options->only)) {
        err << "afadmin-bench: dashboard: " << dashboard.error() << '\n';
        return 1;
    }
    double maxStall = suite.maxStallMs();
    if (options->memory)
        measureMemory(*options, settings->backend, &report, &maxStall, err);
    BenchReport::Value stall;
    stall.measure = QStringLiteral("max_ui_stall_ms");
    stall.backend = settings->backend;
    stall.value = maxStall;
    report.add(stall);

    err << "machine: " << machineLoad() << '\n';
    if (trace) {
        err << "slowest events on the UI thread:\n";
        for (const BenchApplication::SlowEvent &event : app.slowEvents())
            err << "  " << BenchApplication::describe(event) << '\n';
        err << "UI-thread events by kind (busiest first):\n";
        for (const BenchApplication::EventStats &stats : app.eventStats().mid(0, 12))
            err << "  " << BenchApplication::describe(stats) << '\n';
    }
    if (options->json) {
        report.printJson(std::cout);
        report.printTable(err);
    } else {
        QTextStream out(stdout);
        report.printTable(out);
    }
    return 0;
}
