// DemoContent, part two: what tenants build — agents, workflows, blueprints, projects, API keys.
#include "democontent.h"
#include "demovocabulary.h"
#include <QCryptographicHash>
#include <cmath>

namespace {

using Json = nlohmann::ordered_json;

QString nodeType(const QString &label)
{
    static const QStringList actions = {QStringLiteral("Notify"), QStringLiteral("Email"), QStringLiteral("Post"),
                                        QStringLiteral("Publish"), QStringLiteral("Update"), QStringLiteral("Create"),
                                        QStringLiteral("Send"), QStringLiteral("Open"), QStringLiteral("Route"),
                                        QStringLiteral("Schedule"), QStringLiteral("Fetch"), QStringLiteral("Load")};
    static const QStringList conditions = {QStringLiteral("Check"), QStringLiteral("Match"), QStringLiteral("Decide"),
                                           QStringLiteral("Compare")};
    const QString verb = label.section(QLatin1Char(' '), 0, 0);
    if (actions.contains(verb))
        return QStringLiteral("action");
    if (conditions.contains(verb))
        return QStringLiteral("condition");
    if (label.contains(QLatin1String("approval")))
        return QStringLiteral("approval");
    return QStringLiteral("agent");
}

// Nodes and edges as the platform's workflow editor saves them: a trigger, then the steps;
// a condition also links to the last step for its "no" branch. Agent steps name a real agent.
Json workflowDefinition(DemoRandom &random, const DemoWorkflowTemplate &tpl, const QStringList &agentIds)
{
    Json nodes = Json::array();
    Json edges = Json::array();
    nodes.push_back({{"id", "n1"}, {"type", "trigger"}, {"label", "Trigger"}, {"config", {{"kind", tpl.trigger.toStdString()}}},
                     {"position", {{"x", 0}, {"y", 0}}}});
    for (int i = 0; i < tpl.steps.size(); ++i) {
        const QString type = nodeType(tpl.steps.at(i));
        Json node = {{"id", "n" + std::to_string(i + 2)}, {"type", type.toStdString()},
                     {"label", tpl.steps.at(i).toStdString()}, {"position", {{"x", 240 * (i + 1)}, {"y", 0}}}};
        if (type == QLatin1String("agent") && !agentIds.isEmpty())
            node["agent_id"] = random.pick(agentIds).toStdString();
        if (type == QLatin1String("action"))
            node["config"] = {{"retry", {{"max_attempts", 3}, {"backoff_seconds", 10}}}};
        nodes.push_back(node);
    }
    const int count = int(nodes.size());
    int edge = 1;
    for (int i = 0; i + 1 < count; ++i) {
        Json e = {{"id", "e" + std::to_string(edge++)}, {"source", nodes[i]["id"]}, {"target", nodes[i + 1]["id"]}};
        const bool condition = nodes[i]["type"] == "condition";
        if (condition)
            e["label"] = "yes";
        edges.push_back(e);
        if (condition && i + 2 < count - 1)
            edges.push_back({{"id", "e" + std::to_string(edge++)}, {"source", nodes[i]["id"]},
                             {"target", nodes[count - 1]["id"]}, {"label", "no"}});
    }
    return {{"version", random.between(1, 6)}, {"nodes", nodes}, {"edges", edges},
            {"settings", {{"timeout_seconds", 60 * random.between(2, 15)}, {"concurrency", random.between(1, 8)}}}};
}

} // namespace

