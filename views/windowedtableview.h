#pragma once
#include <QTableView>

class QScrollBar;
class QTimer;
class RowWindowModel;

// A QTableView over a model of millions of rows that keeps its own row count small.
//
// The view shows a RowWindowModel (a few thousand rows of the source) and scrolls inside it as
// usual: wheel, keys, selection and scrollTo() all work on the window. Its own vertical
// scrollbar is hidden; in its place a rows scrollbar spans the whole source. Scrolling near an
// edge of the window re-centres the window on the rows in view, and dragging the rows scrollbar
// anywhere moves the window there, so the user sees one table while the header holds only the
// window's sections (see RowWindowModel for why).
//
// Over a WindowedTableModel, a new query (table, filter, sort, refresh) keeps the screen as it
// was until its first page arrives, for at most paintHoldMs: painting the empty table in
// between costs a full paint (5 ms) that the first page would wait behind.
class WindowedTableView : public QTableView
{
    Q_OBJECT
public:
    explicit WindowedTableView(QWidget *parent = nullptr);
    ~WindowedTableView() override;

    // The source model: a long model (WindowedTableModel). The view's model() is the window.
    void setSourceModel(QAbstractItemModel *model);
    QAbstractItemModel *sourceModel() const;
    RowWindowModel *windowModel() const { return m_window; }
    // Spans every row of the source; use it, not verticalScrollBar(), to move through the table.
    QScrollBar *rowScrollBar() const { return m_rowBar; }

    int sourceRow(const QModelIndex &viewIndex) const;  // -1 for an invalid index
    QModelIndex viewIndex(int sourceRow, int column) const;  // invalid when outside the window
    int topSourceRow() const;          // the source row at the top of the viewport
    void scrollToSourceRow(int row);   // puts that row at the top

    static constexpr int paintHoldMs = 150;
    bool isPaintHeld() const { return m_paintHeld; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    bool viewportEvent(QEvent *event) override;

private:
    void onViewScrolled(int value);
    void onRowBarMoved(int row);
    void recenterIfNearEdge();
    void updateRowBar();
    void holdPaint();
    void releasePaint();

    RowWindowModel *m_window = nullptr;
    QScrollBar *m_rowBar = nullptr;
    bool m_syncing = false;
    bool m_recenterQueued = false;
    bool m_paintHeld = false;
    bool m_painted = false;  // the viewport has painted once: there is a screen to keep
    QTimer *m_paintHold = nullptr;
};
