#pragma once
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

// Hand-made rows of known values for the dashboard tests, kept here as plain data so the test
// can compute every expected figure with its own loops, never through the SQL under test.
// Datetimes are SQLAlchemy's naive-UTC text, micro-seconds included (bucket edges).
struct DashboardFixture
{
    struct Tenant { QString id, name, slug, plan, quota, usage; };
    struct User { QString id, tenantId, email; };
    struct Resource { QString id, type, tenantId, name; bool exists = true; };
    struct Execution { QString id, type, resourceId, status, tenantId, createdAt, error; QVariant seconds; };
    struct Usage { QString id, tenantId, unit, currency, periodStart, createdAt; double quantity = 0, cost = 0; };
    struct Plan { QString id, name, type; };
    struct Subscription { QString id, tenantId, planId, status, cycle, periodEnd; };
    struct Audit { qint64 id = 0; QString eventType, userId, action, createdAt; bool success = true; };

    QList<Tenant> tenants;
    QList<User> users;
    QList<Resource> resources;   // agents and workflows; exists = false: executions only
    QList<QPair<QString, QString>> projects;  // id, tenant id
    QList<QPair<QString, QString>> apiKeys;   // id, tenant id
    QList<Execution> executions;
    QList<Usage> usage;
    QList<Plan> plans;
    QList<Subscription> subscriptions;
    QList<Audit> audit;
    QString now;  // renewals are due from here

    DashboardFixture();  // builds the rows; seed() writes them

    bool seed(const QSqlDatabase &db, QString *error) const;
    // The old migration's tables (tests/oldmigration.*): tenants, users, executions (type,
    // entity_id) and audit_logs (string id); no usage_records, subscriptions, plans, projects.
    bool seedOldMigration(const QSqlDatabase &db, QString *error) const;

    QString tenantName(const QString &tenantId) const;
    QString userTenant(const QString &userId) const;
    QString userEmail(const QString &userId) const;
    QString resourceName(const QString &type, const QString &id) const;  // empty when gone

private:
    bool seedRows(const QSqlDatabase &db, QString *error) const;
    bool seedOldRows(const QSqlDatabase &db, QString *error) const;

public:
    // "YYYY-MM-DD HH:MM:SS.ffffff" for a day, hour, minute, second and micro-second.
    static QString at(const QDate &day, int hour, int minute = 0, int second = 0, int micro = 0);
};