void DemoContent::makeAgents()
{
    DemoRows &out = rows("agents");
    const QList<DemoAgentTemplate> &templates = DemoVocabulary::agents();
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        Tenant &t = m_tenants[ti];
        const int offset = m_random.between(0, int(templates.size()) - 1);
        for (int i = 0; i < t.agentCount; ++i) {
            const DemoAgentTemplate &tpl = templates.at((offset + i) % templates.size());
            Resource agent;
            agent.id = m_random.id();
            agent.name = tpl.name;
            agent.tenant = ti;
            // The tenant's first admin set up its first agent during onboarding; the rest came
            // later, more of them lately (those creations fall in the audited 12 months).
            const bool onboarding = i == 0;
            agent.creator = onboarding ? t.users.constFirst() : m_random.pick(t.users);
            const User &creator = m_users.at(agent.creator);
            agent.created = onboarding ? m_random.workingMoment(creator.created.addSecs(600), creator.created.addDays(14))
                                       : m_random.workingMoment(creator.created.addSecs(600), creator.activeUntil.addDays(-7), 1.5);
            agent.model = m_random.chance(0.65) ? tpl.model : m_random.pick(DemoVocabulary::models());
            const QDateTime updated = m_random.moment(agent.created, t.activeUntil);
            out.rows.append({agent.id, agent.name, tpl.instructions, agent.model, t.id, creator.id, agent.created, updated});
            if (agent.created >= windowStart())
                m_creationEvents.append({QStringLiteral("agent.create"), creator.id, QStringLiteral("agent"), agent.id,
                                         QStringLiteral("create"), true,
                                         json({{"name", utf8(agent.name)}, {"model", utf8(agent.model)}}),
                                         creator.homeAddress, agent.created});
            t.agents.append(int(m_agents.size()));
            m_agents.append(agent);
        }
    }
}

void DemoContent::makeWorkflows()
{
    DemoRows &out = rows("workflows");
    const QList<DemoWorkflowTemplate> &templates = DemoVocabulary::workflows();
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        Tenant &t = m_tenants[ti];
        const int offset = m_random.between(0, int(templates.size()) - 1);
        for (int i = 0; i < t.workflowCount; ++i) {
            const DemoWorkflowTemplate &tpl = templates.at((offset + i) % templates.size());
            Resource workflow;
            workflow.id = m_random.id();
            workflow.name = tpl.name;
            workflow.tenant = ti;
            const bool onboarding = i == 0;
            workflow.creator = onboarding ? t.users.constFirst() : m_random.pick(t.users);
            const User &creator = m_users.at(workflow.creator);
            workflow.created = onboarding ? m_random.workingMoment(creator.created.addDays(1), creator.created.addDays(21))
                                          : m_random.workingMoment(creator.created.addSecs(600), creator.activeUntil.addDays(-7), 1.5);
            // Only agents that existed when the workflow was drawn up.
            QStringList agentIds;
            for (int a : t.agents) {
                if (m_agents.at(a).created <= workflow.created)
                    agentIds.append(m_agents.at(a).id);
            }
            const Json definition = workflowDefinition(m_random, tpl, agentIds);
            const QDateTime updated = m_random.moment(workflow.created, t.activeUntil);
            out.rows.append({workflow.id, workflow.name, json(definition), t.id, creator.id, workflow.created, updated});
            if (workflow.created >= windowStart())
                m_creationEvents.append({QStringLiteral("workflow.create"), creator.id, QStringLiteral("workflow"),
                                         workflow.id, QStringLiteral("create"), true,
                                         json({{"name", utf8(workflow.name)}, {"nodes", definition["nodes"].size()}}),
                                         creator.homeAddress, workflow.created});
            t.workflows.append(int(m_workflows.size()));
            m_workflows.append(workflow);
        }
    }
}

