// DemoContent, part three: twelve months of activity — executions, daily usage, audit trail.
#include "democontent.h"
#include "demovocabulary.h"
#include <algorithm>
#include <cmath>

namespace {

using Json = nlohmann::ordered_json;

constexpr int auditLogTarget = 30000;
constexpr int createdAtColumn = 8;  // in the audit_logs column list

} // namespace

void DemoContent::makeExecutions()
{
    QList<QVariantList> all;
    const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("completed"),
                                  QStringLiteral("failed")};
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        Tenant &t = m_tenants[ti];
        for (int i = 0; i < t.executionCount; ++i) {
            const QString status = statuses.at(m_random.weighted(t.active ? QList<double>{0.006, 0.006, 0.85, 0.138}
                                                                          : QList<double>{0.0, 0.0, 0.86, 0.14}));
            const bool finished = status == QLatin1String("completed") || status == QLatin1String("failed");
            bool isAgent = t.workflows.isEmpty() || m_random.chance(0.7);
            double seconds = isAgent ? std::exp(m_random.real(-0.5, 3.7)) : std::exp(m_random.real(1.5, 6.4));
            if (status == QLatin1String("failed"))
                seconds *= m_random.real(0.05, 1.0);
            const qint64 durationMs = std::max<qint64>(50, qint64(seconds * 1000.0));
            // The moment first (busier lately; unfinished runs started within the last hours),
            // then something that existed then to run.
            QDateTime created = finished ? m_random.workingMoment(windowStart(), t.activeUntil.addMSecs(-durationMs - 1000), 2.0)
                                         : m_now.addSecs(-m_random.between(5, 3 * 3600));
            QList<int> candidates;
            for (int attempt = 0; attempt < 2 && candidates.isEmpty(); ++attempt) {
                if (attempt == 1)
                    isAgent = !isAgent;
                for (int r : isAgent ? t.agents : t.workflows) {
                    if ((isAgent ? m_agents : m_workflows).at(r).created <= created)
                        candidates.append(r);
                }
            }
            if (candidates.isEmpty()) {
                // Nothing existed yet: run the tenant's first agent some time after it was made.
                isAgent = true;
                candidates.append(t.agents.constFirst());
                const QDateTime made = m_agents.at(candidates.constFirst()).created;
                created = m_random.moment(made, t.activeUntil.addMSecs(-durationMs - 1000));
            }
            const Resource &resource = (isAgent ? m_agents : m_workflows).at(m_random.pick(candidates));
            int creator = pickActor(ti, created);
            if (creator < 0)
                creator = resource.creator;
            const int promptTokens = m_random.between(180, 6000);
            const int completionTokens = m_random.between(40, 1500);
            Json input = isAgent ? Json{{"prompt", utf8(m_random.pick(DemoVocabulary::prompts()))},
                                        {"temperature", m_random.chance(0.5) ? 0.2 : 0.7},
                                        {"max_tokens", 1024 * m_random.between(1, 4)}}
                                 : Json{{"trigger", m_random.chance(0.6) ? "webhook" : "manual"},
                                        {"payload", {{"record_id", utf8(m_random.token(12))}, {"priority", m_random.between(1, 4)}}}};
            QVariant output;
            QVariant error;
            if (status == QLatin1String("completed")) {
                const Json usage = {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens},
                                    {"total_tokens", promptTokens + completionTokens}};
                output = isAgent ? json({{"response", utf8(m_random.pick(DemoVocabulary::responses()))},
                                         {"model", utf8(resource.model)}, {"finish_reason", "stop"}, {"usage", usage}})
                                 : json({{"status", "succeeded"}, {"steps_completed", m_random.between(2, 5)}, {"usage", usage}});
            } else if (status == QLatin1String("failed")) {
                error = m_random.pick(DemoVocabulary::executionErrors());
            }
            const double executionTime = finished ? double(durationMs) / 1000.0 : 0.0;
            all.append({m_random.id(), isAgent ? QStringLiteral("agent") : QStringLiteral("workflow"), resource.id, status,
                        json(input), output, error, finished ? QVariant(executionTime) : QVariant(), t.id,
                        m_users.at(creator).id, created, finished ? QVariant(created.addMSecs(durationMs)) : QVariant()});

            const int day = dayIndex(created);
            if (day >= 0 && day < 365) {
                (isAgent ? t.agentRuns : t.workflowRuns)[day] += 1;
                if (status == QLatin1String("completed"))
                    t.tokens[day] += promptTokens + completionTokens;
            }
            if (created >= m_now.addDays(-30))
                ++t.executionsLastMonth;
        }
    }
    // Oldest first, as they were written.
    std::stable_sort(all.begin(), all.end(), [](const QVariantList &a, const QVariantList &b) {
        return a.at(10).toDateTime() < b.at(10).toDateTime();
    });
    rows("executions").rows = all;
}

