#include "benchsuite.h"
#include "benchapplication.h"
#include "benchqueries.h"
#include "connectionprobe.h"
#include "databaseconnection.h"
#include "modelprobe.h"
#include "qtreplay.h"
#include "rawdriver.h"
#include "schema.h"
#include "stallmeter.h"
#include "tablefilter.h"
#include "tablefiltersql.h"
#include "valuecodec.h"
#include "windowedtablemodel.h"
#include <QDateTime>
#include <QTextStream>
#include <algorithm>

namespace {

constexpr int countTimeoutMs = 600000;   // an exact count of 10 M rows on a slow disk
constexpr int sampleRows = 100000;       // newest rows sampled to pick a busy user / event type
constexpr int filterDays = 7;

const QString auditLogs = QStringLiteral("audit_logs");
const QString createdAt = QStringLiteral("created_at");

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

BenchSuite::BenchSuite(const ConnectionSettings &settings, int repeat, BenchReport *report, QTextStream &log)
    : m_settings(settings)
    , m_repeat(qMax(1, repeat))
    , m_report(report)
    , m_log(log)
{
}

BenchSuite::~BenchSuite() = default;

QStringList BenchSuite::measureNames()
{
    return {QStringLiteral("first_page"), QStringLiteral("jump_end"), QStringLiteral("jump_middle"),
            QStringLiteral("sort_created_at_asc"), QStringLiteral("sort_created_at_desc"),
            QStringLiteral("filter_user_id"), QStringLiteral("filter_created_at_7d"),
            QStringLiteral("filter_event_type"), QStringLiteral("filter_ip_contains"), QStringLiteral("quick_search")};
}

std::optional<std::string> BenchSuite::firstValue(const SqlFragment &statement)
{
    std::string error;
    const RawRows rows = m_raw->rows(RawStatement::fromBound(statement, m_settings.backend), 1, &error);
    if (!error.empty())
        m_log << "lookup failed: " << QString::fromStdString(error) << '\n';
    if (rows.empty() || rows.front().empty())
        return std::nullopt;
    return rows.front().front();
}

bool BenchSuite::chooseParameters()
{
    const auto user = firstValue(BenchQueries::mostFrequentRecent(*m_table, m_settings.backend, QStringLiteral("user_id"), sampleRows));
    const auto event = firstValue(BenchQueries::mostFrequentRecent(*m_table, m_settings.backend, QStringLiteral("event_type"), sampleRows));
    // The model's own boundary query in its default order (newest first) gives the newest row.
    const auto newest = firstValue(m_probe->currentQuery().boundary(false));
    if (!user || !event || !newest) {
        m_error = QStringLiteral("audit_logs has no rows to choose filter values from");
        return false;
    }
    m_userId = QString::fromStdString(*user);
    m_eventType = QString::fromStdString(*event);
    m_newest = QString::fromStdString(*newest);
    m_log << "parameters: user_id " << m_userId << ", event_type " << m_eventType << ", newest " << m_newest << '\n';
    m_log.flush();
    return true;
}

SqlFragment BenchSuite::conditionFor(const FilterSet &set) const
{
    // As TableBrowser::condition() does it.
    return TableFilterSql::condition(*m_table, m_settings.backend, m_probe->columns(), set);
}

bool BenchSuite::openPlain()
{
    if (m_probe->openTable(*m_table) < 0) {
        m_log << "opening audit_logs failed: " << m_probe->error() << '\n';
        return false;
    }
    return true;
}

BenchSuite::Replay BenchSuite::replay()
{
    const TableQuery query = m_probe->currentQuery();
    Replay total{0, 0};
    QList<int> replayed;
    for (const ModelProbe::ArrivedPage &arrived : m_probe->arrivedPages()) {
        const int page = arrived.request.page;
        // A page's first rows arrive early and the page itself after them: one statement.
        if (replayed.contains(page))
            continue;
        replayed.append(page);
        // The very request the model made: the raw driver runs the same SQL and values.
        const SqlFragment statement = query.page(arrived.request);
        const RawDriver::Timing timing = m_raw->time(RawStatement::fromBound(statement, m_settings.backend));
        if (!timing.ok()) {
            m_log << "raw query failed: " << QString::fromStdString(timing.error) << '\n';
            return {};
        }
        if (timing.rows != arrived.rows && arrived.rows != arrived.request.firstRows)
            m_log << "warning: page " << page << ": the model got " << arrived.rows << " rows, the raw replay "
                  << timing.rows << '\n';
        int qtRows = 0;
        QString error;
        const double qtMs = QtReplay::time(m_qt->database(), query, statement, &qtRows, &error);
        if (qtMs < 0) {
            m_log << "QSqlQuery replay failed: " << error << '\n';
            return {};
        }
        total.rawMs += timing.ms;
        total.qtMs += qtMs;
    }
    return total;
}

void BenchSuite::setPhase(const QString &phase)
{
    m_stall->setPhase(phase);
    if (auto *app = qobject_cast<BenchApplication *>(QCoreApplication::instance()))
        app->setPhase(phase);
}

void BenchSuite::measure(const QString &name, const QString &note, const Prepare &prepare, const Action &action)
{
    QList<double> app;
    QList<double> visible;
    QList<double> raw;
    QList<double> qt;
    double stall = 0;
    m_log << name << ':';
    m_log.flush();
    for (int run = 0; run <= m_repeat; ++run) {  // run 0 only warms the caches
        m_stall->resume();
        setPhase(name + QStringLiteral(" prepare"));
        const bool prepared = prepare();
        setPhase(name + QStringLiteral(" action"));
        const double appMs = prepared ? action() : -1;
        if (appMs < 0) {
            m_stall->pause();
            m_log << " failed: " << (prepared ? m_probe->error() : QStringLiteral("could not prepare")) << '\n';
            return;
        }
        // The model goes on counting in the background; the replay must not compete with it.
        setPhase(name + QStringLiteral(" settle"));
        m_probe->settle();
        m_stall->pause();
        stall = qMax(stall, m_stall->takeWindowMaxMs());
        const Replay replayed = replay();
        if (replayed.rawMs < 0)
            return;
        const double rawMs = replayed.rawMs;
        m_log << ' ' << QString::number(appMs, 'f', 1) << '/' << QString::number(rawMs, 'f', 1);
        m_log.flush();
        if (run > 0) {
            app.append(appMs);
            visible.append(m_probe->lastPaintedMs());
            raw.append(rawMs);
            qt.append(replayed.qtMs);
        }
    }
    m_log << '\n';
    m_maxStallMs = qMax(m_maxStallMs, stall);
    BenchReport::Timed timed;
    timed.measure = name;
    timed.backend = m_settings.backend;
    timed.rows = m_rows;
    timed.appMs = median(app);
    timed.visibleMs = median(visible);
    timed.rawMs = median(raw);
    timed.qtMs = median(qt);
    timed.stallMs = stall;
    timed.note = note;
    m_report->add(timed);
}

bool BenchSuite::run(const QStringList &only)
{
    const ProbeResult probe = ConnectionProbe::run(m_settings);
    if (!probe.ok()) {
        m_error = probe.errorMessage();
        return false;
    }
    m_table = Schema::table(auditLogs);
    if (!probe.schema.table(auditLogs) || !probe.columnsOf(auditLogs).contains(createdAt)) {
        m_error = QStringLiteral("the database has no audit_logs table with created_at");
        return false;
    }
    m_ui = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("bench-ui")));
    const DatabaseConnection::Result opened = m_ui->open(m_settings);
    if (!opened.ok()) {
        m_error = opened.message;
        return false;
    }
    m_qt = std::make_unique<DatabaseConnection>(DatabaseConnection::uniqueName(QStringLiteral("bench-qt")));
    if (!m_qt->open(m_settings).ok()) {
        m_error = QStringLiteral("cannot open a second connection");
        return false;
    }
    std::string rawError;
    m_raw = RawDriver::open(m_settings, &rawError);
    if (!m_raw) {
        m_error = QString::fromStdString(rawError);
        return false;
    }
    m_stall = std::make_unique<StallMeter>();
    m_probe = std::make_unique<ModelProbe>(m_settings, m_ui->database(), probe);

    // Startup: the first open pays for fonts and the worker's connection; not measured.
    if (!openPlain() || !m_probe->waitIdle(countTimeoutMs)) {
        m_error = QStringLiteral("cannot open audit_logs: %1").arg(m_probe->error());
        return false;
    }
    m_rows = m_probe->model()->rowCount();
    m_log << backendName(m_settings.backend) << ": audit_logs has " << m_rows
          << (m_probe->model()->isRowCountEstimated() ? " (estimated)" : "") << " rows\n";
    if (!chooseParameters())
        return false;

    const int created = m_probe->model()->columnOf(createdAt);
    auto wanted = [&only](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    auto openSettled = [this] {
        if (!openPlain())
            return false;
        m_probe->settle();
        return true;
    };
    auto openCounted = [this] { return openPlain() && m_probe->waitIdle(countTimeoutMs); };
    auto filtered = [this](const FilterSet &set) { return [this, set] { return m_probe->applyCondition(conditionFor(set)); }; };
    auto columnFilter = [](const QString &column, ColumnFilter::Op op, const QVariant &value) {
        FilterSet set;
        ColumnFilter filter;
        filter.column = column;
        filter.op = op;
        filter.value = value;
        set.filters.append(filter);
        return set;
    };

    if (wanted("first_page"))
        measure(QStringLiteral("first_page"), {}, [this] { m_probe->settle(); return true; },
                [this] { return m_probe->openTable(*m_table); });
    if (wanted("jump_end"))
        measure(QStringLiteral("jump_end"), {}, openCounted, [this] { return m_probe->jumpToEnd(); });
    if (wanted("jump_middle"))
        measure(QStringLiteral("jump_middle"), {}, openCounted, [this] { return m_probe->jumpToMiddle(); });
    if (wanted("sort_created_at_asc"))
        measure(QStringLiteral("sort_created_at_asc"), {}, openSettled,
                [this, created] { return m_probe->sortBy(created, Qt::AscendingOrder); });
    if (wanted("sort_created_at_desc"))
        measure(QStringLiteral("sort_created_at_desc"), {},
                [this, created, openSettled] {
                    if (!openSettled() || m_probe->sortBy(created, Qt::AscendingOrder) < 0)
                        return false;
                    m_probe->settle();
                    return true;
                },
                [this, created] { return m_probe->sortBy(created, Qt::DescendingOrder); });
    if (wanted("filter_user_id"))
        measure(QStringLiteral("filter_user_id"), QStringLiteral("user_id = ") + m_userId, openSettled,
                filtered(columnFilter(QStringLiteral("user_id"), ColumnFilter::Op::Equals, m_userId)));
    if (wanted("filter_created_at_7d")) {
        const QDateTime since = ValueCodec::decodeDateTime(m_newest).addDays(-filterDays);
        measure(QStringLiteral("filter_created_at_7d"), QStringLiteral("created_at >= ") + ValueCodec::encodeDateTime(since),
                openSettled, filtered(columnFilter(createdAt, ColumnFilter::Op::AtLeast, since)));
    }
    if (wanted("filter_event_type"))
        measure(QStringLiteral("filter_event_type"), QStringLiteral("event_type = ") + m_eventType, openSettled,
                filtered(columnFilter(QStringLiteral("event_type"), ColumnFilter::Op::Equals, m_eventType)));
    if (wanted("filter_ip_contains"))
        measure(QStringLiteral("filter_ip_contains"), QStringLiteral("ip_address contains 203.0.113."), openSettled,
                filtered(columnFilter(QStringLiteral("ip_address"), ColumnFilter::Op::Contains, QStringLiteral("203.0.113."))));
    if (wanted("quick_search")) {
        FilterSet set;
        set.quickSearch = QStringLiteral("login");
        measure(QStringLiteral("quick_search"), QStringLiteral("\"login\""), openSettled, filtered(set));
    }
    m_probe->settle();
    return true;
}