void DemoContent::makeBlueprints()
{
    DemoRows &out = rows("blueprints");
    // Publishers: the platform's own team (the support account, m_users[1]) and three tenants.
    QList<int> publishers = {1};
    for (int ti : {0, 1, 4})
        publishers += m_tenants.at(ti).users;
    for (const DemoBlueprintTemplate &tpl : DemoVocabulary::blueprints()) {
        Resource blueprint;
        blueprint.id = m_random.id();
        blueprint.name = tpl.name;
        blueprint.creator = m_random.chance(0.3) ? 1 : m_random.pick(publishers);
        const User &publisher = m_users.at(blueprint.creator);
        blueprint.created = m_random.workingMoment(publisher.created.addDays(1), m_now.addDays(-3), 1.0);
        const QStringList pricing = {QStringLiteral("free"), QStringLiteral("one-time"), QStringLiteral("subscription")};
        const QString pricingModel = pricing.at(m_random.weighted({0.5, 0.25, 0.25}));
        const QList<double> oneTime = {19.0, 29.0, 49.0, 99.0, 149.0, 199.0};
        const QList<double> monthly = {9.0, 19.0, 29.0, 49.0};
        const double price = pricingModel == QLatin1String("free") ? 0.0
                                                                    : m_random.pick(pricingModel == QLatin1String("one-time") ? oneTime : monthly);
        const bool isPublic = m_random.chance(0.85);
        const int downloads = isPublic ? int(std::exp(m_random.real(3.0, 10.0))) : m_random.between(0, 40);
        const int reviews = isPublic ? int(downloads * m_random.real(0.005, 0.03)) : 0;
        const double rating = reviews > 0 ? std::round(m_random.real(3.2, 4.9) * 10.0) / 10.0 : 0.0;
        const QString version = QStringLiteral("%1.%2.%3").arg(m_random.between(1, 3)).arg(m_random.between(0, 9)).arg(m_random.between(0, 12));
        Json definition = {{"kind", utf8(tpl.kind)}, {"category", utf8(tpl.category)}};
        if (tpl.kind == QLatin1String("agent")) {
            const DemoAgentTemplate &agent = m_random.pick(DemoVocabulary::agents());
            definition["model"] = utf8(agent.model);
            definition["instructions"] = utf8(agent.instructions);
            definition["parameters"] = Json::array({{{"name", "tone"}, {"type", "string"}, {"default", "friendly"}},
                                                    {{"name", "max_tokens"}, {"type", "integer"}, {"default", 1024}}});
        } else {
            const Json workflow = workflowDefinition(m_random, m_random.pick(DemoVocabulary::workflows()), {});
            definition["nodes"] = workflow["nodes"];
            definition["edges"] = workflow["edges"];
        }
        definition["tags"] = Json::array({utf8(tpl.category), utf8(tpl.kind)});
        out.rows.append({blueprint.id, blueprint.name, tpl.description, version, json(definition), pricingModel, price,
                         publisher.id, isPublic, downloads, rating, reviews, blueprint.created,
                         m_random.moment(blueprint.created, m_now)});
        if (blueprint.created >= windowStart())
            m_creationEvents.append({QStringLiteral("blueprint.publish"), publisher.id, QStringLiteral("blueprint"),
                                     blueprint.id, QStringLiteral("publish"), true,
                                     json({{"name", utf8(blueprint.name)}, {"version", utf8(version)},
                                           {"pricing_model", utf8(pricingModel)}}),
                                     publisher.homeAddress, blueprint.created});
        m_blueprints.append(blueprint);
    }
}