void DemoContent::makeUsageRecords()
{
    DemoRows &out = rows("usage_records");
    const QStringList units = {QStringLiteral("agent_run"), QStringLiteral("workflow_run"), QStringLiteral("token"),
                               QStringLiteral("api_call")};
    for (const Tenant &t : m_tenants) {
        // Prices per unit by plan, in USD; EUR tenants pay the same in euros at a fixed rate.
        QList<double> prices = DemoVocabulary::unitPrices(t.billedPlan);
        if (t.currency == QLatin1String("EUR")) {
            for (double &p : prices)
                p = std::round(p * 0.92 * 1e8) / 1e8;
        }
        const double apiCallsPerDay = 40.0 * t.apiKeyCount;
        for (int day = 0; day < 365; ++day) {
            const QDateTime start(windowStart().date().addDays(day), QTime(0, 0), Qt::UTC);
            const QDateTime end = start.addDays(1);
            const bool weekend = start.date().dayOfWeek() >= 6;
            const double growth = 0.5 + double(day) / 365.0;
            for (int u = 0; u < units.size(); ++u) {
                double quantity = 0;
                switch (u) {
                case 0: quantity = t.agentRuns.at(day); break;
                case 1: quantity = t.workflowRuns.at(day); break;
                case 2: quantity = t.tokens.at(day); break;
                default:
                    if (end <= t.activeUntil)
                        quantity = std::round(apiCallsPerDay * growth * (weekend ? 0.3 : 1.0) * m_random.real(0.6, 1.4));
                }
                // The rollup job runs just before the day closes.
                out.rows.append({m_random.id(), t.id, t.subscriptionId, units.at(u), quantity, prices.at(u),
                                 quantity * prices.at(u), t.currency, start, end, start.addSecs(23 * 3600 + 55 * 60)});
            }
        }
    }
}

