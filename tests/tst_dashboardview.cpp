#include "auditactivitypanel.h"
#include "breadcrumbbar.h"
#include "dashboardexpected.h"
#include "dashboardfixture.h"
#include "dashboardview.h"
#include "executionspanel.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "planspanel.h"
#include "quotapanel.h"
#include "quotatruthpanel.h"
#include "tablebrowser.h"
#include "tenantlenspicker.h"
#include "testdatabase.h"
#include "usagepanel.h"
#include "windowedtablemodel.h"
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QXmlStreamReader>

// The dashboard through MainWindow: View → Dashboard on the dashboard fixture's rows, every
// panel's shown figures against the fixture's own arithmetic (DashboardExpected), a bar clicked
// with the mouse into its filtered table, the tenant lens, the audited "recompute usage" and
// the chart export.

namespace {


double sum(const QBarSet *set)
{
    double total = 0;
    for (int i = 0; set && i < set->count(); ++i)
        total += set->at(i);
    return total;
}

using GuiTestSupport::saveShot;

} // namespace

class tst_DashboardView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void panelsShowTheFixturesFigures();
    void clickOnAnExecutionBarOpensItsRows();
    void bucketEndKeepsItsLastMicrosecond();
    void tenantLensNarrowsThePanels();
    void exportWritesPngAndSvg();
    void exportedDataReadsBack();
    void readOnlyOperatorCannotRecompute();
    void recomputeUsageIsAudited();

private:
    DashboardView *dashboard() const { return m_window->dashboard(); }
    bool waitLoaded() const;
    bool waitBrowserLoaded() const;
    qint64 scalar(const QString &sql) const;
    OperatorIdentity operatorWith(OperatorIdentity::Access access) const;
    void clickStatusBar(const QString &status, int bucket);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    DashboardFixture m_fx;
};

void tst_DashboardView::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    AFADMIN_REQUIRE_DB(*m_db);
    QVERIFY(m_db->createSchema());
    QString error;
    QVERIFY2(m_fx.seed(m_db->db(), &error), qPrintable(error));
}

void tst_DashboardView::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1440, 960);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    m_window->openDatabase(m_db->settings());
    QVERIFY(opened.wait(20000));
    m_window->setOperator(operatorWith(OperatorIdentity::Access::Write));
    // The way in: View → Dashboard, Ctrl+Shift+D.
    auto *action = m_window->findChild<QAction *>("dashboardAction");
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isDashboardShown());
    QVERIFY(dashboard()->isLoading());  // it asked at once, and did not wait for the answer
    // The fixture's weeks: 1 to 21 January 2024, renewals from its "now".
    dashboard()->setReferenceTime(QDateTime(QDate(2024, 1, 21), QTime(12, 0), Qt::UTC));
    dashboard()->setCustomRange(QDate(2024, 1, 1), QDate(2024, 1, 21));
    QCOMPARE(dashboard()->range(), DashboardView::Range::Custom);
    QVERIFY(waitLoaded());
}

void tst_DashboardView::cleanup()
{
    m_window.reset();
}

bool tst_DashboardView::waitLoaded() const
{
    return QTest::qWaitFor([this] { return dashboard()->hasLoaded(); }, 30000);
}

bool tst_DashboardView::waitBrowserLoaded() const
{
    WindowedTableModel *model = m_window->browser()->model();
    QTest::qWait(50);
    return QTest::qWaitFor([model] { return !model->isLoading() && (model->rowCount() == 0 || model->isRowLoaded(0)); }, 20000);
}

qint64 tst_DashboardView::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

OperatorIdentity tst_DashboardView::operatorWith(OperatorIdentity::Access access) const
{
    OperatorIdentity identity;
    identity.userId = QStringLiteral("u1");  // the fixture's superuser
    identity.email = QStringLiteral("ann@acme.test");
    identity.access = access;
    return identity;
}