void DemoContent::makeProjects()
{
    DemoRows &out = rows("projects");
    const QList<DemoProjectTemplate> &templates = DemoVocabulary::projects();
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        Tenant &t = m_tenants[ti];
        const int offset = m_random.between(0, int(templates.size()) - 1);
        for (int i = 0; i < t.projectCount; ++i) {
            const DemoProjectTemplate &tpl = templates.at((offset + i) % templates.size());
            Resource project;
            project.id = m_random.id();
            project.name = tpl.name;
            project.tenant = ti;
            project.creator = m_random.pick(t.users);
            const User &creator = m_users.at(project.creator);
            project.created = m_random.workingMoment(creator.created.addSecs(600), creator.activeUntil.addDays(-3), 1.5);
            Json agentIds = Json::array();
            for (int a : t.agents) {
                if (m_agents.at(a).created <= project.created && agentIds.size() < 3)
                    agentIds.push_back(utf8(m_agents.at(a).id));
            }
            Json config = {{"environment", m_random.chance(0.7) ? "production" : "staging"},
                           {"region", utf8(m_random.pick(DemoVocabulary::regions()))},
                           {"agent_ids", agentIds}};
            if (tpl.projectType == QLatin1String("saas_app"))
                config["domain"] = utf8(QStringLiteral("%1.%2.example.com").arg(tpl.name.section(QLatin1Char(' '), 0, 0).toLower(), t.slug));
            if (tpl.projectType == QLatin1String("blueprint_deployment"))
                config["blueprint_id"] = utf8(m_random.pick(m_blueprints).id);
            if (tpl.projectType == QLatin1String("api_integration"))
                config["webhook_url"] = utf8(QStringLiteral("https://hooks.%1.example.com/agent-factory").arg(t.slug));
            const bool active = t.active && !m_random.chance(0.15);
            out.rows.append({project.id, project.name, tpl.projectType, t.id, creator.id, json(config), active,
                             project.created, m_random.moment(project.created, t.activeUntil)});
            if (project.created >= windowStart())
                m_creationEvents.append({QStringLiteral("project.create"), creator.id, QStringLiteral("project"),
                                         project.id, QStringLiteral("create"), true,
                                         json({{"name", utf8(project.name)}, {"project_type", utf8(tpl.projectType)}}),
                                         creator.homeAddress, project.created});
            t.projects.append(int(m_projects.size()));
            m_projects.append(project);
        }
    }
}

void DemoContent::makeApiKeys()
{
    DemoRows &out = rows("api_keys");
    int serial = 0;
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        Tenant &t = m_tenants[ti];
        const int offset = m_random.between(0, int(DemoVocabulary::apiKeyNames().size()) - 1);
        for (int i = 0; i < t.apiKeyCount; ++i, ++serial) {
            Resource key;
            key.id = m_random.id();
            key.name = DemoVocabulary::apiKeyNames().at((offset + i) % DemoVocabulary::apiKeyNames().size());
            key.tenant = ti;
            key.creator = m_random.pick(t.users);
            const User &owner = m_users.at(key.creator);
            key.created = m_random.workingMoment(owner.created.addSecs(600), owner.activeUntil.addDays(-2), 2.0);
            // Only the hash is stored; the key itself was shown once and is gone.
            const QString plain = QStringLiteral("afk_live_") + m_random.token(40);
            const QString keyHash = QString::fromLatin1(QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Sha256).toHex());
            // Every fifth key has expired, every sixth was revoked: the views must show both.
            QVariant expires;
            if (serial % 5 == 2)
                expires = m_random.moment(key.created.addDays(1), m_now.addDays(-1));
            else if (m_random.chance(0.5))
                expires = key.created.addYears(1) > m_now ? key.created.addYears(1) : m_now.addDays(m_random.between(30, 300));
            const bool active = t.active && owner.active && serial % 6 != 4;
            const QDateTime lastUseLimit = expires.isValid() ? std::min(expires.toDateTime(), owner.activeUntil) : owner.activeUntil;
            const QVariant lastUsed = m_random.chance(0.85) ? QVariant(m_random.moment(key.created, lastUseLimit)) : QVariant();
            const Json permissions = m_random.chance(0.5) ? Json::array({"agents:execute", "workflows:execute"})
                                                           : Json::array({"agents:read", "agents:execute", "workflows:read",
                                                                          "workflows:execute", "executions:read"});
            const QDateTime updated = m_random.moment(key.created, std::min(lastUseLimit, m_now));
            out.rows.append({key.id, keyHash, key.name, t.id, owner.id, json(permissions), lastUsed, expires, active,
                             key.created, updated});
            if (key.created >= windowStart())
                m_creationEvents.append({QStringLiteral("api_key.create"), owner.id, QStringLiteral("api_key"), key.id,
                                         QStringLiteral("create"), true,
                                         json({{"name", utf8(key.name)}, {"prefix", "afk_live_"}}),
                                         owner.homeAddress, key.created});
            t.apiKeys.append(int(m_apiKeys.size()));
            m_apiKeys.append(key);
        }
    }
}
