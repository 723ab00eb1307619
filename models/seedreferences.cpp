#include "seedreferences.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace {

// Milliseconds since the epoch of a stored datetime; 0 (long ago) when empty or unreadable.
qint64 msecsOf(const QVariant &stored)
{
    const QDateTime when = ValueCodec::decodeDateTime(stored);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

std::string utf8(const QVariant &value)
{
    return value.toString().toStdString();
}

// The first role of a users.roles JSON list: what an invitation names.
std::string firstRole(const QString &rolesJson)
{
    const nlohmann::json roles = nlohmann::json::parse(rolesJson.toStdString(), nullptr, false);
    if (roles.is_array() && !roles.empty() && roles.front().is_string())
        return roles.front().get<std::string>();
    return "member";
}

template<typename Item>
int countMadeBy(const std::vector<int> &sorted, const std::vector<Item> &pool, qint64 when)
{
    const auto end = std::upper_bound(sorted.cbegin(), sorted.cend(), when,
                                      [&pool](qint64 moment, int index) { return moment < pool[std::size_t(index)].created; });
    return int(end - sorted.cbegin());
}

template<typename Item>
void sortByCreated(std::vector<int> &indexes, const std::vector<Item> &pool)
{
    // Ties keep id order (the order the rows were read in), so the result is the same everywhere.
    std::stable_sort(indexes.begin(), indexes.end(), [&pool](int a, int b) {
        return pool[std::size_t(a)].created < pool[std::size_t(b)].created;
    });
}

} // namespace

int SeedReferences::madeBy(const std::vector<int> &sorted, const std::vector<Resource> &pool, qint64 when)
{
    return countMadeBy(sorted, pool, when);
}

int SeedReferences::madeBy(const std::vector<int> &sorted, const std::vector<User> &pool, qint64 when)
{
    return countMadeBy(sorted, pool, when);
}

bool SeedReferences::load(const QSqlDatabase &db, int limit)
{
    *this = SeedReferences();
    if (!loadTenants(db, limit) || !loadUsers(db, limit)
        || !loadResources(db, limit, QStringLiteral("agents"), m_agents, &Tenant::agents)
        || !loadResources(db, limit, QStringLiteral("workflows"), m_workflows, &Tenant::workflows)
        || !loadResources(db, limit, QStringLiteral("projects"), m_projects, &Tenant::projects)
        || !loadResources(db, limit, QStringLiteral("api_keys"), m_apiKeys, &Tenant::apiKeys)
        || !loadResources(db, limit, QStringLiteral("blueprints"), m_blueprints, nullptr)
        || !loadSubscriptions(db, limit))
        return false;
    sortOldestFirst();
    return true;
}

int SeedReferences::tenantIndex(const QString &id) const
{
    return m_tenantIndex.value(id, -1);
}

bool SeedReferences::loadTenants(const QSqlDatabase &db, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, slug FROM tenants ORDER BY id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_error = tr("Cannot read tenants: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        Tenant tenant;
        tenant.id = utf8(query.value(0));
        tenant.slug = utf8(query.value(1));
        m_tenantIndex.insert(query.value(0).toString(), int(m_tenants.size()));
        m_tenants.push_back(std::move(tenant));
    }
    return true;
}

bool SeedReferences::loadUsers(const QSqlDatabase &db, int limit)
{
    const ColumnSpec &superuser = *Schema::table(QStringLiteral("users"))->column(QStringLiteral("is_superuser"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, email, tenant_id, is_superuser, roles, created_at FROM users ORDER BY id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_error = tr("Cannot read users: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        User user;
        user.id = utf8(query.value(0));
        user.email = utf8(query.value(1));
        const bool hasTenant = !query.value(2).isNull();
        user.tenant = tenantIndex(query.value(2).toString());
        if (hasTenant && user.tenant < 0)
            continue;  // a tenant beyond the limit: its resources are unknown here
        user.staff = !hasTenant || ValueCodec::fromStorage(superuser, query.value(3)).toBool();
        user.role = firstRole(query.value(4).toString());
        user.created = msecsOf(query.value(5));
        const int index = int(m_users.size());
        if (user.tenant >= 0) {
            m_tenants[std::size_t(user.tenant)].users.push_back(index);
            m_members.push_back(index);
        }
        if (user.staff)
            m_staff.push_back(index);
        m_users.push_back(std::move(user));
    }
    return true;
}

bool SeedReferences::loadResources(const QSqlDatabase &db, int limit, const QString &table, std::vector<Resource> &out,
                                   std::vector<int> Tenant::*perTenant)
{
    const TableSpec *spec = Schema::table(table);
    const bool hasModel = spec->hasColumn(QStringLiteral("model"));
    const bool hasTenant = spec->hasColumn(QStringLiteral("tenant_id"));
    // Column and table names come from the schema description only.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, %1, %2, created_at FROM %3 ORDER BY id LIMIT :limit")
                      .arg(hasModel ? QStringLiteral("model") : QStringLiteral("NULL"),
                           hasTenant ? QStringLiteral("tenant_id") : QStringLiteral("NULL"), spec->name));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_error = tr("Cannot read %1: %2").arg(table, query.lastError().text());
        return false;
    }
    while (query.next()) {
        Resource resource;
        resource.id = utf8(query.value(0));
        resource.name = utf8(query.value(1));
        resource.model = utf8(query.value(2));
        resource.created = msecsOf(query.value(4));
        if (hasTenant) {
            resource.tenant = tenantIndex(query.value(3).toString());
            if (resource.tenant < 0)
                continue;
            (m_tenants[std::size_t(resource.tenant)].*perTenant).push_back(int(out.size()));
        }
        out.push_back(std::move(resource));
    }
    return true;
}

bool SeedReferences::loadSubscriptions(const QSqlDatabase &db, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.id, s.tenant_id, s.billing_cycle, p.plan_type, p.currency, s.created_at "
                                 "FROM subscriptions s JOIN plans p ON p.id = s.plan_id ORDER BY s.id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        m_error = tr("Cannot read subscriptions: %1").arg(query.lastError().text());
        return false;
    }
    std::vector<qint64> newest(m_tenants.size(), 0);
    while (query.next()) {
        Subscription subscription;
        subscription.id = utf8(query.value(0));
        subscription.tenant = tenantIndex(query.value(1).toString());
        if (subscription.tenant < 0)
            continue;
        subscription.billingCycle = query.value(2).isNull() ? std::string("monthly") : utf8(query.value(2));
        subscription.planType = utf8(query.value(3));
        subscription.currency = query.value(4).isNull() ? std::string("USD") : utf8(query.value(4));
        const qint64 created = msecsOf(query.value(5));
        Tenant &tenant = m_tenants[std::size_t(subscription.tenant)];
        if (tenant.subscription < 0 || created >= newest[std::size_t(subscription.tenant)]) {
            tenant.subscription = int(m_subscriptions.size());
            newest[std::size_t(subscription.tenant)] = created;
        }
        m_subscriptions.push_back(std::move(subscription));
    }
    return true;
}

void SeedReferences::sortOldestFirst()
{
    sortByCreated(m_members, m_users);
    sortByCreated(m_staff, m_users);
    for (Tenant &tenant : m_tenants) {
        sortByCreated(tenant.users, m_users);
        sortByCreated(tenant.agents, m_agents);
        sortByCreated(tenant.workflows, m_workflows);
        sortByCreated(tenant.projects, m_projects);
        sortByCreated(tenant.apiKeys, m_apiKeys);
    }
}
