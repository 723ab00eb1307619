#pragma once
#include "dashboardfixture.h"
#include "dashboardqueries.h"
#include "testdatabase.h"
#include <QObject>
#include <QTest>
#include <cmath>
#include <memory>

class DashboardReader;

// The dashboard's aggregates on both backends, each against the same figure computed by the
// test from the rows it seeded (DashboardExpected), never through the SQL under test.
class tst_DashboardQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quotas_data();
    void quotas();
    void quotaLevels();
    void quotaTruth();
    void usage_data();
    void usage();
    void executions_data();
    void executions();
    void bucketEdges();
    void percentilesAgreeAcrossBackends();
    void plans_data();
    void plans();
    void audit_data();
    void audit();
    void oldMigrationDatabase();
    void serviceDeliversBySignalAndDropsStale();
    void recomputeUsageIsAudited();

private:
    static DashboardScope scope(const QString &tenantId = QString(), DashboardBucket bucket = DashboardBucket::Day);
    DashboardReader reader() const;  // on the test database
    void addScopeRows();

    std::unique_ptr<TestDatabase> m_db;
    DashboardColumns m_columns;
    DashboardFixture m_fx;
};

inline bool near(double a, double b, double tolerance = 1e-9)
{
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::abs(a - b) <= tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

#define COMPARE_NEAR(actual, expected) \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)))

