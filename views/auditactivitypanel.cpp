#include "auditactivitypanel.h"
#include "dashboardcharts.h"
#include "dashboardlinks.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>

namespace {

const QString auditLogs = QStringLiteral("audit_logs");

} // namespace

AuditActivityPanel::AuditActivityPanel(QWidget *parent)
    : DashboardPanelFrame(DashboardPanel::Audit, tr("Audit activity"), parent)
    , m_failed(new QTableWidget(this))
{
    m_eventChart = DashboardCharts::makeChartView(this);
    m_eventChart->setObjectName(QStringLiteral("auditEventChart"));
    body()->addWidget(m_eventChart, 3);
    setExportChart(m_eventChart);
    auto *row = new QHBoxLayout;
    m_userChart = DashboardCharts::makeChartView(this);
    m_userChart->setObjectName(QStringLiteral("auditUserChart"));
    m_userChart->setMinimumHeight(200);
    row->addWidget(m_userChart, 1);
    auto *failedBox = new QVBoxLayout;
    failedBox->addWidget(new QLabel(tr("Failed actions"), this));
    m_failed->setObjectName(QStringLiteral("failedActions"));
    m_failed->setColumnCount(3);
    m_failed->setHorizontalHeaderLabels({tr("Event"), tr("Action"), tr("Failures")});
    m_failed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failed->verticalHeader()->hide();
    m_failed->horizontalHeader()->setStretchLastSection(true);
    m_failed->setToolTip(tr("Click a row for those failed entries in the range"));
    failedBox->addWidget(m_failed);
    row->addLayout(failedBox, 1);
    body()->addLayout(row, 2);
    DashboardCharts::clickOnEnter(m_failed, &QTableWidget::cellClicked);
    connect(m_failed, &QTableWidget::cellClicked, this, [this](int r, int) {
        const QTableWidgetItem *event = m_failed->item(r, 0);
        const QTableWidgetItem *action = m_failed->item(r, 1);
        if (!event || !action)
            return;
        ColumnFilter failed;
        failed.column = QStringLiteral("success");
        failed.op = ColumnFilter::Op::IsFalse;
        ColumnFilter byAction = DashboardLinks::equals(QStringLiteral("action"), action->data(Qt::UserRole));
        if (action->data(Qt::UserRole).toString().isEmpty()) {
            byAction.op = ColumnFilter::Op::IsEmpty;  // the query counts a NULL action as ''
        }
        emit locationRequested(DashboardLinks::location(
            auditLogs,
            {failed, DashboardLinks::equals(QStringLiteral("event_type"), event->text()), byAction,
             DashboardLinks::during(auditLogs, QStringLiteral("created_at"), scope())},
            tr("Failed %1").arg(event->text())));
    });
}

void AuditActivityPanel::apply(const DashboardResult &result)
{
    const auto *activity = std::get_if<AuditActivity>(&result);
    if (!activity)
        return;
    showEvents(*activity);
    showUsers(*activity);
    showFailed(*activity);
}

