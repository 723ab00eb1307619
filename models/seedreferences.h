#pragma once
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <string>
#include <vector>

// The rows bulk-seeded rows point at (tenants, users, agents, workflows, projects, API keys,
// blueprints, subscriptions), read once with bounded queries: at most `limit` rows a table,
// in id order so a seed gives the same rows on every backend. Text is kept as UTF-8, ready
// for RowWriter and nlohmann_json. Every index list below is sorted oldest first, so the
// things that existed at a moment are a prefix of it.
class SeedReferences
{
    Q_DECLARE_TR_FUNCTIONS(SeedReferences)
public:
    static constexpr int DefaultLimit = 10000;

    struct User
    {
        std::string id;
        std::string email;
        std::string role;      // first of users.roles, "member" when none
        int tenant = -1;       // index into tenants(); -1: platform staff
        bool staff = false;    // superuser or no tenant
        qint64 created = 0;    // ms since the epoch, UTC
    };
    struct Resource
    {
        std::string id;
        std::string name;
        std::string model;     // agents only
        int tenant = -1;
        qint64 created = 0;
    };
    struct Subscription
    {
        std::string id;
        int tenant = -1;
        std::string billingCycle;
        std::string planType;  // the plan's plan_type
        std::string currency;  // the plan's currency
    };
    struct Tenant
    {
        std::string id;
        std::string slug;
        std::vector<int> users, agents, workflows, projects, apiKeys;  // oldest first
        int subscription = -1;  // the tenant's newest subscription, -1 when none
    };

    bool load(const QSqlDatabase &db, int limit = DefaultLimit);
    QString errorString() const { return m_error; }  // translated

    const std::vector<Tenant> &tenants() const { return m_tenants; }
    const std::vector<User> &users() const { return m_users; }
    const std::vector<Resource> &agents() const { return m_agents; }
    const std::vector<Resource> &workflows() const { return m_workflows; }
    const std::vector<Resource> &projects() const { return m_projects; }
    const std::vector<Resource> &apiKeys() const { return m_apiKeys; }
    const std::vector<Resource> &blueprints() const { return m_blueprints; }
    const std::vector<Subscription> &subscriptions() const { return m_subscriptions; }
    const std::vector<int> &members() const { return m_members; }  // users in a tenant, oldest first
    const std::vector<int> &staff() const { return m_staff; }      // oldest first

    // How many of `sorted` (indexes into pool, oldest first) had been made by `when`.
    static int madeBy(const std::vector<int> &sorted, const std::vector<Resource> &pool, qint64 when);
    static int madeBy(const std::vector<int> &sorted, const std::vector<User> &pool, qint64 when);

private:
    bool loadTenants(const QSqlDatabase &db, int limit);
    bool loadUsers(const QSqlDatabase &db, int limit);
    bool loadResources(const QSqlDatabase &db, int limit, const QString &table, std::vector<Resource> &out,
                       std::vector<int> Tenant::*perTenant);
    bool loadSubscriptions(const QSqlDatabase &db, int limit);
    int tenantIndex(const QString &id) const;
    void sortOldestFirst();

    std::vector<Tenant> m_tenants;
    QHash<QString, int> m_tenantIndex;  // tenants.id -> index
    std::vector<User> m_users;
    std::vector<Resource> m_agents, m_workflows, m_projects, m_apiKeys, m_blueprints;
    std::vector<Subscription> m_subscriptions;
    std::vector<int> m_members, m_staff;
    QString m_error;
};
