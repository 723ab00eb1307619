#include "planchange.h"
#include "rowstatements.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlQuery>

namespace {

RecordWriter::Result refused(const QString &column, const QString &message)
{
    RecordWriter::Result result;
    result.outcome = RecordWriter::Outcome::Refused;
    result.message = message;
    result.problems = {{column, message}};
    return result;
}

QDateTime periodEnd(const QDateTime &start, const QString &cycle)
{
    return cycle == QLatin1String("yearly") ? start.addYears(1) : start.addMonths(1);
}

} // namespace

QVariantMap PlanChange::currentSubscription(const QSqlDatabase &db, const QString &tenantId)
{
    const TableSpec &subscriptions = *Schema::table(QStringLiteral("subscriptions"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(RowStatements::currentSubscription()))
        return {};
    q.addBindValue(tenantId);
    if (!q.exec() || !q.next())
        return {};
    return RecordWriter::load(db, subscriptions, q.value(0));
}

RecordWriter::Result PlanChange::apply(RecordWriter &writer, const Request &request)
{
    const TableSpec &tenants = *Schema::table(QStringLiteral("tenants"));
    const TableSpec &plans = *Schema::table(QStringLiteral("plans"));
    const TableSpec &subscriptions = *Schema::table(QStringLiteral("subscriptions"));
    const QSqlDatabase db = writer.database();
    const QStringList present = db.tables();
    if (!present.contains(plans.name) || !present.contains(subscriptions.name))
        return refused(QString(), tr("This database has no plans or subscriptions table (an older migration): edit the tenant's plan in its form instead."));
    if (!subscriptions.column(QStringLiteral("billing_cycle"))->choices.contains(request.billingCycle))
        return refused(QStringLiteral("billing_cycle"), tr("Billing cycle: choose monthly or yearly."));

    return writer.together([&](RecordWriter &w) {
        const QVariantMap plan = RecordWriter::load(db, plans, request.planId);
        if (plan.isEmpty())
            return refused(QStringLiteral("plan_id"), tr("Plan: the chosen plan no longer exists."));
        if (!plan.value(QStringLiteral("is_active")).toBool())
            return refused(QStringLiteral("plan_id"), tr("Plan: \u201C%1\u201D is not active.").arg(plan.value(plans.displayColumn).toString()));

        QVariantMap tenantEdits = {{QStringLiteral("plan"), plan.value(QStringLiteral("plan_type"))}};
        const QString limits = plan.value(QStringLiteral("limits")).toString();
        if (request.applyLimits && !limits.isEmpty())
            tenantEdits.insert(QStringLiteral("resource_quota"), limits);
        RecordWriter::Result tenant = w.update(tenants, request.tenant, tenantEdits);
        if (!tenant.ok())
            return tenant;

        const QString tenantId = request.tenant.value(tenants.primaryKey().name).toString();
        const QVariantMap current = currentSubscription(db, tenantId);
        RecordWriter::Result subscription;
        if (current.isEmpty()) {
            const QDateTime start = ValueCodec::nowUtc();
            subscription = w.create(subscriptions, {{QStringLiteral("tenant_id"), tenantId},
                                                    {QStringLiteral("plan_id"), request.planId},
                                                    {QStringLiteral("status"), QStringLiteral("active")},
                                                    {QStringLiteral("billing_cycle"), request.billingCycle},
                                                    {QStringLiteral("current_period_start"), start},
                                                    {QStringLiteral("current_period_end"), periodEnd(start, request.billingCycle)}});
        } else {
            subscription = w.update(subscriptions, current, {{QStringLiteral("plan_id"), request.planId},
                                                             {QStringLiteral("billing_cycle"), request.billingCycle}});
        }
        if (!subscription.ok())
            return subscription;
        RecordWriter::Result result = tenant;
        if (tenant.outcome == RecordWriter::Outcome::Unchanged && subscription.outcome == RecordWriter::Outcome::Unchanged) {
            result.message = tr("The tenant is already on this plan; nothing was saved.");
            return result;
        }
        result.outcome = RecordWriter::Outcome::Written;
        result.message = tr("Moved %1 to the plan “%2”.").arg(request.tenant.value(tenants.displayColumn).toString(),
                                                                     plan.value(plans.displayColumn).toString());
        return result;
    });
}