void tst_DashboardView::panelsShowTheFixturesFigures()
{
    const DashboardScope scope = dashboard()->scope();
    QCOMPARE(scope.bucket, DashboardBucket::Day);
    for (DashboardPanelFrame *panel : dashboard()->panels()) {
        QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));
        QVERIFY2(panel->statusText().endsWith(QStringLiteral(" ms")) || panel->statusText().endsWith(QStringLiteral(" s")),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->queryMs() > 0);
    }

    // Executions: every status bar per day, the total and the failure rate, p50, the worst resource.
    ExecutionsPanel *executions = dashboard()->executionsPanel();
    const ExecutionStats ex = DashboardExpected::executions(m_fx, scope);
    QCOMPARE(executions->buckets().size(), 21);
    for (const StatusCount &c : ex.byBucket) {
        const int i = int(executions->buckets().indexOf(c.bucket));
        QVERIFY(i >= 0);
        QCOMPARE(executions->statusSet(c.status)->at(i), double(c.count));
    }
    double shown = 0;
    for (const char *status : {"completed", "failed", "running", "pending"})
        shown += sum(executions->statusSet(status));
    QCOMPARE(shown, double(ex.total));
    QCOMPARE(sum(executions->statusSet("failed")), double(ex.failed));
    QVERIFY2(executions->summary()->text().contains(QString::number(ex.failureRate * 100, 'f', 1) + " %"),
             qPrintable(executions->summary()->text()));
    QCOMPARE(executions->failingTable()->rowCount(), int(ex.failing.size()));
    QCOMPARE(executions->failingTable()->item(0, 1)->text(), QString::number(ex.failing.first().failures));
    QCOMPARE(executions->failingTable()->item(0, 3)->text(), ex.failing.first().lastError);
    const auto *durations = qobject_cast<QAbstractBarSeries *>(executions->durationChart()->chart()->series().first());
    QVERIFY(durations);
    // The chart lists the most runs at the top, so the first resource is its last category.
    const QBarSet *p50 = durations->barSets().first();
    QCOMPARE(p50->count(), int(ex.durations.size()));
    QVERIFY(qFuzzyCompare(p50->at(p50->count() - 1), ex.durations.first().p50));

    // Quotas: every row, closest to the limit first, in the colour of its level.
    QuotaPanel *quotas = dashboard()->quotaPanel();
    const QList<QuotaRow> quota = DashboardExpected::quotas(m_fx, QString());
    QCOMPARE(quotas->table()->rowCount(), int(quota.size()));
    for (int row = 0; row < quota.size(); ++row) {
        QCOMPARE(quotas->table()->item(row, 0)->text(), quota.at(row).tenantName);
        QCOMPARE(quotas->table()->item(row, 1)->text(), quota.at(row).key);
        QCOMPARE(quotas->table()->item(row, 5)->data(Qt::UserRole).toInt(), int(quota.at(row).level));
    }
    QCOMPARE(quotas->table()->item(0, 4)->text(), QStringLiteral("\u221E (limit 0)"));  // Delta's users: 2 of 0
    QCOMPARE(quotas->table()->item(1, 4)->text(), QStringLiteral("120 %"));            // Acme's workflows
    const QList<QuotaRow> bars = quotas->chartRows();
    QCOMPARE(bars.last().tenantId + '.' + bars.last().key, QStringLiteral("t4.users"));  // at the top
    QCOMPARE(quotas->levelSet(QuotaLevel::Red)->at(int(bars.size()) - 1), QuotaPanel::chartCeiling);
    QCOMPARE(quotas->levelSet(QuotaLevel::Amber)->at(int(bars.size()) - 1), 0.0);
    QCOMPARE(quotas->levelSet(QuotaLevel::Red)->color(), QColor(0xe0, 0x3e, 0x3e));

    // Quota truth: the rows, the differing ones flagged.
    QuotaTruthPanel *truth = dashboard()->quotaTruthPanel();
    const QList<QuotaTruthRow> live = DashboardExpected::quotaTruth(m_fx, QString());
    QCOMPARE(truth->table()->rowCount(), int(live.size()));
    int differing = 0;
    for (int row = 0; row < live.size(); ++row) {
        QCOMPARE(truth->table()->item(row, 3)->text(), QString::number(live.at(row).live));
        QCOMPARE(truth->table()->item(row, 4)->text().isEmpty(), !live.at(row).differs);
        differing += live.at(row).differs ? 1 : 0;
    }
    QVERIFY(differing > 0);

    // Usage: the stacked agent_run quantities add up per day; cost per currency this period.
    UsagePanel *usage = dashboard()->usagePanel();
    const UsageStats us = DashboardExpected::usage(m_fx, scope);
    QCOMPARE(usage->unitBox()->currentText(), QStringLiteral("agent_run"));
    QHash<QString, double> byTenant;
    for (const UsagePoint &p : us.series) {
        if (p.billingUnit == QLatin1String("agent_run"))
            byTenant[p.tenantId] += p.quantity;
    }
    QVERIFY(!byTenant.isEmpty());
    for (auto it = byTenant.cbegin(); it != byTenant.cend(); ++it)
        QVERIFY2(qFuzzyCompare(sum(usage->tenantSet(it.key())), it.value()), qPrintable(it.key()));
    QTableWidget *totals = usage->totalsTable();
    QCOMPARE(totals->rowCount(), int(us.costByCurrency.size() + us.quantityByUnit.size()));
    QCOMPARE(totals->item(0, 0)->text(), "Cost " + us.costByCurrency.first().key);
    QVERIFY(std::abs(totals->item(0, 1)->text().toDouble() - us.costByCurrency.first().current) <= 0.05);

    // Plans: a slice per plan, the renewals due.
    PlansPanel *plans = dashboard()->plansPanel();
    const PlanStats pl = DashboardExpected::plans(m_fx, scope);
    QCOMPARE(plans->planSeries()->count(), int(pl.tenantsPerPlan.size()));
    for (int i = 0; i < pl.tenantsPerPlan.size(); ++i)
        QCOMPARE(plans->planSeries()->slices().at(i)->value(), double(pl.tenantsPerPlan.at(i).tenants));
    QCOMPARE(plans->renewalsTable()->rowCount(), int(pl.renewals.size()));
    QCOMPARE(plans->renewalsTable()->item(0, 0)->text(), pl.renewals.first().tenantName);
    QCOMPARE(plans->statusSeries()->count(), int(pl.subscriptions.size()));

    // Audit: every event counted once, the most active user on top.
    AuditActivityPanel *audit = dashboard()->auditPanel();
    const AuditActivity au = DashboardExpected::audit(m_fx, scope);
    qint64 events = 0;
    for (const StatusCount &c : au.byBucket)
        events += c.count;
    double stacked = 0;
    for (QAbstractSeries *series : audit->eventChart()->chart()->series()) {
        for (const QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            stacked += sum(set);
    }
    QCOMPARE(stacked, double(events));
    QCOMPARE(audit->users().last().label, au.activeUsers.first().label);
    QCOMPARE(audit->failedTable()->rowCount(), int(au.failedActions.size()));

    saveShot(m_window.get(), "dashboard.png");
    saveShot(dashboard()->findChild<QScrollArea *>()->widget(), "dashboard-all-panels.png");
}

