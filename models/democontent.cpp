#include "democontent.h"
#include "demodatabase.h"
#include "demovocabulary.h"
#include "jsontext.h"
#include "passwordhasher.h"
#include <QSet>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

// The six demo tenants: sizes chosen so that one sits at its plan's limits (Initech), one is
// over its monthly execution quota (Umbrella Labs) and one is inactive after a downgrade.
struct TenantSpec
{
    const char *name;
    const char *slug;
    const char *plan;        // tenants.plan today
    const char *billedPlan;  // the plan of its subscription
    const char *currency;
    const char *subscriptionStatus;
    const char *billingCycle;
    bool active;
    int users, agents, workflows, projects, apiKeys, executions;
};

const TenantSpec tenantSpecs[] = {
    {"Acme Corporation", "acme", "enterprise", "enterprise", "USD", "active", "yearly", true, 12, 10, 6, 4, 4, 1500},
    {"Globex GmbH", "globex", "pro", "pro", "EUR", "active", "yearly", true, 8, 6, 4, 3, 3, 1000},
    {"Initech", "initech", "pro", "pro", "USD", "active", "monthly", true, 10, 10, 5, 2, 3, 900},
    {"Umbrella Labs", "umbrella-labs", "free", "free", "USD", "active", "monthly", true, 3, 3, 2, 1, 2, 1000},
    {"Stark Analytics", "stark-analytics", "enterprise", "enterprise", "USD", "cancelled", "monthly", true, 9, 8, 5, 3, 3, 1400},
    {"Vandelay Imports", "vandelay", "free", "pro", "USD", "expired", "monthly", false, 3, 2, 1, 1, 1, 200},
};

Json planLimits(const QString &type)
{
    if (type == QLatin1String("free"))
        return {{"agents", 3}, {"workflows", 2}, {"users", 3}, {"projects", 1}, {"api_keys", 2}, {"executions_per_month", 100}};
    if (type == QLatin1String("pro"))
        return {{"agents", 10}, {"workflows", 10}, {"users", 10}, {"projects", 5}, {"api_keys", 5}, {"executions_per_month", 5000}};
    return {{"agents", 1000}, {"workflows", 1000}, {"users", 500}, {"projects", 100}, {"api_keys", 100}, {"executions_per_month", 100000}};
}

Json planFeatures(const QString &type)
{
    const bool paid = type != QLatin1String("free");
    const bool enterprise = type == QLatin1String("enterprise");
    return {{"marketplace", paid},
            {"custom_models", enterprise},
            {"sso", enterprise},
            {"audit_log_retention_days", enterprise ? 365 : (paid ? 90 : 7)},
            {"priority_support", paid},
            {"support", enterprise ? "dedicated" : (paid ? "email" : "community")},
            {"models", enterprise ? Json::array({"gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "llama-3.1-70b", "custom"})
                                  : paid ? Json::array({"gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet"})
                                         : Json::array({"gpt-4o-mini"})}};
}

Json permissionsFor(const QString &role)
{
    if (role == QLatin1String("platform_admin"))
        return Json::array({"*"});
    if (role == QLatin1String("support"))
        return Json::array({"tenants:read", "users:read", "executions:read", "audit_logs:read", "users:impersonate"});
    if (role == QLatin1String("admin"))
        return Json::array({"agents:read", "agents:write", "workflows:read", "workflows:write", "executions:run",
                            "users:manage", "billing:manage", "api_keys:manage"});
    if (role == QLatin1String("developer"))
        return Json::array({"agents:read", "agents:write", "workflows:read", "workflows:write", "executions:run",
                            "api_keys:manage"});
    if (role == QLatin1String("billing"))
        return Json::array({"billing:read", "billing:manage"});
    if (role == QLatin1String("viewer"))
        return Json::array({"agents:read", "workflows:read"});
    return Json::array({"agents:read", "workflows:read", "executions:run"});
}

// "Müller" -> "muller", "O'Brien" -> "obrien": e-mail local parts stay plain ASCII.
QString emailPart(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += c;
    }
    return out;
}

struct HashJob
{
    QString password;
    int cost;
    QByteArray salt;
};

// bcrypt is most of the demo's run time (cost 12 is ~165 ms a hash): spread it over the
// cores. Each result depends only on its job, so the outcome is the same in any order.
QStringList hashAll(const QList<HashJob> &jobs)
{
    std::vector<QString> hashes(std::size_t(jobs.size()));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i = next++; i < jobs.size(); i = next++)
            hashes[std::size_t(i)] = PasswordHasher::hashWithSalt(jobs.at(i).password, jobs.at(i).cost, jobs.at(i).salt);
    };
    std::vector<std::thread> threads;
    const int extra = std::min(std::max(QThread::idealThreadCount(), 1), 8) - 1;
    for (int i = 0; i < extra; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    return QStringList(hashes.cbegin(), hashes.cend());
}

} // namespace

