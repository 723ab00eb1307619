// SeedRows, part two: the audit trail, shaped like the demo's events (democontentactivity.cpp).
#include "demovocabulary.h"
#include "pythonjson.h"
#include "rowwriter.h"
#include "seedreferences.h"
#include "seedrows.h"

namespace {

using Json = nlohmann::ordered_json;

bool is(const char *a, const char *b)
{
    return qstrcmp(a, b) == 0;
}

} // namespace

void SeedRows::writeAuditLog(RowWriter &out, qint64 when)
{
    using Resource = SeedReferences::Resource;
    const auto &users = m_refs->users();
    const auto &tenants = m_refs->tenants();
    const QList<DemoAuditEvent> &events = DemoVocabulary::auditEvents();
    const DemoAuditEvent *event = &events.at(m_random.weighted(m_eventWeights));

    // Staff events by platform staff on any tenant, the rest by a tenant's own users; a
    // database with only one kind of user lends it to the other.
    const bool byStaff = (event->staff && !m_refs->staff().empty()) || m_refs->members().empty();
    const std::vector<int> &actors = byStaff ? m_refs->staff() : m_refs->members();
    const int actorIndex = pickMadeBy(actors, SeedReferences::madeBy(actors, users, when));
    const SeedReferences::User &actor = users[std::size_t(actorIndex)];
    const int tenantIndex = actor.tenant >= 0 && !byStaff ? actor.tenant : m_random.between(0, int(tenants.size()) - 1);
    const SeedReferences::Tenant &tenant = tenants[std::size_t(tenantIndex)];

    // The thing acted on, when the tenant has one; otherwise the event becomes a login.
    const Resource *resource = nullptr;
    int targetUser = -1;
    auto pickFrom = [&](const std::vector<int> &owned, const std::vector<Resource> &pool) -> const Resource * {
        const int index = pickMadeBy(owned, SeedReferences::madeBy(owned, pool, when));
        return index < 0 ? nullptr : &pool[std::size_t(index)];
    };
    const char *type = event->resourceType;
    if (is(type, "agent"))
        resource = pickFrom(tenant.agents, m_refs->agents());
    else if (is(type, "workflow"))
        resource = pickFrom(tenant.workflows, m_refs->workflows());
    else if (is(type, "project"))
        resource = pickFrom(tenant.projects, m_refs->projects());
    else if (is(type, "api_key"))
        resource = pickFrom(tenant.apiKeys, m_refs->apiKeys());
    else if (is(type, "blueprint") && !m_refs->blueprints().empty())
        resource = &m_refs->blueprints()[std::size_t(m_random.between(0, int(m_refs->blueprints().size()) - 1))];
    else if (is(event->type, "user.update") || is(event->type, "user.invite") || is(event->type, "admin.impersonate"))
        targetUser = pickMadeBy(tenant.users, SeedReferences::madeBy(tenant.users, users, when));
    const bool needsResource = is(type, "agent") || is(type, "workflow") || is(type, "project") || is(type, "api_key")
                            || is(type, "blueprint");
    if ((needsResource && !resource) || (is(type, "subscription") && tenant.subscription < 0)
        || (targetUser < 0 && (is(event->type, "user.update") || is(event->type, "user.invite")
                               || is(event->type, "admin.impersonate")))) {
        event = &events.at(0);
        type = event->resourceType;
    }

    std::string resourceId;
    const std::string *userId = &actor.id;
    bool success = !m_random.chance(0.03);
    std::string address = m_random.chance(0.85) ? m_homeAddresses[std::size_t(actorIndex)]
                                                 : m_random.documentationAddress().toStdString();
    Json details = Json::object();
    const char *name = event->type;
    if (targetUser >= 0) {
        const SeedReferences::User &target = users[std::size_t(targetUser)];
        resourceId = target.id;
        if (is(name, "user.update"))
            details = {{"fields", Json::array({"roles"})}, {"roles", Json::array({target.role})}};
        else if (is(name, "user.invite"))
            details = {{"email", target.email}, {"role", target.role}};
        else
            details = {{"reason", "Support ticket #" + std::to_string(m_random.between(10000, 99999))}, {"tenant", tenant.slug}};
    } else if (is(type, "user")) {
        resourceId = actor.id;
        if (is(name, "auth.login")) {
            details = {{"method", m_random.chance(0.8) ? "password" : "sso"}, {"mfa", m_random.chance(0.4)},
                       {"user_agent", m_random.pick(DemoVocabulary::userAgents()).toStdString()}};
        } else if (is(name, "auth.logout")) {
            details = {{"session_minutes", m_random.between(2, 480)}};
        } else if (is(name, "auth.login_failed")) {
            success = false;
            const int reason = m_random.weighted({0.7, 0.1, 0.2});
            if (reason == 2) {  // someone tried an address that has no account
                userId = nullptr;
                resourceId.clear();
                details = {{"email", m_random.token(6).toLower().toStdString() + "@" + tenant.slug + ".test"},
                           {"reason", "unknown_email"}};
            } else {
                details = {{"email", actor.email}, {"reason", reason == 0 ? "invalid_password" : "account_locked"}};
            }
        } else {
            details = {{"requested_via", "email"}};
        }
    } else if (resource && is(type, "blueprint")) {
        resourceId = resource->id;
        details = {{"blueprint", resource->name}, {"tenant", tenant.slug}};
    } else if (resource) {
        resourceId = resource->id;
        const bool agent = is(type, "agent");
        if (is(event->action, "execute"))
            details = {{"name", resource->name}, {"trigger", m_random.chance(0.7) ? "api" : "ui"}};
        else if (agent && m_random.chance(0.4))
            details = {{"name", resource->name},
                       {"changes", {{"model", {resource->model, m_random.pick(DemoVocabulary::models()).toStdString()}}}}};
        else
            details = {{"name", resource->name},
                       {"fields", Json::array({agent ? "instructions" : is(type, "workflow") ? "definition"
                                                                      : is(type, "project") ? "config" : "is_active"})}};
    } else if (is(type, "subscription")) {
        resourceId = m_refs->subscriptions()[std::size_t(tenant.subscription)].id;
        details = {{"field", "billing_cycle"}, {"value", m_refs->subscriptions()[std::size_t(tenant.subscription)].billingCycle}};
    } else {  // the tenant itself
        resourceId = tenant.id;
        if (is(name, "admin.update"))
            details = {{"fields", Json::array({"resource_quota"})}, {"tenant", tenant.slug},
                       {"reason", m_random.chance(0.5) ? "Quota raised for a pilot project" : "Plan change requested by customer"}};
        else if (is(name, "admin.view"))
            details = {{"tenant", tenant.slug}, {"section", m_random.chance(0.5) ? "usage" : "users"}};
        else
            details = {{"fields", Json::array({"name"})}};
    }
    if (!success && !is(name, "auth.login_failed"))
        details["error"] = "permission denied";

    out.addText(name);
    if (userId)
        out.addText(*userId);
    else
        out.addNull();
    out.addText(type);
    if (resourceId.empty())
        out.addNull();
    else
        out.addText(resourceId);
    out.addText(event->action);
    out.addBool(success);
    out.addText(PythonJson::dumps(details));
    out.addText(address);
    out.addDateTime(when);
}