void tst_DashboardView::clickStatusBar(const QString &status, int bucket)
{
    ExecutionsPanel *executions = dashboard()->executionsPanel();
    QChartView *view = executions->statusChart();
    auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().first());
    QVERIFY(series);
    // The middle of the status's segment: the sets below it in the stack, plus half of its own.
    double below = 0;
    for (const QBarSet *set : series->barSets()) {
        if (set == executions->statusSet(status))
            break;
        below += set->at(bucket);
    }
    const double height = executions->statusSet(status)->at(bucket);
    QVERIFY(height > 0);
    dashboard()->findChild<QScrollArea *>()->ensureWidgetVisible(view);
    const QPointF inChart = view->chart()->mapToPosition(QPointF(bucket, below + height / 2), series);
    const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

void tst_DashboardView::clickOnAnExecutionBarOpensItsRows()
{
    ExecutionsPanel *executions = dashboard()->executionsPanel();
    // The day with the most failures (none of the fixture's micro-second edges fall on it).
    const QBarSet *failed = executions->statusSet("failed");
    int day = 0;
    for (int i = 0; i < failed->count(); ++i) {
        const QDate date = executions->buckets().at(i).date();
        if (failed->at(i) > failed->at(day) && date != QDate(2024, 1, 7))
            day = i;
    }
    const QDateTime start = executions->buckets().at(day);
    const QString from = DashboardExpected::text(start);
    const QString to = DashboardExpected::text(start.addDays(1));
    int expected = 0;
    for (const DashboardFixture::Execution &e : m_fx.executions)
        expected += e.status == QLatin1String("failed") && e.createdAt >= from && e.createdAt < to ? 1 : 0;
    QCOMPARE(failed->at(day), double(expected));

    clickStatusBar("failed", day);
    QVERIFY(!m_window->isDashboardShown());
    TableBrowser *browser = m_window->browser();
    QCOMPARE(browser->currentTable(), QStringLiteral("executions"));
    QVERIFY(waitBrowserLoaded());
    QCOMPARE(browser->model()->rowCount(), expected);
    const QList<ColumnFilter> filters = browser->location().filters.filters;
    QCOMPARE(filters.size(), 2);
    QCOMPARE(filters.at(0).column, QStringLiteral("status"));
    QCOMPARE(filters.at(0).op, ColumnFilter::Op::Equals);
    QCOMPARE(filters.at(0).value.toString(), QStringLiteral("failed"));
    QCOMPARE(filters.at(1).column, QStringLiteral("created_at"));
    QCOMPARE(filters.at(1).op, ColumnFilter::Op::Between);
    const int status = browser->model()->columnOf("status");
    for (int row = 0; row < expected; ++row)
        QCOMPARE(browser->model()->index(row, status).data().toString(), QStringLiteral("failed"));
    // The breadcrumb starts at the dashboard, and Back returns there.
    QVERIFY2(browser->breadcrumb()->text().startsWith(QStringLiteral("Dashboard")), qPrintable(browser->breadcrumb()->text()));
    saveShot(m_window.get(), "dashboard-click-through.png");
    m_window->goBack();
    QVERIFY(m_window->isDashboardShown());

    // A failing resource's row: that resource's failed runs in the range.
    QTableWidget *failing = executions->failingTable();
    const QString resource = failing->item(0, 0)->data(Qt::UserRole + 1).toString();
    const qint64 failures = failing->item(0, 1)->text().toLongLong();
    QTest::mouseClick(failing->viewport(), Qt::LeftButton, {}, failing->visualItemRect(failing->item(0, 0)).center());
    QCOMPARE(browser->currentTable(), QStringLiteral("executions"));
    QVERIFY(waitBrowserLoaded());
    QCOMPARE(browser->model()->rowCount(), int(failures));
    const int resourceColumn = browser->model()->columnOf("resource_id");
    for (int row = 0; row < int(failures); ++row)
        QCOMPARE(browser->model()->index(row, resourceColumn).data().toString(), resource);

    // The same row from the keyboard: Enter on it opens the same runs.
    m_window->goBack();
    QVERIFY(m_window->isDashboardShown());
    failing->setFocus();
    failing->setCurrentCell(0, 0);
    QTest::keyClick(failing, Qt::Key_Return);
    QCOMPARE(browser->currentTable(), QStringLiteral("executions"));
    QVERIFY(waitBrowserLoaded());
    QCOMPARE(browser->model()->rowCount(), int(failures));
}

