#include "modelprobe.h"
#include "cellformatter.h"
#include "benchapplication.h"
#include "schema.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTimer>

namespace {

constexpr int actionTimeoutMs = 120000;
constexpr int settleMs = 100;

} // namespace

ModelProbe::ModelProbe(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const ProbeResult &probe,
                       QObject *parent)
    : QObject(parent)
    , m_backend(settings.backend)
    , m_probe(probe)
    , m_model(new WindowedTableModel(settings, uiDatabase, this))
{
    // The app's own view (delegate, row heights, window), at the size of the main window.
    m_view = std::make_unique<WindowedTableView>();
    m_view->setSourceModel(m_model);
    // AFADMIN_BENCH_VIEW=WxH: another size, to tell the paint's share from the model's.
    QSize size(1280, 800);
    const QList<QByteArray> custom = qgetenv("AFADMIN_BENCH_VIEW").split('x');
    if (custom.size() == 2)
        size = QSize(custom.at(0).toInt(), custom.at(1).toInt());
    m_view->resize(size);
    m_view->viewport()->installEventFilter(this);
    m_view->show();

    connect(m_model, &WindowedTableModel::pageArrived, this,
            [this](int firstRow, int rows, qint64 elapsedMs, const PageRequest &request) {
        m_arrived.append({firstRow, rows, elapsedMs, double(m_actionClock.nsecsElapsed()) / 1e6, request});
    });
    connect(m_model, &WindowedTableModel::queryFailed, this, [this](const QString &message) {
        if (message != WindowedTableModel::tr("Cancelled."))
            m_error = message;
    });
}

ModelProbe::~ModelProbe()
{
    // The view goes first (a member), the model after it (a child): detach them now.
    m_view->viewport()->removeEventFilter(this);
    m_view->setSourceModel(nullptr);
}

QStringList ModelProbe::columns() const
{
    return m_table ? m_probe.columnsOf(m_table->name) : QStringList();
}

TableQuery ModelProbe::currentQuery() const
{
    TableQuery query(*m_table, m_backend, columns(), tablesPresent());
    query.setSort(m_model->sortColumn(), m_model->sortOrder());
    query.setCondition(m_condition);
    return query;
}

bool ModelProbe::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake;  // WaitForMoreEvents must not sleep past the deadline
    wake.start(50);
    while (!done()) {
        if (!m_error.isEmpty() || clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool ModelProbe::viewportLoaded() const
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return true;
    const int top = m_view->sourceRow(m_view->indexAt(QPoint(0, 0)));
    if (top < 0)
        return true;
    int bottom = m_view->sourceRow(m_view->indexAt(QPoint(0, m_view->viewport()->height() - 1)));
    if (bottom < 0)
        bottom = rows - 1;
    for (int row = top; row <= bottom; ++row) {
        if (!m_model->isRowLoaded(row))
            return false;
    }
    return true;
}

double ModelProbe::timed(const std::function<void()> &action, bool expectArrival)
{
    m_arrived.clear();
    m_error.clear();
    m_paintedMs = -1;
    m_lastPaintAtMs = -1;
    auto *app = qobject_cast<BenchApplication *>(QCoreApplication::instance());
    const double busyBefore = app ? app->busyMs() : 0;
    m_actionClock.start();
    action();
    const double actionMs = double(m_actionClock.nsecsElapsed()) / 1e6;
    // The view's own paints (its data() calls) ask for the pages a jump needs.
    const bool loaded = waitFor([&] { return (!expectArrival || !m_arrived.isEmpty()) && viewportLoaded(); },
                                actionTimeoutMs);
    // Loaded when the page completing the viewport arrived (the loop may notice a bit later).
    const double loadedMs = m_arrived.isEmpty() ? double(m_actionClock.nsecsElapsed()) / 1e6 : m_arrived.last().atMs;
    const double busyMs = app ? app->busyMs() - busyBefore : 0;
    // The rows are seen once the view has painted them: the first paint begun after that.
    const bool nothingToPaint = m_model->rowCount() == 0 || m_arrived.isEmpty();
    if (!loaded || !waitFor([&] { return nothingToPaint || m_lastPaintAtMs > loadedMs; }, actionTimeoutMs)) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("timed out after %1 ms").arg(actionTimeoutMs);
        return -1;
    }
    m_paintedMs = double(m_actionClock.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("AFADMIN_BENCH_TRACE")) {
        QString pages;
        for (const ArrivedPage &page : m_arrived)
            pages += QStringLiteral(" [row %1: worker %2 ms, arrived at %3 ms]").arg(page.firstRow).arg(page.workerMs).arg(page.atMs, 0, 'f', 1);
        qInfo("trace: action %.1f ms, loaded %.1f ms (UI thread busy in events until then: %.1f ms), painted %.1f ms;%s"
              " [rows %d, top row %d, scrollbar %d/%d]",
              actionMs, loadedMs, busyMs, m_paintedMs, qPrintable(pages), m_model->rowCount(), m_view->topSourceRow(),
              m_view->rowScrollBar()->value(), m_view->rowScrollBar()->maximum());
    }
    return loadedMs;
}

