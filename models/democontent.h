#pragma once
#include "demorandom.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <nlohmann/json.hpp>

// Rows for one table, in the order they are written; values are application values
// (QDateTime, bool, double, JSON text) for BatchInserter.
struct DemoRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// Draws the demo database's rows in memory, deterministically for a seed and an anchor date.
// Internal to DemoDatabase, which writes what this produces. Split over democontent*.cpp:
// people and billing here, resources in democontentresources.cpp, activity in
// democontentactivity.cpp.
class DemoContent
{
    Q_DECLARE_TR_FUNCTIONS(DemoContent)
public:
    using Progress = std::function<void(const QString &message)>;

    DemoContent(quint32 seed, const QDate &anchorDate);
    void generate(const Progress &progress);
    const QList<DemoRows> &tables() const { return m_tables; }  // referenced tables first

private:
    struct Plan
    {
        QString id;
        QString type;
    };
    struct Tenant
    {
        QString id;
        QString name;
        QString slug;
        QString plan;          // tenants.plan now
        QString billedPlan;    // the subscription's plan (an expired pro plan for a downgraded tenant)
        QString currency;
        QString subscriptionStatus;
        QString billingCycle;
        bool active = true;
        QDateTime created;
        QDateTime activeUntil;  // the anchor for active tenants, the deactivation otherwise
        int userCount = 0;
        int agentCount = 0;
        int workflowCount = 0;
        int projectCount = 0;
        int apiKeyCount = 0;
        int executionCount = 0;
        QString subscriptionId;
        QList<int> users;       // indexes into m_users
        QList<int> agents;      // indexes into m_agents
        QList<int> workflows;   // indexes into m_workflows
        QList<int> projects;
        QList<int> apiKeys;
        int executionsLastMonth = 0;
        // Per day of the 365-day window: agent runs, workflow runs, tokens.
        QList<double> agentRuns, workflowRuns, tokens;
    };
    struct User
    {
        QString id;
        QString email;
        QString role;
        int tenant = -1;        // -1: platform staff without a tenant
        bool active = true;
        QDateTime created;
        QDateTime activeUntil;
        QString homeAddress;    // the IP address most of the user's events come from
    };
    struct Resource
    {
        QString id;
        QString name;
        int tenant = -1;
        int creator = -1;       // index into m_users
        QDateTime created;
        QString model;          // agents only
    };

    DemoRows &rows(const char *table);
    void addTable(const char *table, const char *columns);
    static QString json(const nlohmann::ordered_json &value);
    static std::string utf8(const QString &text);
    QDateTime windowStart() const;  // first moment of the 12 months of activity
    int dayIndex(const QDateTime &moment) const;
    QList<int> activeUsersOf(int tenant, const QDateTime &at) const;
    int pickActor(int tenant, const QDateTime &at);
    QString randomAddress();

    void makePlans();
    void makeTenants();
    void makeUsers(const Progress &progress);
    void makeSubscriptions();
    void makeTenantRows();
    void makeAgents();
    void makeWorkflows();
    void makeBlueprints();
    void makeProjects();
    void makeApiKeys();
    void makeExecutions();
    void makeUsageRecords();
    void makeAuditLogs();

    DemoRandom m_random;
    QDateTime m_now;
    QList<DemoRows> m_tables;
    QList<Plan> m_plans;
    QList<Tenant> m_tenants;
    QList<User> m_users;
    QList<Resource> m_agents;
    QList<Resource> m_workflows;
    QList<Resource> m_blueprints;
    QList<Resource> m_projects;
    QList<Resource> m_apiKeys;
    QList<QVariantList> m_creationEvents;  // audit rows for things made within the window
};
