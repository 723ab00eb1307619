#include "seedrows.h"
#include "demovocabulary.h"
#include "pythonjson.h"
#include "rowwriter.h"
#include "schema.h"
#include "seedreferences.h"
#include <algorithm>
#include <cmath>

namespace {

using Json = nlohmann::ordered_json;

// Separate streams per table: seeding executions alone gives the same executions as seeding
// them together with audit logs. The constants are arbitrary odd numbers.
quint32 streamSeed(quint32 seed, SeedTable table)
{
    const quint32 salt[] = {0x9e3779b9u, 0x85ebca6bu, 0xc2b2ae35u};
    return seed ^ salt[int(table)];
}

std::vector<std::string> choicesOf(const char *table, const char *column)
{
    std::vector<std::string> out;
    for (const QString &choice : Schema::table(QLatin1String(table))->column(QLatin1String(column))->choices)
        out.push_back(choice.toStdString());
    return out;
}

} // namespace

SeedRows::SeedRows(SeedTable table, const SeedReferences *references, quint32 seed, qint64 rows, qint64 windowStart,
                   qint64 windowEnd)
    : m_table(table)
    , m_refs(references)
    , m_random(streamSeed(seed, table))
    , m_timeline(rows, windowStart, windowEnd, &m_random)
{
    // Every user's usual address, from a stream of its own so that it is the same for all tables.
    DemoRandom addresses(seed);
    for (std::size_t i = 0; i < m_refs->users().size(); ++i)
        m_homeAddresses.push_back(addresses.documentationAddress().toStdString());

    for (const DemoAuditEvent &event : DemoVocabulary::auditEvents())
        m_eventWeights.append(event.weight);
    m_statuses = choicesOf("executions", "status");  // pending, running, completed, failed
    m_statusWeights = {0.006, 0.006, 0.85, 0.138};     // the demo's mix for active tenants
    m_units = choicesOf("usage_records", "billing_unit");  // agent_run, workflow_run, token, api_call
    m_unitWeights = {0.35, 0.2, 0.3, 0.15};

    const auto &tenants = m_refs->tenants();
    for (int user : m_refs->members()) {
        const SeedReferences::Tenant &tenant = tenants[std::size_t(m_refs->users()[std::size_t(user)].tenant)];
        if (!tenant.agents.empty() || !tenant.workflows.empty())
            m_runners.push_back(user);
    }
    // Bigger tenants use more: a tenant's subscription weighs one more than its user count.
    double total = 0;
    for (const SeedReferences::Tenant &tenant : tenants) {
        if (tenant.subscription < 0)
            continue;
        total += 1.0 + double(tenant.users.size());
        m_billed.push_back(tenant.subscription);
        m_billedCumulative.push_back(total);
    }
    for (const SeedReferences::Subscription &subscription : m_refs->subscriptions()) {
        const QList<double> prices = DemoVocabulary::unitPrices(QString::fromStdString(subscription.planType));
        m_prices.emplace_back(prices.cbegin(), prices.cend());
    }
}

QString SeedRows::tableName(SeedTable table)
{
    switch (table) {
    case SeedTable::AuditLogs: return QStringLiteral("audit_logs");
    case SeedTable::Executions: return QStringLiteral("executions");
    case SeedTable::UsageRecords: return QStringLiteral("usage_records");
    }
    return {};
}

QStringList SeedRows::columns(SeedTable table)
{
    // audit_logs.id is left out: the database numbers the rows (INTEGER PRIMARY KEY, SERIAL).
    switch (table) {
    case SeedTable::AuditLogs:
        return QString::fromLatin1("event_type,user_id,resource_type,resource_id,action,success,details,ip_address,"
                                   "created_at").split(QLatin1Char(','));
    case SeedTable::Executions:
        return QString::fromLatin1("id,execution_type,resource_id,status,input_data,output_data,error,execution_time,"
                                   "tenant_id,created_by,created_at,completed_at").split(QLatin1Char(','));
    case SeedTable::UsageRecords:
        return QString::fromLatin1("id,tenant_id,subscription_id,billing_unit,quantity,unit_price,total_cost,currency,"
                                   "period_start,period_end,created_at").split(QLatin1Char(','));
    }
    return {};
}

QString SeedRows::missingReferences(SeedTable table, const SeedReferences &references)
{
    if (references.tenants().empty())
        return tr("the database has no tenants for the new rows to belong to.");
    switch (table) {
    case SeedTable::AuditLogs:
        if (references.users().empty())
            return tr("the database has no users to write audit events for.");
        break;
    case SeedTable::Executions: {
        const bool anyRunner = std::any_of(references.members().cbegin(), references.members().cend(), [&](int user) {
            const auto &tenant = references.tenants()[std::size_t(references.users()[std::size_t(user)].tenant)];
            return !tenant.agents.empty() || !tenant.workflows.empty();
        });
        if (!anyRunner)
            return tr("the database has no agents or workflows with a user in their tenant to run them.");
        break;
    }
    case SeedTable::UsageRecords: {
        const bool anyBilled = std::any_of(references.tenants().cbegin(), references.tenants().cend(),
                                           [](const SeedReferences::Tenant &t) { return t.subscription >= 0; });
        if (!anyBilled)
            return tr("the database has no subscriptions to bill usage to.");
        break;
    }
    }
    return {};
}

