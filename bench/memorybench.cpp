#include "memorybench.h"
#include "connectionprobe.h"
#include "databaseconnection.h"
#include "modelprobe.h"
#include "processmemory.h"
#include "schema.h"
#include "stallmeter.h"
#include "windowedtablemodel.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <nlohmann/json.hpp>

namespace {

constexpr int countTimeoutMs = 600000;
constexpr int childTimeoutMs = 1800000;

} // namespace

bool MemoryBench::browseHere(const ConnectionSettings &settings, const QString &table, int scrollRows, Result *result,
                             QString *error)
{
    const ProbeResult probe = ConnectionProbe::run(settings);
    const TableSpec *spec = Schema::table(table);
    if (!probe.ok() || !spec || !probe.schema.table(table)) {
        *error = probe.ok() ? QStringLiteral("the database has no table %1").arg(table) : probe.errorMessage();
        return false;
    }
    DatabaseConnection ui(DatabaseConnection::uniqueName(QStringLiteral("bench-ui")));
    const DatabaseConnection::Result opened = ui.open(settings);
    if (!opened.ok()) {
        *error = opened.message;
        return false;
    }
    StallMeter stall;
    ModelProbe browser(settings, ui.database(), probe);
    QElapsedTimer clock;
    clock.start();
    if (browser.openTable(*spec) < 0) {
        *error = QStringLiteral("cannot open %1: %2").arg(table, browser.error());
        return false;
    }
    const double beforeCount = ProcessMemory::currentRssMb();
    if (!browser.waitIdle(countTimeoutMs)) {
        *error = QStringLiteral("cannot count %1: %2").arg(table, browser.error());
        return false;
    }
    // Where the memory goes: the count makes the view size its headers for every row.
    if (qEnvironmentVariableIsSet("AFADMIN_BENCH_TRACE"))
        qInfo("trace: %s: RSS %.1f MB after the first page, %.1f MB once %d rows are counted", qPrintable(table),
              beforeCount, ProcessMemory::currentRssMb(), browser.model()->rowCount());
    // The startup (fonts, first paint) is not browsing; the stall is judged from here on.
    stall.resume();
    if (browser.scrollDown(scrollRows) < 0 || browser.jumpToEnd() < 0) {
        *error = QStringLiteral("browsing %1 failed: %2").arg(table, browser.error());
        return false;
    }
    stall.pause();
    result->browseMs = double(clock.elapsed());
    result->maxStallMs = stall.maxStallMs();
    result->peakRss.measure = QStringLiteral("peak_rss_mb");
    result->peakRss.backend = settings.backend;
    result->peakRss.rows = browser.model()->rowCount();
    result->peakRss.value = ProcessMemory::peakRssMb();
    result->peakRss.note = table;
    return true;
}

std::string MemoryBench::toJson(const Result &result)
{
    nlohmann::ordered_json j;
    j["measure"] = result.peakRss.measure.toStdString();
    j["backend"] = BenchReport::backendKey(result.peakRss.backend).toStdString();
    j["rows"] = result.peakRss.rows;
    j["value"] = result.peakRss.value;
    j["table"] = result.peakRss.note.toStdString();
    j["max_ui_stall_ms"] = result.maxStallMs;
    j["browse_ms"] = result.browseMs;
    return j.dump();
}

bool MemoryBench::fromJson(const std::string &line, Result *result)
{
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("value") || !j.contains("rows"))
        return false;
    result->peakRss.measure = QString::fromStdString(j.value("measure", std::string()));
    result->peakRss.rows = j.value("rows", qint64(-1));
    result->peakRss.value = j.value("value", 0.0);
    result->peakRss.note = QString::fromStdString(j.value("table", std::string()));
    result->maxStallMs = j.value("max_ui_stall_ms", 0.0);
    result->browseMs = j.value("browse_ms", 0.0);
    return true;
}

bool MemoryBench::inChild(const QString &url, Backend backend, const QString &table, int scrollRows, Result *result,
                          QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--database-url"), url, QStringLiteral("--browse-memory"), table,
                 QStringLiteral("--scroll-rows"), QString::number(scrollRows)});
    if (!child.waitForFinished(childTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("browsing %1 in a child process failed (exit %2)").arg(table).arg(child.exitCode());
        return false;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    if (lines.isEmpty() || !fromJson(lines.last().toStdString(), result)) {
        *error = QStringLiteral("browsing %1: unreadable child output").arg(table);
        return false;
    }
    result->peakRss.backend = backend;
    return true;
}