void tst_DashboardView::bucketEndKeepsItsLastMicrosecond()
{
    // Sunday 7 January holds a failure at 23:59:59.999999: its bar counts it, and so must the
    // table the bar opens.
    ExecutionsPanel *executions = dashboard()->executionsPanel();
    const int sunday = int(executions->buckets().indexOf(QDateTime(QDate(2024, 1, 7), QTime(0, 0), Qt::UTC)));
    QVERIFY(sunday >= 0);
    const int shown = int(executions->statusSet("failed")->at(sunday));
    clickStatusBar("failed", sunday);
    QVERIFY(waitBrowserLoaded());
    QCOMPARE(m_window->browser()->model()->rowCount(), shown);
}

void tst_DashboardView::tenantLensNarrowsThePanels()
{
    TenantLensPicker *lens = m_window->tenantLens();
    QVERIFY(QTest::qWaitFor([lens] { return lens->count() > 1; }, 20000));
    lens->selectTenant("t1");
    QVERIFY(dashboard()->isLoading());
    QVERIFY(waitLoaded());
    QCOMPARE(dashboard()->scope().tenantId, QStringLiteral("t1"));
    const DashboardScope scope = dashboard()->scope();
    const ExecutionStats ex = DashboardExpected::executions(m_fx, scope);
    double shown = 0;
    for (const char *status : {"completed", "failed", "running", "pending"})
        shown += sum(dashboard()->executionsPanel()->statusSet(status));
    QCOMPARE(shown, double(ex.total));
    DashboardScope everyTenant = scope;
    everyTenant.tenantId.clear();
    QVERIFY(ex.total < DashboardExpected::executions(m_fx, everyTenant).total);
    QCOMPARE(dashboard()->quotaPanel()->table()->rowCount(), int(DashboardExpected::quotas(m_fx, "t1").size()));
    for (int row = 0; row < dashboard()->quotaPanel()->table()->rowCount(); ++row)
        QCOMPARE(dashboard()->quotaPanel()->table()->item(row, 0)->text(), QStringLiteral("Acme"));
    saveShot(m_window.get(), "dashboard-tenant-lens.png");
}

