#pragma once
#include "recordwriter.h"
#include <QCoreApplication>

// Moves a tenant to another plan in one transaction, each record with its own audit row:
// tenants.plan becomes the plan's plan_type (and, when asked, resource_quota the plan's
// limits), and the tenant's current subscription (its active one ending last) moves to the
// plan; a tenant without one gets a new active subscription from now for one billing cycle.
// A tenant changed by someone else since it was loaded is refused like any stale save.
class PlanChange
{
    Q_DECLARE_TR_FUNCTIONS(PlanChange)
public:
    struct Request
    {
        QVariantMap tenant;      // the tenant row as the operator saw it
        QString planId;
        QString billingCycle;    // monthly or yearly: for a new subscription, or to switch cycle
        bool applyLimits = true; // resource_quota := plans.limits
    };

    static RecordWriter::Result apply(RecordWriter &writer, const Request &request);

    // The tenant's current subscription (application values), empty when it has none.
    static QVariantMap currentSubscription(const QSqlDatabase &db, const QString &tenantId);
};