DemoContent::DemoContent(quint32 seed, const QDate &anchorDate)
    : m_random(seed)
    , m_now(anchorDate, QTime(0, 0), Qt::UTC)
{
    // Insert order: every table after the ones it references.
    addTable("plans", "id,name,plan_type,price_monthly,price_yearly,currency,features,limits,is_active,created_at,updated_at");
    addTable("tenants", "id,name,slug,is_active,plan,resource_quota,usage,created_at,updated_at");
    addTable("users", "id,email,hashed_password,is_active,is_superuser,tenant_id,roles,permissions,created_at,updated_at");
    addTable("subscriptions", "id,tenant_id,plan_id,status,billing_cycle,current_period_start,current_period_end,"
                              "stripe_subscription_id,stripe_customer_id,created_at,updated_at");
    addTable("api_keys", "id,key_hash,name,tenant_id,user_id,permissions,last_used_at,expires_at,is_active,created_at,updated_at");
    addTable("agents", "id,name,instructions,model,tenant_id,created_by,created_at,updated_at");
    addTable("workflows", "id,name,definition,tenant_id,created_by,created_at,updated_at");
    addTable("blueprints", "id,name,description,version,definition,pricing_model,price,publisher_id,is_public,downloads,"
                           "rating,reviews_count,created_at,updated_at");
    addTable("projects", "id,name,project_type,tenant_id,created_by,config,is_active,created_at,updated_at");
    addTable("executions", "id,execution_type,resource_id,status,input_data,output_data,error,execution_time,tenant_id,"
                           "created_by,created_at,completed_at");
    addTable("usage_records", "id,tenant_id,subscription_id,billing_unit,quantity,unit_price,total_cost,currency,"
                              "period_start,period_end,created_at");
    // audit_logs.id is the database's own counter, as with SQLAlchemy.
    addTable("audit_logs", "event_type,user_id,resource_type,resource_id,action,success,details,ip_address,created_at");
}

void DemoContent::addTable(const char *table, const char *columns)
{
    m_tables.append({QLatin1String(table), QString::fromLatin1(columns).split(QLatin1Char(',')), {}});
}

DemoRows &DemoContent::rows(const char *table)
{
    for (DemoRows &t : m_tables) {
        if (t.table == QLatin1String(table))
            return t;
    }
    Q_UNREACHABLE();
}

QString DemoContent::json(const nlohmann::ordered_json &value)
{
    // JsonText gives Python's json.dumps form, as the platform writes it.
    return JsonText::parse(QString::fromStdString(value.dump())).canonical;
}

std::string DemoContent::utf8(const QString &text)
{
    return text.toStdString();
}

QDateTime DemoContent::windowStart() const
{
    return m_now.addDays(-365);
}

int DemoContent::dayIndex(const QDateTime &moment) const
{
    return int(windowStart().date().daysTo(moment.date()));
}

QList<int> DemoContent::activeUsersOf(int tenant, const QDateTime &at) const
{
    QList<int> out;
    for (int index : m_tenants.at(tenant).users) {
        const User &u = m_users.at(index);
        if (u.created <= at && at <= u.activeUntil)
            out.append(index);
    }
    return out;
}

int DemoContent::pickActor(int tenant, const QDateTime &at)
{
    const QList<int> candidates = activeUsersOf(tenant, at);
    return candidates.isEmpty() ? -1 : m_random.pick(candidates);
}

QString DemoContent::randomAddress()
{
    return m_random.documentationAddress();
}

void DemoContent::generate(const Progress &progress)
{
    makePlans();
    makeTenants();
    makeUsers(progress);
    makeSubscriptions();
    progress(tr("Drawing agents, workflows, blueprints, projects and API keys"));
    makeAgents();
    makeWorkflows();
    makeBlueprints();
    makeProjects();
    makeApiKeys();
    progress(tr("Drawing executions, usage records and audit logs"));
    makeExecutions();
    makeUsageRecords();
    makeAuditLogs();
    makeTenantRows();
}

