#include "dashboardview.h"
#include "auditactivitypanel.h"
#include "dashboardcharts.h"
#include "dashboardservice.h"
#include "executionspanel.h"
#include "planspanel.h"
#include "quotapanel.h"
#include "quotatruthpanel.h"
#include "usagepanel.h"
#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

DashboardView::DashboardView(const ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_service(new DashboardService(settings, this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_scopeLabel(new QLabel(this))
    , m_refreshAll(new QPushButton(tr("Refresh All"), this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);
    bar->addWidget(new QLabel(tr("Range:"), this));
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(Range::Last90Days));
    m_range->addItem(tr("Custom"), int(Range::Custom));
    m_range->setCurrentIndex(1);
    bar->addWidget(m_range);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        edit->setDate(QDateTime::currentDateTimeUtc().date());
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_from->setDate(m_from->date().addDays(-29));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    bar->addWidget(m_to);
    m_scopeLabel->setObjectName(QStringLiteral("dashboardScope"));
    bar->addWidget(m_scopeLabel, 1);
    m_refreshAll->setObjectName(QStringLiteral("dashboardRefreshAll"));
    bar->addWidget(m_refreshAll);
    connect(m_refreshAll, &QPushButton::clicked, this, &DashboardView::refreshAll);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = range() == Range::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refreshAll();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (range() == Range::Custom)
                refreshAll();
        });
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *cells = new QGridLayout(grid);
    cells->setContentsMargins(0, 4, 0, 6);
    m_quotas = new QuotaPanel(grid);
    m_truth = new QuotaTruthPanel(grid);
    m_usage = new UsagePanel(grid);
    m_executions = new ExecutionsPanel(grid);
    m_plans = new PlansPanel(grid);
    m_audit = new AuditActivityPanel(grid);
    m_panels = {m_quotas, m_truth, m_usage, m_executions, m_plans, m_audit};
    // The wide panels span both columns: their time axes need the room.
    cells->addWidget(m_quotas, 0, 0);
    cells->addWidget(m_truth, 0, 1);
    cells->addWidget(m_executions, 1, 0, 1, 2);
    cells->addWidget(m_usage, 2, 0, 1, 2);
    cells->addWidget(m_plans, 3, 0);
    cells->addWidget(m_audit, 3, 1);
    cells->setColumnStretch(0, 1);
    cells->setColumnStretch(1, 1);
    m_quotas->setMinimumHeight(540);
    m_truth->setMinimumHeight(540);
    m_executions->setMinimumHeight(560);
    m_usage->setMinimumHeight(380);
    m_plans->setMinimumHeight(480);
    m_audit->setMinimumHeight(480);
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    for (DashboardPanelFrame *frame : m_panels) {
        connect(frame, &DashboardPanelFrame::refreshRequested, this, &DashboardView::refresh);
        connect(frame, &DashboardPanelFrame::locationRequested, this, [this](const BrowseLocation &location) {
            if (!location.table.isEmpty())
                emit locationRequested(location);
        });
    }
    // A recompute changes both the usage JSON the quotas read and the truth table.
    connect(m_truth, &QuotaTruthPanel::usageRecomputed, this, [this] {
        refresh(DashboardPanel::QuotaTruth);
        refresh(DashboardPanel::Quotas);
    });
    connect(m_service, &DashboardService::panelReady, this, &DashboardView::onReady);
    connect(m_service, &DashboardService::panelFailed, this, &DashboardView::onFailed);
    updateScopeLabel();
}

DashboardView::~DashboardView() = default;

DashboardView::Range DashboardView::range() const
{
    return Range(m_range->currentData().toInt());
}

void DashboardView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void DashboardView::setCustomRange(const QDate &first, const QDate &last)
{
    {
        // One refresh for both ends, not one per edit.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    if (range() == Range::Custom)
        refreshAll();
    else
        setRange(Range::Custom);
}

void DashboardView::setReferenceTime(const QDateTime &now)
{
    m_now = now;
}

void DashboardView::setTenantLens(const QString &tenantId, const QString &tenantName)
{
    if (tenantId == m_tenantId)
        return;
    m_tenantId = tenantId;
    m_tenantName = tenantName;
    refreshAll();
}

void DashboardView::setRecordService(RecordService *service)
{
    m_truth->setRecordService(service);
}

void DashboardView::setCanWrite(bool canWrite)
{
    m_truth->setCanWrite(canWrite);
}

DashboardScope DashboardView::scope() const
{
    DashboardScope s;
    s.tenantId = m_tenantId;
    const QDateTime now = m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
    s.now = now;
    if (range() == Range::Custom) {
        const QDate first = std::min(m_from->date(), m_to->date());
        const QDate last = std::max(m_from->date(), m_to->date());
        s.from = QDateTime(first, QTime(0, 0), Qt::UTC);
        s.to = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC);
    } else {
        const int days = range() == Range::Last7Days ? 7 : range() == Range::Last30Days ? 30 : 90;
        // Whole days up to the end of today: a bar is never a partial day cut at the clock.
        s.to = QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
        s.from = s.to.addDays(-days);
    }
    s.bucket = DashboardScope::bucketFor(s.from, s.to);
    return s;
}

void DashboardView::refreshAll()
{
    updateScopeLabel();
    if (!isVisible()) {
        m_stale = true;  // no queries for a page nobody looks at
        return;
    }
    m_stale = false;
    for (DashboardPanelFrame *frame : m_panels)
        refresh(frame->panel());
}

void DashboardView::refresh(DashboardPanel panel)
{
    const DashboardScope s = scope();
    this->panel(panel)->startLoading(s);
    m_service->refresh(panel, s);
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshAll();
}

bool DashboardView::isLoading() const
{
    return std::any_of(m_panels.cbegin(), m_panels.cend(), [](const DashboardPanelFrame *f) { return f->isLoading(); });
}

bool DashboardView::hasLoaded() const
{
    return std::all_of(m_panels.cbegin(), m_panels.cend(), [](const DashboardPanelFrame *f) {
        return !f->isLoading() && (f->hasResult() || !f->messageText().isEmpty());
    });
}

DashboardPanelFrame *DashboardView::panel(DashboardPanel panel) const
{
    return m_panels.at(int(panel));
}

void DashboardView::onReady(DashboardPanel panel, quint64, const DashboardResult &result)
{
    // The service only delivers a panel's latest generation: this answers its last refresh.
    this->panel(panel)->showResult(result);
    if (!isLoading())
        emit statusChanged(tr("Dashboard up to date."));
}

void DashboardView::onFailed(DashboardPanel panel, quint64, const QString &message)
{
    this->panel(panel)->showFailure(message);
    emit statusChanged(tr("%1: %2").arg(this->panel(panel)->title(), message));
}

void DashboardView::updateScopeLabel()
{
    const DashboardScope s = scope();
    const QString tenant = m_tenantId.isEmpty() ? tr("all tenants") : m_tenantName;
    const QString bucket = s.bucket == DashboardBucket::Day ? tr("by day")
                         : s.bucket == DashboardBucket::Week ? tr("by week") : tr("by month");
    m_scopeLabel->setText(tr("  %1 to %2 (UTC), %3, %4")
                              .arg(s.from.date().toString(Qt::ISODate), s.to.addMSecs(-1).date().toString(Qt::ISODate),
                                   bucket, tenant));
}