bool ModelProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Seen before the paint runs; the wait loop notices it once the paint has returned.
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && m_actionClock.isValid())
        m_lastPaintAtMs = double(m_actionClock.nsecsElapsed()) / 1e6;
    return QObject::eventFilter(watched, event);
}

void ModelProbe::setColumnWidths()
{
    // TableBrowser's widths: they decide how many columns (and cells) each paint reads.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, CellFormatter::preferredWidth(*m_model->columnSpec(c)));
}

double ModelProbe::openTable(const TableSpec &table, const SqlFragment &condition)
{
    m_table = &table;
    m_condition = condition;
    return timed([&] {
        m_model->setTableSpec(table, columns(), tablesPresent(), condition);
        {
            // Show the model's own order without the view asking it to sort (and query) again.
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
        setColumnWidths();
        m_view->scrollToTop();
    }, true);
}

double ModelProbe::applyCondition(const SqlFragment &condition)
{
    m_condition = condition;
    return timed([&] { m_model->setCondition(condition); }, true);
}

double ModelProbe::sortBy(int column, Qt::SortOrder order)
{
    return timed([&] {
        QHeaderView *header = m_view->horizontalHeader();
        // What a click on the header does: the indicator moves and the view asks the model to
        // sort. An unchanged indicator emits nothing, so then the model is asked directly.
        if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
            m_model->sort(column, order);
        else
            header->setSortIndicator(column, order);
    }, true);
}

double ModelProbe::jumpTo(double fraction)
{
    // The view lays out new rows later (a posted event): a user sees the scrollbar's range
    // before dragging it, so the jump waits for that too.
    waitFor([this] {
        QCoreApplication::processEvents();
        return m_view->rowScrollBar()->maximum() >= m_model->rowCount() - m_view->viewport()->height();
    }, actionTimeoutMs);
    QScrollBar *bar = m_view->rowScrollBar();
    const int target = int(double(bar->maximum()) * fraction);
    // No arrival is expected when the rows there are already loaded (a short table).
    const double ms = timed([&] { bar->setValue(target); }, false);
    if (ms >= 0 && qAbs(m_view->topSourceRow() - target) > m_model->pageSize()) {
        m_error = QStringLiteral("the view shows row %1, not %2").arg(m_view->topSourceRow()).arg(target);
        return -1;
    }
    return ms;
}

double ModelProbe::jumpToEnd()
{
    // Where Ctrl+End or dragging the handle to the bottom goes.
    return jumpTo(1.0);
}

double ModelProbe::jumpToMiddle()
{
    // Dragging the scrollbar's handle halfway down.
    return jumpTo(0.5);
}

double ModelProbe::scrollDown(int rows)
{
    QElapsedTimer clock;
    clock.start();
    const int start = m_view->topSourceRow();
    m_arrived.clear();
    m_error.clear();
    QScrollBar *bar = m_view->rowScrollBar();
    while (m_view->topSourceRow() < start + rows && bar->value() < bar->maximum()) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QCoreApplication::processEvents();  // paint: the view asks for the rows it shows
        if (!waitFor([this] { return viewportLoaded(); }, actionTimeoutMs))
            return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

bool ModelProbe::waitIdle(int timeoutMs)
{
    return waitFor([this] { return !m_model->isLoading(); }, timeoutMs);
}

void ModelProbe::settle()
{
    if (m_model->isLoading())
        m_model->cancel();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, settleMs);
    m_error.clear();
}