void DemoContent::makePlans()
{
    struct PlanSpec { const char *name; const char *type; double monthly; double yearly; };
    const PlanSpec specs[] = {{"Free", "free", 0.0, 0.0}, {"Pro", "pro", 49.0, 490.0},
                              {"Enterprise", "enterprise", 499.0, 4990.0}};
    DemoRows &out = rows("plans");
    for (const PlanSpec &spec : specs) {
        const Plan plan{m_random.id(), QLatin1String(spec.type)};
        m_plans.append(plan);
        const QDateTime created = m_now.addDays(-m_random.between(780, 800)).addSecs(m_random.between(0, 86399));
        out.rows.append({plan.id, QLatin1String(spec.name), plan.type, spec.monthly, spec.yearly, QStringLiteral("USD"),
                         json(planFeatures(plan.type)), json(planLimits(plan.type)), true, created,
                         m_random.moment(created, m_now.addDays(-400))});
    }
}

void DemoContent::makeTenants()
{
    for (const TenantSpec &spec : tenantSpecs) {
        Tenant t;
        t.id = m_random.id();
        t.name = QString::fromUtf8(spec.name);
        t.slug = QLatin1String(spec.slug);
        t.plan = QLatin1String(spec.plan);
        t.billedPlan = QLatin1String(spec.billedPlan);
        t.currency = QLatin1String(spec.currency);
        t.subscriptionStatus = QLatin1String(spec.subscriptionStatus);
        t.billingCycle = QLatin1String(spec.billingCycle);
        t.active = spec.active;
        t.created = m_now.addDays(-m_random.between(420, 720)).addSecs(m_random.between(0, 86399));
        t.activeUntil = t.active ? m_now : m_now.addDays(-120).addSecs(-m_random.between(0, 86399));
        t.userCount = spec.users;
        t.agentCount = spec.agents;
        t.workflowCount = spec.workflows;
        t.projectCount = spec.projects;
        t.apiKeyCount = spec.apiKeys;
        t.executionCount = spec.executions;
        t.agentRuns = t.workflowRuns = t.tokens = QList<double>(365, 0.0);
        m_tenants.append(t);
    }
}

void DemoContent::makeUsers(const Progress &progress)
{
    progress(tr("Hashing demo passwords (bcrypt)"));
    const QList<DemoAccount> accounts = DemoDatabase::accounts();
    auto account = [&](DemoAccount::Kind kind) {
        return *std::find_if(accounts.cbegin(), accounts.cend(), [kind](const DemoAccount &a) { return a.kind == kind; });
    };
    DemoRows &out = rows("users");
    QSet<QString> emails;
    QList<HashJob> jobs;
    auto addUser = [&](User u, const QString &password, int cost, bool superuser) {
        u.id = m_random.id();
        u.homeAddress = randomAddress();
        // The salt is drawn now, in order; the hash itself is computed below, in parallel.
        jobs.append({password, cost, m_random.bytes(PasswordHasher::SaltBytes)});
        const QDateTime updated = u.active ? m_random.moment(u.created, m_now) : u.activeUntil;
        out.rows.append({u.id, u.email, QString(), u.active, superuser,
                         u.tenant < 0 ? QVariant() : QVariant(m_tenants.at(u.tenant).id),
                         json(Json::array({utf8(u.role)})), json(permissionsFor(u.role)), u.created, updated});
        emails.insert(u.email);
        if (u.tenant >= 0)
            m_tenants[u.tenant].users.append(int(m_users.size()));
        m_users.append(u);
    };

    // Platform staff belong to no tenant.
    for (const DemoAccount::Kind kind : {DemoAccount::Kind::Superuser, DemoAccount::Kind::Support}) {
        User u;
        u.email = account(kind).email;
        u.role = kind == DemoAccount::Kind::Superuser ? QStringLiteral("platform_admin") : QStringLiteral("support");
        u.created = m_now.addDays(-m_random.between(740, 760)).addSecs(m_random.between(0, 86399));
        u.activeUntil = m_now;
        addUser(u, account(kind).password, PasswordHasher::DefaultCost, kind == DemoAccount::Kind::Superuser);
    }

    const QStringList roles = {QStringLiteral("developer"), QStringLiteral("member"), QStringLiteral("viewer"),
                               QStringLiteral("billing")};
    for (int ti = 0; ti < m_tenants.size(); ++ti) {
        const Tenant &t = m_tenants.at(ti);
        for (int i = 0; i < t.userCount; ++i) {
            User u;
            u.tenant = ti;
            u.role = i == 0 ? QStringLiteral("admin") : roles.at(m_random.weighted({0.35, 0.35, 0.2, 0.1}));
            const QString first = m_random.pick(DemoVocabulary::firstNames());
            const QString last = m_random.pick(DemoVocabulary::lastNames());
            const bool opsAccount = ti == 0 && i == 0;
            u.email = opsAccount ? account(DemoAccount::Kind::TenantAdmin).email
                                 : QStringLiteral("%1.%2@%3.test").arg(emailPart(first), emailPart(last), t.slug);
            for (int n = 2; emails.contains(u.email); ++n)
                u.email = QStringLiteral("%1.%2%3@%4.test").arg(emailPart(first), emailPart(last)).arg(n).arg(t.slug);
            // The first user opened the tenant; the others joined later.
            u.created = i == 0 ? t.created.addSecs(m_random.between(30, 900))
                               : m_random.moment(t.created.addDays(1), t.activeUntil.addDays(-45));
            u.active = t.active && (i == 0 || !m_random.chance(0.12));
            u.activeUntil = u.active ? m_now
                                     : (t.active ? m_random.moment(u.created.addDays(20), m_now.addDays(-5)) : t.activeUntil);
            if (opsAccount)
                addUser(u, account(DemoAccount::Kind::TenantAdmin).password, PasswordHasher::DefaultCost, false);
            else
                addUser(u, DemoDatabase::memberPassword(), 10, false);
        }
    }
    const QStringList hashes = hashAll(jobs);
    for (int i = 0; i < out.rows.size(); ++i)
        out.rows[i][2] = hashes.at(i);  // hashed_password
}

