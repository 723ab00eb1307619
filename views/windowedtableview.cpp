#include "windowedtableview.h"
#include "rowwindowmodel.h"
#include "tablecelldelegate.h"
#include "windowedtablemodel.h"
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

WindowedTableView::WindowedTableView(QWidget *parent)
    : QTableView(parent)
    , m_window(new RowWindowModel(this))
    , m_rowBar(new QScrollBar(Qt::Vertical, this))
    , m_paintHold(new QTimer(this))
{
    m_paintHold->setSingleShot(true);
    m_paintHold->setInterval(paintHoldMs);
    connect(m_paintHold, &QTimer::timeout, this, &WindowedTableView::releasePaint);
    m_rowBar->setObjectName(QStringLiteral("rowScrollBar"));
    // A table of records: whole rows, one line each, placeholders and NULLs greyed.
    setItemDelegate(new TableCellDelegate(this));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(150);
    horizontalHeader()->setHighlightSections(false);
    // Row by row, so the view's scroll value is the top row and maps 1:1 onto the rows bar.
    setVerticalScrollMode(ScrollPerItem);
    // The view's own bar still takes wheel and key scrolling inside the window; the rows bar is
    // shown in its place, in the same slot of the scroll area.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalScrollBar()->hide();
    addScrollBarWidget(m_rowBar, Qt::AlignTop);
    QTableView::setModel(m_window);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &WindowedTableView::onViewScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &WindowedTableView::updateRowBar);
    connect(m_rowBar, &QScrollBar::valueChanged, this, &WindowedTableView::onRowBarMoved);
    connect(m_window, &RowWindowModel::windowMoved, this, &WindowedTableView::updateRowBar);
    connect(m_window, &RowWindowModel::sourceRowCountChanged, this, &WindowedTableView::updateRowBar);
}

WindowedTableView::~WindowedTableView() = default;

void WindowedTableView::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = m_window->sourceModel())
        disconnect(old, nullptr, this, nullptr);
    releasePaint();
    m_window->setSourceModel(model);
    if (auto *windowed = qobject_cast<WindowedTableModel *>(model)) {
        connect(windowed, &QAbstractItemModel::modelAboutToBeReset, this, &WindowedTableView::holdPaint);
        connect(windowed, &WindowedTableModel::pageArrived, this, &WindowedTableView::releasePaint);
        connect(windowed, &WindowedTableModel::queryFailed, this, &WindowedTableView::releasePaint);
        connect(windowed, &WindowedTableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                releasePaint();
        });
    }
    updateRowBar();
}

void WindowedTableView::holdPaint()
{
    // Nothing on screen to keep yet (a window whose first paint is still to come stays blank
    // if its updates are off when it is exposed), or someone else holds it.
    if (!m_painted || !isVisible() || !updatesEnabled())
        return;
    m_paintHeld = true;
    setUpdatesEnabled(false);
    m_paintHold->start();
}

bool WindowedTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Paint)
        m_painted = true;
    return QTableView::viewportEvent(event);
}

void WindowedTableView::releasePaint()
{
    m_paintHold->stop();
    if (!m_paintHeld)
        return;
    m_paintHeld = false;
    setUpdatesEnabled(true);  // schedules the one paint, with the rows
}

QAbstractItemModel *WindowedTableView::sourceModel() const
{
    return m_window->sourceModel();
}

int WindowedTableView::sourceRow(const QModelIndex &viewIndex) const
{
    return viewIndex.isValid() ? m_window->windowStart() + viewIndex.row() : -1;
}

QModelIndex WindowedTableView::viewIndex(int sourceRow, int column) const
{
    return sourceModel() ? m_window->mapFromSource(sourceModel()->index(sourceRow, column)) : QModelIndex();
}

int WindowedTableView::topSourceRow() const
{
    return m_window->windowStart() + verticalScrollBar()->value();
}

void WindowedTableView::scrollToSourceRow(int row)
{
    // Ranges settle in a delayed layout; a jump right after the row count changed needs them now.
    executeDelayedItemsLayout();
    const int visible = qMax(1, verticalScrollBar()->pageStep());
    row = qBound(0, row, qMax(0, m_window->sourceRowCount() - visible));
    const int margin = m_window->windowRows() / 4;
    int offset = row - m_window->windowStart();
    const bool tooHigh = offset < margin && m_window->windowStart() > 0;
    const bool tooLow = offset + visible > m_window->rowCount() - margin && m_window->windowStart() < m_window->maxStart();
    m_syncing = true;
    if (offset < 0 || offset > verticalScrollBar()->maximum() || tooHigh || tooLow) {
        m_window->moveWindow(m_window->centeredStart(row));
        offset = row - m_window->windowStart();
    }
    verticalScrollBar()->setValue(offset);
    m_rowBar->setValue(row);
    m_syncing = false;
}

void WindowedTableView::onViewScrolled(int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_rowBar->setValue(m_window->windowStart() + value);
    m_syncing = false;
    if (!m_recenterQueued) {
        // Not now: the view may be in the middle of handling a key or a scrollTo().
        m_recenterQueued = true;
        QTimer::singleShot(0, this, &WindowedTableView::recenterIfNearEdge);
    }
}

void WindowedTableView::onRowBarMoved(int row)
{
    if (!m_syncing)
        scrollToSourceRow(row);
}

void WindowedTableView::recenterIfNearEdge()
{
    m_recenterQueued = false;
    const int value = verticalScrollBar()->value();
    const int visible = verticalScrollBar()->pageStep();
    const int margin = m_window->windowRows() / 4;
    const bool nearTop = value < margin && m_window->windowStart() > 0;
    const bool nearBottom = value + visible > m_window->rowCount() - margin && m_window->windowStart() < m_window->maxStart();
    if (!nearTop && !nearBottom)
        return;
    const int top = m_window->windowStart() + value;
    m_syncing = true;
    m_window->moveWindow(m_window->centeredStart(top));
    verticalScrollBar()->setValue(top - m_window->windowStart());
    m_syncing = false;
}

void WindowedTableView::updateRowBar()
{
    const int visible = qMax(1, verticalScrollBar()->pageStep());
    m_syncing = true;
    m_rowBar->setRange(0, qMax(0, m_window->sourceRowCount() - visible));
    m_rowBar->setPageStep(visible);
    m_rowBar->setSingleStep(verticalScrollBar()->singleStep());
    m_rowBar->setValue(topSourceRow());
    m_syncing = false;
}

QModelIndex WindowedTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const int column = qMax(0, currentIndex().column());
    if (modifiers & Qt::ControlModifier) {
        // Ctrl+Home / Ctrl+End mean the table's first and last rows, not the window's.
        if (cursorAction == MoveHome) {
            scrollToSourceRow(0);
            return m_window->index(0, column);
        }
        if (cursorAction == MoveEnd) {
            scrollToSourceRow(m_window->sourceRowCount());
            return m_window->index(m_window->rowCount() - 1, column);
        }
    }
    // A step past the window's edge needs the window moved first; the current index follows.
    recenterIfNearEdge();
    return QTableView::moveCursor(cursorAction, modifiers);
}
