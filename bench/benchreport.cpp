#include "benchreport.h"
#include <QTextStream>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

namespace {

constexpr double maxRatio = 1.5;
constexpr double maxJumpMs = 100;
constexpr double maxStallMs = 16;
constexpr double maxRssMb = 150;
constexpr double maxRssSpread = 0.10;

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

QString BenchReport::backendKey(Backend backend)
{
    return backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString BenchReport::target(const Timed &timed, bool *met)
{
    // first_page and the filters an index serves (created_at is audit_logs' only index) are
    // held to the raw driver; jumps to an absolute time.
    if (timed.measure == QLatin1String("first_page") || timed.measure == QLatin1String("filter_created_at_7d")) {
        *met = timed.ratio() <= maxRatio;
        return QStringLiteral("<= %1x raw").arg(maxRatio);
    }
    if (timed.measure.startsWith(QLatin1String("jump_"))) {
        // A jump is judged as the user sees it: painted.
        *met = timed.visibleMs <= maxJumpMs;
        return QStringLiteral("<= %1 ms").arg(maxJumpMs);
    }
    *met = true;
    return {};
}

QString BenchReport::rssTarget(const Value &value, bool *met) const
{
    if (value.measure == QLatin1String("max_ui_stall_ms")) {
        *met = value.value <= maxStallMs;
        return QStringLiteral("<= %1 ms").arg(maxStallMs);
    }
    // Peak RSS: absolute, and against the other sizes of the same table on the same backend
    // (note holds the table); a table browsed once is compared with the backend's others.
    auto spreadOver = [&](bool sameTable, double *low, double *high) {
        int peers = 0;
        *low = *high = value.value;
        for (const Value &other : m_values) {
            if (other.measure == value.measure && other.backend == value.backend && (!sameTable || other.note == value.note)) {
                *low = qMin(*low, other.value);
                *high = qMax(*high, other.value);
                ++peers;
            }
        }
        return peers;
    };
    double low = 0;
    double high = 0;
    if (spreadOver(true, &low, &high) < 2)
        spreadOver(false, &low, &high);
    *met = value.value <= maxRssMb && (low <= 0 || (high - low) / low <= maxRssSpread);
    return QStringLiteral("<= %1 MB, spread <= %2 %").arg(maxRssMb).arg(maxRssSpread * 100);
}

void BenchReport::printTable(QTextStream &out) const
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
               .arg(QStringLiteral("backend"), -11).arg(QStringLiteral("measure"), -22).arg(QStringLiteral("rows"), 10)
               .arg(QStringLiteral("app ms"), 9).arg(QStringLiteral("raw ms"), 9).arg(QStringLiteral("app/raw"), 8)
               .arg(QStringLiteral("qt ms"), 9).arg(QStringLiteral("shown ms"), 9).arg(QStringLiteral("stall ms"), 9)
               .arg(QStringLiteral("target"));
    for (const Timed &t : m_timed) {
        bool met = true;
        const QString goal = target(t, &met);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10%11\n")
                   .arg(backendKey(t.backend), -11).arg(t.measure, -22).arg(t.rows, 10)
                   .arg(number(t.appMs, 2), 9).arg(number(t.rawMs, 2), 9).arg(number(t.ratio(), 2) + QLatin1Char('x'), 8)
                   .arg(number(t.qtMs, 2), 9).arg(number(t.visibleMs, 1), 9).arg(number(t.stallMs), 9)
                   .arg(goal.isEmpty() ? QStringLiteral("-") : goal + (met ? QStringLiteral(" ok") : QStringLiteral(" MISSED")))
                   .arg(t.note.isEmpty() ? QString() : QStringLiteral("  (") + t.note + QLatin1Char(')'));
    }
    for (const Value &v : m_values) {
        bool met = true;
        const QString goal = rssTarget(v, &met);
        out << QStringLiteral("%1 %2 %3 %4  %5%6\n")
                   .arg(backendKey(v.backend), -11).arg(v.measure, -22)
                   .arg(v.rows >= 0 ? QString::number(v.rows) : QStringLiteral("-"), 10)
                   .arg(number(v.value), 9)
                   .arg(goal + (met ? QStringLiteral(" ok") : QStringLiteral(" MISSED")))
                   .arg(v.note.isEmpty() ? QString() : QStringLiteral("  (") + v.note + QLatin1Char(')'));
    }
    out.flush();
}

std::string BenchReport::jsonLine(const Timed &t)
{
    nlohmann::ordered_json j;
    j["measure"] = t.measure.toStdString();
    j["backend"] = backendKey(t.backend).toStdString();
    j["rows"] = t.rows;
    j["app_ms"] = rounded(t.appMs);
    j["raw_ms"] = rounded(t.rawMs);
    j["ratio"] = rounded(t.ratio());
    return j.dump();
}

std::string BenchReport::jsonLine(const Value &v)
{
    nlohmann::ordered_json j;
    j["measure"] = v.measure.toStdString();
    j["backend"] = backendKey(v.backend).toStdString();
    if (v.rows >= 0)
        j["rows"] = v.rows;
    j["value"] = rounded(v.value);
    return j.dump();
}

void BenchReport::printJson(std::ostream &out) const
{
    for (const Timed &t : m_timed)
        out << jsonLine(t) << '\n';
    for (const Value &v : m_values)
        out << jsonLine(v) << '\n';
    out.flush();
}
