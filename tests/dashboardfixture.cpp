#include "dashboardfixture.h"
#include "databaseconnection.h"
#include "ddl.h"
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Values = QList<QPair<QString, QVariant>>;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

bool insert(const QSqlDatabase &db, const QString &table, const Values &values, QString *error)
{
    const Backend backend = DatabaseConnection::backendOf(db);
    QStringList names;
    QStringList marks;
    for (const auto &value : values) {
        names.append(Ddl::quoteIdentifier(value.first, backend));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u',')));
    for (const auto &value : values)
        q.addBindValue(value.second);
    if (q.exec())
        return true;
    *error = table + QStringLiteral(": ") + q.lastError().text();
    return false;
}

const QString stamp = QStringLiteral("2023-12-01 00:00:00.000000");

} // namespace

QString DashboardFixture::at(const QDate &day, int hour, int minute, int second, int micro)
{
    return QStringLiteral("%1 %2:%3:%4.%5")
        .arg(day.toString(Qt::ISODate))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(micro, 6, 10, QLatin1Char('0'));
}

DashboardFixture::DashboardFixture()
{
    tenants = {
        // 8 of 10 agents is exactly 80 %; 6 of 5 workflows is over; a zero limit nobody uses.
        {"t1", "Acme", "acme", "pro", R"({"agents": 10, "workflows": 5, "projects": 0})",
         R"({"agents": 8, "workflows": 6, "projects": 0, "users": 2})"},
        // Exactly at the limit: amber, not red.
        {"t2", "Beta", "beta", "pro", R"({"agents": 4, "api_keys": 10})", R"({"agents": 4, "api_keys": 7})"},
        // No quota key at all.
        {"t3", "Core", "core", "free", "{}", R"({"agents": 1})"},
        // A zero limit that is used; a limit that is not a number; a key usage lacks.
        {"t4", "Delta", "delta", "", R"({"users": 0, "agents": 3, "label": "x"})", R"({"users": 2})"},
    };
    users = {{"u1", "t1", "ann@acme.test"}, {"u2", "t1", "bob@acme.test"}, {"u3", "t2", "cy@beta.test"},
             {"u4", "t4", "dee@delta.test"}};
    resources = {{"a1", "agent", "t1", "Alpha agent"}, {"a2", "agent", "t1", "Second agent"},
                 {"a3", "agent", "t2", "Beta agent"}, {"gone", "agent", "t2", "", false},
                 {"w1", "workflow", "t1", "Acme flow"}, {"w2", "workflow", "t4", "Delta flow"}};
    projects = {{"p1", "t1"}, {"p2", "t4"}, {"p3", "t4"}};
    apiKeys = {{"k1", "t2"}, {"k2", "t2"}, {"k3", "t1"}};

    const QDate first(2024, 1, 1);  // a Monday; the scope is [2024-01-01, 2024-01-22)
    const QList<int> runs = {23, 7, 1, 3, 12, 4};
    const QStringList statuses = {"completed", "failed", "completed", "running", "completed", "failed", "pending"};
    int serial = 0;
    for (int r = 0; r < resources.size(); ++r) {
        const Resource &res = resources.at(r);
        for (int k = 0; k < runs.at(r); ++k) {
            const int hours = (k * 17 + r * 5) % (21 * 24);
            const QString status = statuses.at((k + r) % statuses.size());
            const bool finished = status == QLatin1String("completed") || status == QLatin1String("failed");
            // Repeated values on purpose (k * 37 % 97 repeats): ties must not change a percentile.
            const QVariant seconds = finished ? QVariant(((k * 37 + r * 11) % 97) / 3.0 + 0.125 * r)
                                              : QVariant(QMetaType::fromType<double>());
            executions.append({QStringLiteral("e%1").arg(++serial), res.type, res.id, status, res.tenantId,
                               at(first.addDays(hours / 24), hours % 24, k % 60, (k * 7) % 60, (k * 1111) % 1000000),
                               status == QLatin1String("failed") ? QStringLiteral("error %1 of %2").arg(k).arg(res.id)
                                                                 : QString(),
                               seconds});
        }
    }
    // Bucket edges: the last micro-second of Sunday 7 January and Monday's first; outside the
    // scope, the last micro-second before it and its exclusive end.
    const QDate sunday(2024, 1, 7);
    executions.append({"edge1", "agent", "a1", "failed", "t1", at(sunday, 23, 59, 59, 999999), "the latest a1 error", 4.5});
    executions.append({"edge2", "agent", "a1", "completed", "t1", at(sunday.addDays(1), 0), "", 2.25});
    executions.append({"out1", "agent", "a1", "failed", "t1", at(first.addDays(-1), 23, 59, 59, 999999), "too early", 99.0});
    executions.append({"out2", "agent", "a1", "failed", "t1", at(first.addDays(21), 0), "too late", 98.0});

    // Daily rollups from six weeks before the scope's end (the previous period included).
    const QList<double> prices = {0.5, 0.25, 1.5, 0.1};
    const QStringList units = {"agent_run", "token"};
    serial = 0;
    for (int d = 0; d < 42; ++d) {
        const QDate day = QDate(2023, 12, 11).addDays(d);
        for (int t = 0; t < tenants.size(); ++t) {
            if ((d + t) % 5 == 0)
                continue;  // gaps: not every tenant uses something every day
            for (int u = 0; u < units.size(); ++u) {
                const double quantity = (d * 3 + t * 5 + u) % 11 + 1 + (u == 1 ? 1000.0 : 0.0);
                usage.append({QStringLiteral("r%1").arg(++serial), tenants.at(t).id, units.at(u),
                              t == 1 ? QStringLiteral("EUR") : QStringLiteral("USD"), at(day, 0), at(day, 23, 55),
                              quantity, quantity * prices.at(t) / (u == 1 ? 1000.0 : 1.0)});
            }
        }
    }
    // No period: its created_at counts, at the last micro-second of Sunday.
    usage.append({"redge", "t1", "agent_run", "USD", "", at(sunday, 23, 59, 59, 999999), 5, 2.5});
    usage.append({"rlate", "t1", "agent_run", "USD", at(first.addDays(21), 0), at(first.addDays(21), 0), 7, 3.5});
    usage.append({"rearly", "t3", "token", "USD", at(QDate(2023, 12, 10), 23, 59, 59, 999999),
                  at(QDate(2023, 12, 10), 23, 59, 59, 999999), 9, 4.5});

    plans = {{"pl1", "Starter", "free"}, {"pl2", "Pro", "pro"}};
    now = at(QDate(2024, 1, 21), 12);
    subscriptions = {
        {"s1", "t1", "pl2", "active", "monthly", at(QDate(2024, 1, 26), 12)},
        {"s2", "t2", "pl2", "active", "yearly", at(QDate(2024, 2, 20), 11, 59, 59, 999999)},  // just inside 30 days
        {"s3", "t3", "pl1", "cancelled", "monthly", at(QDate(2024, 1, 24), 0)},            // not active
        {"s4", "t4", "pl1", "active", "monthly", at(QDate(2024, 2, 20), 12)},               // exactly 30 days: out
        {"s5", "t1", "pl1", "expired", "monthly", at(QDate(2024, 1, 20), 0)},
        {"s6", "t4", "pl2", "active", "monthly", at(QDate(2024, 1, 21), 12)},               // due now: in
        {"s7", "t2", "pl1", "active", "monthly", at(QDate(2024, 1, 21), 11, 59, 59)},       // past: out
    };

    const QStringList auditUsers = {"u1", "u2", "u3", "u4", "u1", "", "u1"};
    const QStringList events = {"login", "agent.create", "admin.update"};
    const QStringList actions = {"create", "update", "delete"};
    for (int k = 0; k < 70; ++k) {
        const int hours = (k * 9) % (21 * 24);
        audit.append({k + 1, events.at(k % 3), auditUsers.at(k % auditUsers.size()),
                      k % 4 == 0 ? QString() : actions.at(k % 3), at(first.addDays(hours / 24), hours % 24, k % 60),
                      k % 5 != 0});
    }
    audit.append({1001, "login", "u2", "create", at(sunday, 23, 59, 59, 999999), false});
    audit.append({1002, "login", "u2", "create", at(sunday.addDays(1), 0), false});
    audit.append({1003, "login", "u3", "create", at(first.addDays(21), 0), false});  // outside
}