void DemoContent::makeAuditLogs()
{
    QList<QVariantList> all = m_creationEvents;
    QList<double> weights;
    const QList<DemoAuditEvent> &events = DemoVocabulary::auditEvents();
    for (const DemoAuditEvent &event : events)
        weights.append(event.weight);
    const QList<int> staff = {0, 1};  // the superuser and the support account
    QList<int> members;
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).tenant >= 0)
            members.append(i);
    }
    QList<int> everyBlueprint;
    for (int i = 0; i < m_blueprints.size(); ++i)
        everyBlueprint.append(i);

    while (all.size() < auditLogTarget) {
        const DemoAuditEvent &spec = events.at(m_random.weighted(weights));
        const int actorIndex = m_random.pick(spec.staff ? staff : members);
        const User &actor = m_users.at(actorIndex);
        const QDateTime from = std::max(windowStart(), actor.created);
        if (from >= actor.activeUntil)
            continue;
        const QDateTime when = m_random.workingMoment(from, actor.activeUntil, 1.5);
        const QString type = QLatin1String(spec.type);
        const QString resourceType = QLatin1String(spec.resourceType);
        // The tenant acted on: the actor's own, or for staff any tenant alive at that moment.
        int tenant = actor.tenant;
        if (spec.staff) {
            tenant = m_random.between(0, int(m_tenants.size()) - 1);
            if (m_tenants.at(tenant).created > when || m_tenants.at(tenant).activeUntil < when)
                continue;
        }
        const Tenant &t = m_tenants.at(tenant);
        auto existing = [&](const QList<int> &indexes, const QList<Resource> &pool) {
            QList<int> out;
            for (int i : indexes) {
                if (pool.at(i).created <= when)
                    out.append(i);
            }
            return out;
        };

        QString resourceId;
        QVariant userId = actor.id;
        bool success = !m_random.chance(0.03);
        QString address = m_random.chance(0.85) ? actor.homeAddress : randomAddress();
        Json details = Json::object();
        if (resourceType == QLatin1String("user")) {
            resourceId = actor.id;
            if (type == QLatin1String("auth.login")) {
                details = {{"method", m_random.chance(0.8) ? "password" : "sso"}, {"mfa", m_random.chance(0.4)},
                           {"user_agent", utf8(m_random.pick(DemoVocabulary::userAgents()))}};
            } else if (type == QLatin1String("auth.logout")) {
                details = {{"session_minutes", m_random.between(2, 480)}};
            } else if (type == QLatin1String("auth.login_failed")) {
                success = false;
                address = m_random.chance(0.5) ? actor.homeAddress : randomAddress();
                const int reason = m_random.weighted({0.7, 0.1, 0.2});
                if (reason == 2) {  // someone tried an address that has no account
                    userId = QVariant();
                    resourceId.clear();
                    details = {{"email", utf8(QStringLiteral("%1@%2.test").arg(m_random.token(6).toLower(), t.slug))},
                               {"reason", "unknown_email"}};
                } else {
                    details = {{"email", utf8(actor.email)}, {"reason", reason == 0 ? "invalid_password" : "account_locked"}};
                }
            } else if (type == QLatin1String("auth.password_reset")) {
                details = {{"requested_via", "email"}};
            } else {
                const QList<int> colleagues = activeUsersOf(tenant, when);
                if (colleagues.isEmpty())
                    continue;
                const User &target = m_users.at(m_random.pick(colleagues));
                resourceId = target.id;
                if (type == QLatin1String("user.update"))
                    details = {{"fields", Json::array({"roles"})}, {"roles", Json::array({utf8(target.role)})}};
                else if (type == QLatin1String("user.invite"))
                    details = {{"email", utf8(target.email)}, {"role", utf8(target.role)}};
                else
                    details = {{"reason", utf8(QStringLiteral("Support ticket #%1").arg(m_random.between(10000, 99999)))},
                               {"tenant", utf8(t.slug)}};
            }
        } else if (resourceType == QLatin1String("agent") || resourceType == QLatin1String("workflow")
                   || resourceType == QLatin1String("project") || resourceType == QLatin1String("api_key")) {
            const bool agent = resourceType == QLatin1String("agent");
            const bool workflow = resourceType == QLatin1String("workflow");
            const QList<Resource> &pool = agent ? m_agents : workflow ? m_workflows
                                                : resourceType == QLatin1String("project") ? m_projects : m_apiKeys;
            const QList<int> candidates = existing(agent ? t.agents : workflow ? t.workflows
                                                   : resourceType == QLatin1String("project") ? t.projects : t.apiKeys, pool);
            if (candidates.isEmpty())
                continue;
            const Resource &resource = pool.at(m_random.pick(candidates));
            resourceId = resource.id;
            if (qstrcmp(spec.action, "execute") == 0)
                details = {{"name", utf8(resource.name)}, {"trigger", m_random.chance(0.7) ? "api" : "ui"}};
            else if (agent && m_random.chance(0.4))
                details = {{"name", utf8(resource.name)},
                           {"changes", {{"model", {utf8(resource.model), utf8(m_random.pick(DemoVocabulary::models()))}}}}};
            else
                details = {{"name", utf8(resource.name)},
                           {"fields", Json::array({agent ? "instructions" : workflow ? "definition" : resourceType == QLatin1String("project") ? "config" : "is_active"})}};
        } else if (resourceType == QLatin1String("blueprint")) {
            const QList<int> candidates = existing(everyBlueprint, m_blueprints);
            if (candidates.isEmpty())
                continue;
            const Resource &blueprint = m_blueprints.at(m_random.pick(candidates));
            resourceId = blueprint.id;
            details = {{"blueprint", utf8(blueprint.name)}, {"tenant", utf8(t.slug)}};
        } else if (resourceType == QLatin1String("subscription")) {
            resourceId = t.subscriptionId;
            details = {{"field", "billing_cycle"}, {"value", utf8(t.billingCycle)}};
        } else {  // tenant
            resourceId = t.id;
            if (type == QLatin1String("admin.update"))
                details = {{"fields", Json::array({"resource_quota"})}, {"tenant", utf8(t.slug)},
                           {"reason", m_random.chance(0.5) ? "Quota raised for a pilot project" : "Plan change requested by customer"}};
            else if (type == QLatin1String("admin.view"))
                details = {{"tenant", utf8(t.slug)}, {"section", m_random.chance(0.5) ? "usage" : "users"}};
            else
                details = {{"fields", Json::array({"name"})}};
        }
        if (!success && type != QLatin1String("auth.login_failed"))
            details["error"] = "permission denied";
        all.append({type, userId, resourceType, resourceId.isEmpty() ? QVariant() : QVariant(resourceId),
                    QString::fromLatin1(spec.action), success, json(details), address, when});
    }
    std::stable_sort(all.begin(), all.end(), [](const QVariantList &a, const QVariantList &b) {
        return a.at(createdAtColumn).toDateTime() < b.at(createdAtColumn).toDateTime();
    });
    rows("audit_logs").rows = all;
}