void tst_DashboardView::exportWritesPngAndSvg()
{
    QTemporaryDir dir;
    for (DashboardPanelFrame *panel : dashboard()->panels()) {
        const QString png = dir.filePath(panel->objectName() + QString::number(int(panel->panel())) + ".png");
        const QString svg = dir.filePath(panel->objectName() + QString::number(int(panel->panel())) + ".svg");
        QVERIFY(panel->exportChart(png));
        QVERIFY(panel->exportChart(svg));
        QImage image;
        QVERIFY(image.load(png));
        QVERIFY(image.width() > 100 && image.height() > 100);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QXmlStreamReader xml(text);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
}

// The figures a panel shows, exported as CSV (a file per dataset) and JSON, read back by
// Python's csv and json modules and compared with the fixture's own numbers.
void tst_DashboardView::exportedDataReadsBack()
{
    QTemporaryDir dir;
    const DashboardScope scope = dashboard()->scope();
    const ExecutionStats expected = DashboardExpected::executions(m_fx, scope);
    const QString csv = dir.filePath(QStringLiteral("executions.csv"));
    const QString json = dir.filePath(QStringLiteral("executions.json"));
    QVERIFY(dashboard()->executionsPanel()->exportData(csv));
    QVERIFY(dashboard()->executionsPanel()->exportData(json));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("executions-failing.csv"))));
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True))\n"
        "failing = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8'), strict=True))\n"
        "doc = json.load(open(sys.argv[3], encoding='utf-8'))\n"
        "print(sum(int(r['count']) for r in rows), len(failing), doc['panel'], doc['datasets']['summary'][0]['total'],\n"
        "      doc['datasets']['summary'][0]['failed'], sum(r['count'] for r in doc['datasets']['executions_by_bucket']))\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, csv,
                                                      dir.filePath(QStringLiteral("executions-failing.csv")), json});
    QVERIFY(python.waitForFinished(20000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QStringList figures = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(figures.size(), 6);
    QCOMPARE(figures.at(0).toLongLong(), expected.total);
    QCOMPARE(figures.at(1).toLongLong(), qint64(expected.failing.size()));
    QCOMPARE(figures.at(2), QStringLiteral("executions"));
    QCOMPARE(figures.at(3).toLongLong(), expected.total);
    QCOMPARE(figures.at(4).toLongLong(), expected.failed);
    QCOMPARE(figures.at(5).trimmed().toLongLong(), expected.total);

    // A quota over a zero limit has an infinite ratio: "inf" in CSV, null in JSON (valid JSON).
    const QString quotas = dir.filePath(QStringLiteral("quotas.json"));
    QVERIFY(dashboard()->quotaPanel()->exportData(quotas));
    QFile file(quotas);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QVERIFY(document.isObject());
    QCOMPARE(document[QStringLiteral("datasets")][QStringLiteral("quotas")].toArray().size(),
             qsizetype(DashboardExpected::quotas(m_fx, QString()).size()));
}

void tst_DashboardView::readOnlyOperatorCannotRecompute()
{
    QuotaTruthPanel *truth = dashboard()->quotaTruthPanel();
    truth->table()->selectRow(0);
    QVERIFY(truth->recomputeButton()->isEnabled());
    m_window->setOperator(operatorWith(OperatorIdentity::Access::ReadOnly));
    QVERIFY(!truth->recomputeButton()->isEnabled());
    truth->recompute();  // refused without asking
    QVERIFY(!truth->confirmation());
}

void tst_DashboardView::recomputeUsageIsAudited()
{
    QuotaTruthPanel *truth = dashboard()->quotaTruthPanel();
    const qint64 auditRows = scalar("SELECT COUNT(*) FROM audit_logs");
    int acme = -1;
    for (int row = 0; row < truth->table()->rowCount() && acme < 0; ++row) {
        if (truth->table()->item(row, 0)->text() == QLatin1String("Acme") && !truth->table()->item(row, 4)->text().isEmpty())
            acme = row;
    }
    QVERIFY(acme >= 0);
    QTest::mouseClick(truth->table()->viewport(), Qt::LeftButton, {},
                      truth->table()->visualItemRect(truth->table()->item(acme, 1)).center());
    QVERIFY(m_window->isDashboardShown());  // a click selects; a double click opens
    QCOMPARE(truth->selectedTenantId(), QStringLiteral("t1"));
    QTest::mouseClick(truth->recomputeButton(), Qt::LeftButton);
    QVERIFY(truth->confirmation());
    saveShot(truth->confirmation(), "dashboard-recompute.png");
    QTest::mouseClick(truth->confirmation()->findChild<QPushButton *>("confirmButton"), Qt::LeftButton);
    QSignalSpy recomputed(truth, &QuotaTruthPanel::usageRecomputed);
    QVERIFY(recomputed.wait(20000));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_logs"), auditRows + 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_logs WHERE resource_id = 't1' AND user_id = 'u1'"), 1);
    // The panel asks again and Acme's rows no longer differ.
    QVERIFY(waitLoaded());
    for (int row = 0; row < truth->table()->rowCount(); ++row) {
        if (truth->table()->item(row, 0)->text() == QLatin1String("Acme"))
            QVERIFY(truth->table()->item(row, 4)->text().isEmpty());
    }
    QVERIFY2(truth->messageText().contains("recomputed"), qPrintable(truth->messageText()));
}

QTEST_MAIN(tst_DashboardView)
#include "tst_dashboardview.moc"