void DemoContent::makeSubscriptions()
{
    DemoRows &out = rows("subscriptions");
    for (Tenant &t : m_tenants) {
        t.subscriptionId = m_random.id();
        const Plan &plan = *std::find_if(m_plans.cbegin(), m_plans.cend(),
                                         [&](const Plan &p) { return p.type == t.billedPlan; });
        const bool yearly = t.billingCycle == QLatin1String("yearly");
        QDateTime start;
        QDateTime end;
        if (t.subscriptionStatus == QLatin1String("expired")) {
            end = t.activeUntil;
            start = yearly ? end.addYears(-1) : end.addMonths(-1);
        } else {
            start = yearly ? m_now.addDays(-m_random.between(30, 330)) : m_now.addDays(-m_random.between(1, 28));
            start = QDateTime(start.date(), QTime(t.created.time().hour(), t.created.time().minute()), Qt::UTC);
            end = yearly ? start.addYears(1) : start.addMonths(1);
        }
        const bool paid = plan.type != QLatin1String("free");
        const QVariant stripeSubscription = paid ? QVariant(QStringLiteral("sub_") + m_random.token(24)) : QVariant();
        const QVariant stripeCustomer = paid ? QVariant(QStringLiteral("cus_") + m_random.token(14)) : QVariant();
        const QDateTime created = t.created.addSecs(m_random.between(60, 3600));
        const QDateTime updated = t.subscriptionStatus == QLatin1String("active") ? start
                                                                                  : m_random.moment(start, std::min(end, m_now));
        out.rows.append({t.subscriptionId, t.id, plan.id, t.subscriptionStatus, t.billingCycle, start, end,
                         stripeSubscription, stripeCustomer, created, updated});
    }
}

void DemoContent::makeTenantRows()
{
    DemoRows &out = rows("tenants");
    for (const Tenant &t : m_tenants) {
        // Usage as the platform would count it now, so quota views show the live numbers.
        const Json usage = {{"agents", t.agents.size()},   {"workflows", t.workflows.size()},
                            {"users", t.users.size()},     {"projects", t.projects.size()},
                            {"api_keys", t.apiKeys.size()}, {"executions_per_month", t.executionsLastMonth}};
        const QDateTime updated = t.active ? m_random.moment(m_now.addDays(-30), m_now) : t.activeUntil;
        out.rows.append({t.id, t.name, t.slug, t.active, t.plan, json(planLimits(t.plan)), json(usage), t.created, updated});
    }
}