QString DashboardFixture::tenantName(const QString &tenantId) const
{
    for (const Tenant &t : tenants) {
        if (t.id == tenantId)
            return t.name;
    }
    return {};
}

QString DashboardFixture::userTenant(const QString &userId) const
{
    for (const User &u : users) {
        if (u.id == userId)
            return u.tenantId;
    }
    return {};
}

QString DashboardFixture::userEmail(const QString &userId) const
{
    for (const User &u : users) {
        if (u.id == userId)
            return u.email;
    }
    return {};
}

QString DashboardFixture::resourceName(const QString &type, const QString &id) const
{
    for (const Resource &r : resources) {
        if (r.type == type && r.id == id && r.exists)
            return r.name;
    }
    return {};
}

bool DashboardFixture::seed(const QSqlDatabase &db, QString *error) const
{
    // One transaction: a thousand SQLite commits would each wait for the disk.
    QSqlDatabase handle = db;
    handle.transaction();
    if (!seedRows(db, error)) {
        handle.rollback();
        return false;
    }
    return handle.commit();
}

bool DashboardFixture::seedRows(const QSqlDatabase &db, QString *error) const
{
    for (const Tenant &t : tenants) {
        if (!insert(db, "tenants", {{"id", t.id}, {"name", t.name}, {"slug", t.slug}, {"is_active", true},
                                    {"plan", textOrNull(t.plan)}, {"resource_quota", t.quota}, {"usage", t.usage},
                                    {"created_at", stamp}, {"updated_at", stamp}}, error))
            return false;
    }
    for (const User &u : users) {
        if (!insert(db, "users", {{"id", u.id}, {"email", u.email}, {"hashed_password", "x"}, {"is_active", true},
                                  {"is_superuser", u.id == QLatin1String("u1")}, {"tenant_id", u.tenantId},
                                  {"roles", "[\"admin\"]"}, {"permissions", "[]"}, {"created_at", stamp},
                                  {"updated_at", stamp}}, error))
            return false;
    }
    for (const Resource &r : resources) {
        if (r.exists && !insert(db, r.type == QLatin1String("agent") ? "agents" : "workflows",
                                {{"id", r.id}, {"name", r.name}, {"tenant_id", r.tenantId}, {"created_at", stamp},
                                 {"updated_at", stamp}}, error))
            return false;
    }
    for (const auto &p : projects) {
        if (!insert(db, "projects", {{"id", p.first}, {"name", p.first}, {"tenant_id", p.second}, {"is_active", true},
                                     {"created_at", stamp}, {"updated_at", stamp}}, error))
            return false;
    }
    for (const auto &k : apiKeys) {
        if (!insert(db, "api_keys", {{"id", k.first}, {"key_hash", k.first}, {"name", k.first}, {"tenant_id", k.second},
                                     {"is_active", true}, {"created_at", stamp}, {"updated_at", stamp}}, error))
            return false;
    }
    for (const Execution &e : executions) {
        if (!insert(db, "executions", {{"id", e.id}, {"execution_type", e.type}, {"resource_id", e.resourceId},
                                       {"status", e.status}, {"error", textOrNull(e.error)}, {"execution_time", e.seconds},
                                       {"tenant_id", e.tenantId}, {"created_at", e.createdAt}}, error))
            return false;
    }
    for (const Plan &p : plans) {
        if (!insert(db, "plans", {{"id", p.id}, {"name", p.name}, {"plan_type", p.type}, {"is_active", true},
                                  {"created_at", stamp}, {"updated_at", stamp}}, error))
            return false;
    }
    for (const Subscription &s : subscriptions) {
        if (!insert(db, "subscriptions", {{"id", s.id}, {"tenant_id", s.tenantId}, {"plan_id", s.planId},
                                          {"status", s.status}, {"billing_cycle", s.cycle},
                                          {"current_period_end", s.periodEnd}, {"created_at", stamp}}, error))
            return false;
    }
    for (const Usage &u : usage) {
        if (!insert(db, "usage_records", {{"id", u.id}, {"tenant_id", u.tenantId}, {"billing_unit", u.unit},
                                          {"quantity", u.quantity}, {"total_cost", u.cost}, {"currency", u.currency},
                                          {"period_start", textOrNull(u.periodStart)}, {"created_at", u.createdAt}},
                    error))
            return false;
    }
    for (const Audit &a : audit) {
        if (!insert(db, "audit_logs", {{"id", a.id}, {"event_type", a.eventType}, {"user_id", textOrNull(a.userId)},
                                       {"action", textOrNull(a.action)}, {"success", a.success},
                                       {"created_at", a.createdAt}}, error))
            return false;
    }
    // The ids above were given: the serial must continue after them for the write path's rows.
    QSqlQuery q(db);
    if (DatabaseConnection::backendOf(db) == Backend::PostgreSQL
        && !q.exec("SELECT setval(pg_get_serial_sequence('audit_logs', 'id'), (SELECT MAX(id) FROM audit_logs))")) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool DashboardFixture::seedOldMigration(const QSqlDatabase &db, QString *error) const
{
    QSqlDatabase handle = db;
    handle.transaction();
    if (!seedOldRows(db, error)) {
        handle.rollback();
        return false;
    }
    return handle.commit();
}

bool DashboardFixture::seedOldRows(const QSqlDatabase &db, QString *error) const
{
    for (const Tenant &t : tenants) {
        if (!insert(db, "tenants", {{"id", t.id}, {"name", t.name}, {"slug", t.slug}, {"plan", textOrNull(t.plan)},
                                    {"resource_quota", t.quota}, {"usage", t.usage}}, error))
            return false;
    }
    for (const User &u : users) {
        if (!insert(db, "users", {{"id", u.id}, {"email", u.email}, {"hashed_password", "x"}, {"tenant_id", u.tenantId}},
                    error))
            return false;
    }
    for (const Execution &e : executions) {
        if (!insert(db, "executions", {{"id", e.id}, {"type", e.type}, {"entity_id", e.resourceId}, {"status", e.status},
                                       {"execution_time", e.seconds}, {"tenant_id", e.tenantId},
                                       {"created_at", e.createdAt}}, error))
            return false;
    }
    for (const Audit &a : audit) {
        if (!insert(db, "audit_logs", {{"id", QString::number(a.id)}, {"event_type", a.eventType},
                                       {"user_id", textOrNull(a.userId)}, {"action", textOrNull(a.action)},
                                       {"success", a.success}, {"created_at", a.createdAt}}, error))
            return false;
    }
    return true;
}