void AuditActivityPanel::showEvents(const AuditActivity &activity)
{
    QChart *chart = m_eventChart->chart();
    DashboardCharts::clear(chart);
    m_setByEvent.clear();
    m_buckets = DashboardCharts::bucketStarts(scope());
    const QHash<QDateTime, int> index = DashboardCharts::bucketIndex(m_buckets);
    // The busiest event types get a colour each; the long tail adds up as "Other".
    QHash<QString, qint64> totals;
    for (const StatusCount &c : activity.byBucket)
        totals[c.status] += c.count;
    QStringList types = totals.keys();
    std::sort(types.begin(), types.end(), [&totals](const QString &a, const QString &b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    m_topEvents = types.mid(0, stackedEventTypes);
    const bool hasOther = types.size() > stackedEventTypes;
    auto *series = new QStackedBarSeries(chart);
    QStringList order = m_topEvents;
    if (hasOther)
        order.append(QString());
    for (int t = 0; t < order.size(); ++t) {
        auto *set = new QBarSet(order.at(t).isEmpty() ? tr("Other") : order.at(t), series);
        for (int i = 0; i < m_buckets.size(); ++i)
            set->append(0);
        set->setColor(order.at(t).isEmpty() ? QColor(0x8c, 0x8c, 0x9a) : DashboardCharts::paletteColor(t));
        set->setBorderColor(set->color());
        m_setByEvent.insert(order.at(t), set);
        series->append(set);
    }
    QList<double> perBucket(m_buckets.size(), 0.0);
    for (const StatusCount &c : activity.byBucket) {
        const int i = index.value(c.bucket, -1);
        QBarSet *set = m_setByEvent.value(m_topEvents.contains(c.status) ? c.status : QString());
        if (i < 0 || !set)
            continue;
        set->replace(i, set->at(i) + double(c.count));
        perBucket[i] += double(c.count);
    }
    chart->addSeries(series);
    auto *x = DashboardCharts::categoryAxis(chart);
    x->append(DashboardCharts::bucketLabels(m_buckets, scope().bucket));
    if (m_buckets.size() > 10)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    const double highest = perBucket.isEmpty() ? 0.0 : *std::max_element(perBucket.cbegin(), perBucket.cend());
    y->setRange(0, std::max(1.0, highest * 1.05));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(activity.byBucket.isEmpty() ? tr("No audit events in this range") : QString());
    connect(series, &QStackedBarSeries::clicked, this, [this](int i, QBarSet *set) {
        emit locationRequested(eventLocation(m_setByEvent.key(set), i));
    });
}

BrowseLocation AuditActivityPanel::eventLocation(const QString &eventType, int bucketIndex) const
{
    if (bucketIndex < 0 || bucketIndex >= m_buckets.size())
        return {};
    const QDateTime start = m_buckets.at(bucketIndex);
    QList<ColumnFilter> filters = {DashboardLinks::inBucket(auditLogs, QStringLiteral("created_at"), start, scope().bucket)};
    if (!eventType.isEmpty()) {
        filters.prepend(DashboardLinks::equals(QStringLiteral("event_type"), eventType));
    } else {
        for (const QString &top : m_topEvents)
            filters.append(DashboardLinks::notEquals(QStringLiteral("event_type"), top));
    }
    return DashboardLinks::location(auditLogs, filters,
                                    tr("%1 events, %2").arg(eventType.isEmpty() ? tr("Other") : eventType,
                                                            DashboardCharts::bucketName(start, scope().bucket)));
}

void AuditActivityPanel::showUsers(const AuditActivity &activity)
{
    QChart *chart = m_userChart->chart();
    DashboardCharts::clear(chart);
    m_users = activity.activeUsers;
    std::reverse(m_users.begin(), m_users.end());  // the most active at the top
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("Events"), series);
    set->setColor(DashboardCharts::paletteColor(0));
    QStringList categories;
    double highest = 0;
    for (const NamedCount &u : m_users) {
        QString label = u.label.isEmpty() ? tr("(no user)") : u.label;
        while (categories.contains(label))
            label += QLatin1Char(' ');
        categories.append(label);
        set->append(double(u.count));
        highest = std::max(highest, double(u.count));
    }
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *y = DashboardCharts::categoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis(chart);
    x->setRange(0, std::max(1.0, highest * 1.05));
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->setTitle(tr("Most active users"));
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int i, QBarSet *) {
        if (i < 0 || i >= m_users.size())
            return;
        const NamedCount &u = m_users.at(i);
        ColumnFilter user = DashboardLinks::equals(QStringLiteral("user_id"), u.key, tr("User: %1").arg(u.label));
        if (u.key.isEmpty()) {
            user.op = ColumnFilter::Op::IsEmpty;
            user.label = tr("No user");
        }
        emit locationRequested(DashboardLinks::location(
            auditLogs, {user, DashboardLinks::during(auditLogs, QStringLiteral("created_at"), scope())},
            tr("Events by %1").arg(u.label.isEmpty() ? tr("(no user)") : u.label)));
    });
}

void AuditActivityPanel::showFailed(const AuditActivity &activity)
{
    m_failed->setRowCount(int(activity.failedActions.size()));
    for (int row = 0; row < activity.failedActions.size(); ++row) {
        const NamedCount &f = activity.failedActions.at(row);
        auto *action = new QTableWidgetItem(f.label.isEmpty() ? tr("(none)") : f.label);
        action->setData(Qt::UserRole, f.label);
        auto *count = new QTableWidgetItem(DashboardCharts::number(double(f.count)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_failed->setItem(row, 0, new QTableWidgetItem(f.key));
        m_failed->setItem(row, 1, action);
        m_failed->setItem(row, 2, count);
    }
    m_failed->resizeColumnsToContents();
    m_failed->horizontalHeader()->setStretchLastSection(true);
}