int SeedRows::pickMadeBy(const std::vector<int> &sorted, int madeBy)
{
    if (sorted.empty())
        return -1;
    if (madeBy <= 0)
        return sorted.front();
    return sorted[std::size_t(m_random.between(0, madeBy - 1))];
}

void SeedRows::writeNext(RowWriter &out)
{
    const qint64 when = m_timeline.next();
    switch (m_table) {
    case SeedTable::AuditLogs: writeAuditLog(out, when); break;
    case SeedTable::Executions: writeExecution(out, when); break;
    case SeedTable::UsageRecords: writeUsageRecord(out, when); break;
    }
}

void SeedRows::writeExecution(RowWriter &out, qint64 when)
{
    const auto &users = m_refs->users();
    const SeedReferences::User &user = users[std::size_t(pickMadeBy(m_runners, SeedReferences::madeBy(m_runners, users, when)))];
    const SeedReferences::Tenant &tenant = m_refs->tenants()[std::size_t(user.tenant)];
    const bool isAgent = tenant.workflows.empty() || (!tenant.agents.empty() && m_random.chance(0.7));
    const auto &pool = isAgent ? m_refs->agents() : m_refs->workflows();
    const std::vector<int> &owned = isAgent ? tenant.agents : tenant.workflows;
    const SeedReferences::Resource &resource = pool[std::size_t(pickMadeBy(owned, SeedReferences::madeBy(owned, pool, when)))];

    int status = m_random.weighted(m_statusWeights);
    // The demo's durations: agents take seconds, workflows minutes; failures stop early.
    double seconds = isAgent ? std::exp(m_random.real(-0.5, 3.7)) : std::exp(m_random.real(1.5, 6.4));
    if (status == 3)
        seconds *= m_random.real(0.05, 1.0);
    const qint64 durationMs = std::max<qint64>(50, qint64(seconds * 1000.0));
    if (status >= 2 && when + durationMs >= m_timeline.windowEnd())
        status = 1;  // still running at the end of the window
    const bool finished = status >= 2;
    const int promptTokens = m_random.between(180, 6000);
    const int completionTokens = m_random.between(40, 1500);
    const Json input = isAgent ? Json{{"prompt", m_random.pick(DemoVocabulary::prompts()).toStdString()},
                                      {"temperature", m_random.chance(0.5) ? 0.2 : 0.7},
                                      {"max_tokens", 1024 * m_random.between(1, 4)}}
                               : Json{{"trigger", m_random.chance(0.6) ? "webhook" : "manual"},
                                      {"payload", {{"record_id", m_random.token(12).toStdString()},
                                                   {"priority", m_random.between(1, 4)}}}};

    out.addText(m_random.id().toStdString());
    out.addText(isAgent ? "agent" : "workflow");
    out.addText(resource.id);
    out.addText(m_statuses[std::size_t(status)]);
    out.addText(PythonJson::dumps(input));
    if (status == 2) {
        const Json usage = {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens},
                            {"total_tokens", promptTokens + completionTokens}};
        out.addText(PythonJson::dumps(
            isAgent ? Json{{"response", m_random.pick(DemoVocabulary::responses()).toStdString()},
                           {"model", resource.model}, {"finish_reason", "stop"}, {"usage", usage}}
                    : Json{{"status", "succeeded"}, {"steps_completed", m_random.between(2, 5)}, {"usage", usage}}));
    } else {
        out.addNull();
    }
    if (status == 3)
        out.addText(m_random.pick(DemoVocabulary::executionErrors()).toStdString());
    else
        out.addNull();
    if (finished)
        out.addReal(double(durationMs) / 1000.0);
    else
        out.addNull();
    out.addText(tenant.id);
    out.addText(user.id);
    out.addDateTime(when);
    if (finished)
        out.addDateTime(when + durationMs);
    else
        out.addNull();
}

void SeedRows::writeUsageRecord(RowWriter &out, qint64 when)
{
    const double point = m_random.real(0.0, m_billedCumulative.back());
    const std::size_t billed = std::size_t(std::upper_bound(m_billedCumulative.cbegin(), m_billedCumulative.cend(), point)
                                           - m_billedCumulative.cbegin());
    const int subscriptionIndex = m_billed[std::min(billed, m_billed.size() - 1)];
    const SeedReferences::Subscription &subscription = m_refs->subscriptions()[std::size_t(subscriptionIndex)];
    const int unit = m_random.weighted(m_unitWeights);
    double quantity = 0;
    switch (unit) {
    case 0: quantity = m_random.between(1, 40); break;         // agent runs in one report
    case 1: quantity = m_random.between(1, 12); break;         // workflow runs
    case 2: quantity = m_random.between(200, 60000); break;    // tokens
    default: quantity = m_random.between(1, 500); break;       // API calls
    }
    const double price = m_prices[std::size_t(subscriptionIndex)].at(std::size_t(unit));
    const qint64 day = m_timeline.dayStart();

    out.addText(m_random.id().toStdString());
    out.addText(m_refs->tenants()[std::size_t(subscription.tenant)].id);
    out.addText(subscription.id);
    out.addText(m_units[std::size_t(unit)]);
    out.addReal(quantity);
    out.addReal(price);
    out.addReal(quantity * price);
    out.addText(subscription.currency);
    out.addDateTime(day);
    out.addDateTime(day + SeedTimeline::MsecsPerDay);
    out.addDateTime(when);
}
