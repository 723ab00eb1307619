#pragma once
#include "dashboardfixture.h"
#include "dashboardresults.h"

// Every dashboard figure computed from DashboardFixture's rows with plain loops, following the
// panels' documented rules (dashboardresults.h), never through the SQL under test.
namespace DashboardExpected {

QString text(const QDateTime &utc);  // the fixture's text form of a scope bound
QDate bucketOf(const QString &timestamp, DashboardBucket bucket);
double percentile(QList<double> values, double fraction);  // percentile_cont's definition

QList<QuotaRow> quotas(const DashboardFixture &fx, const QString &tenantId);
QList<QuotaTruthRow> quotaTruth(const DashboardFixture &fx, const QString &tenantId);
UsageStats usage(const DashboardFixture &fx, const DashboardScope &scope);
ExecutionStats executions(const DashboardFixture &fx, const DashboardScope &scope);
PlanStats plans(const DashboardFixture &fx, const DashboardScope &scope);
AuditActivity audit(const DashboardFixture &fx, const DashboardScope &scope);

} // namespace DashboardExpected
