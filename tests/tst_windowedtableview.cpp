#include "rowwindowmodel.h"
#include "windowedtableview.h"
#include <QAbstractTableModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QApplication>
#include <QTest>
#include <QWheelEvent>

namespace {

// A long source whose cells say which row they are, and whose size can change like a count does.
class NumberedRows : public QAbstractTableModel
{
public:
    explicit NumberedRows(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row() * 10 + index.column()) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return orientation == Qt::Vertical ? QVariant(QStringLiteral("#%1").arg(section + 1)) : QVariant(section);
    }
    void resize(int rows)
    {
        if (rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        } else if (rows < m_rows) {
            beginRemoveRows({}, rows, m_rows - 1);
            m_rows = rows;
            endRemoveRows();
        }
    }
    void reset(int rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

private:
    int m_rows;
};

int shownRow(const QModelIndex &index)
{
    return index.data().toInt() / 10;
}

} // namespace

class tst_WindowedTableView : public QObject
{
    Q_OBJECT
private slots:
    void windowMapsRowsAndHeaders();
    void windowFollowsSourceSize();
    void movingKeepsPersistentIndexes();
    void viewHoldsOnlyTheWindow();
    void rowsBarReachesEveryPart();
    void wheelAndKeysCrossTheWindowEdge();
    void controlEndAndHomeMeanTheTable();
    void smallTableNeedsNoWindow();
};

void tst_WindowedTableView::windowMapsRowsAndHeaders()
{
    NumberedRows source(100000);
    RowWindowModel window;
    window.setWindowRows(1000);
    window.setSourceModel(&source);
    QCOMPARE(window.rowCount(), 1000);
    QCOMPARE(window.columnCount(), 3);
    window.moveWindow(50000);
    QCOMPARE(window.windowStart(), 50000);
    QCOMPARE(shownRow(window.index(0, 0)), 50000);
    QCOMPARE(window.index(999, 2).data().toInt(), 509992);
    QCOMPARE(window.headerData(0, Qt::Vertical).toString(), QStringLiteral("#50001"));
    QCOMPARE(window.mapToSource(window.index(5, 1)), source.index(50005, 1));
    QCOMPARE(window.mapFromSource(source.index(50005, 1)), window.index(5, 1));
    QVERIFY(!window.mapFromSource(source.index(49999, 0)).isValid());
    QVERIFY(!window.mapFromSource(source.index(51000, 0)).isValid());
    // The window stays full: a start too close to the end is clamped.
    window.moveWindow(99990);
    QCOMPARE(window.windowStart(), 99000);
    QCOMPARE(shownRow(window.index(999, 0)), 99999);
    QCOMPARE(window.centeredStart(10), 0);
    QCOMPARE(window.centeredStart(5000), 4500);
    QCOMPARE(window.centeredStart(99999), 99000);

    // Changes of source cells reach the proxy only where they show.
    QSignalSpy changed(&window, &QAbstractItemModel::dataChanged);
    emit source.dataChanged(source.index(10, 0), source.index(20, 2));
    QCOMPARE(changed.count(), 0);
    emit source.dataChanged(source.index(98990, 0), source.index(99010, 2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 10);
}

void tst_WindowedTableView::windowFollowsSourceSize()
{
    NumberedRows source(10);
    RowWindowModel window;
    window.setWindowRows(1000);
    window.setSourceModel(&source);
    QCOMPARE(window.rowCount(), 10);
    QSignalSpy inserted(&window, &QAbstractItemModel::rowsInserted);
    QSignalSpy sized(&window, &RowWindowModel::sourceRowCountChanged);
    source.resize(10000000);  // the count arrives
    QCOMPARE(window.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 999);
    QCOMPARE(sized.last().first().toInt(), 10000000);
    window.moveWindow(9999000);
    // An estimate corrected downwards pulls a window at the end back with it.
    source.resize(9000000);
    QCOMPARE(window.windowStart(), 9000000 - 1000);
    QCOMPARE(window.rowCount(), 1000);
    QCOMPARE(shownRow(window.index(999, 0)), 8999999);
    // A new query starts at the top.
    source.reset(5);
    QCOMPARE(window.windowStart(), 0);
    QCOMPARE(window.rowCount(), 5);
}

void tst_WindowedTableView::movingKeepsPersistentIndexes()
{
    NumberedRows source(100000);
    RowWindowModel window;
    window.setWindowRows(1000);
    window.setSourceModel(&source);
    window.moveWindow(10000);
    const QPersistentModelIndex kept(window.index(600, 1));    // source row 10600
    const QPersistentModelIndex dropped(window.index(10, 1));  // source row 10010
    window.moveWindow(10500);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 100);
    QCOMPARE(shownRow(kept), 10600);
    QVERIFY(!dropped.isValid());
}

void tst_WindowedTableView::viewHoldsOnlyTheWindow()
{
    NumberedRows source(10000000);
    WindowedTableView view;
    view.resize(600, 400);
    view.setSourceModel(&source);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Ten million rows, and the header keeps only the window's sections.
    QCOMPARE(view.verticalHeader()->count(), RowWindowModel::defaultWindowRows);
    QVERIFY(view.rowScrollBar()->isVisible());
    QVERIFY(!view.verticalScrollBar()->isVisible());
    QCOMPARE(view.rowScrollBar()->maximum(), 10000000 - view.rowScrollBar()->pageStep());
    QVERIFY(view.rowScrollBar()->pageStep() > 5);
}

void tst_WindowedTableView::rowsBarReachesEveryPart()
{
    NumberedRows source(10000000);
    WindowedTableView view;
    view.resize(600, 400);
    view.setSourceModel(&source);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.rowScrollBar();
    for (int target : {5000000, 9999999, 0, 123456, bar->maximum(), 2500}) {
        bar->setValue(target);
        const int expected = qMin(target, bar->maximum());
        QCOMPARE(view.topSourceRow(), expected);
        // At the very end Qt aligns the last row with the bottom edge, so the top row is cut.
        if (expected < bar->maximum())
            QCOMPARE(shownRow(view.indexAt(QPoint(5, 2))), expected);
        QCOMPARE(view.verticalHeader()->count(), RowWindowModel::defaultWindowRows);
    }
    // Dragging to the very end shows the last row at the bottom.
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    const QModelIndex last = view.indexAt(QPoint(5, view.viewport()->height() - 2));
    QVERIFY(last.isValid());
    QCOMPARE(shownRow(last), 9999999);
}

void tst_WindowedTableView::wheelAndKeysCrossTheWindowEdge()
{
    NumberedRows source(100000);
    WindowedTableView view;
    view.resize(600, 400);
    view.setSourceModel(&source);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(view.model()->index(0, 0));
    // Page down through more than two windows: the current row is always the one in view.
    const int pages = 3 * RowWindowModel::defaultWindowRows / qMax(1, view.rowScrollBar()->pageStep());
    for (int i = 0; i < pages; ++i)
        QTest::keyClick(&view, Qt::Key_PageDown);
    QTest::qWait(10);
    const int current = view.sourceRow(view.currentIndex());
    QVERIFY2(current > 3 * RowWindowModel::defaultWindowRows - 2 * view.rowScrollBar()->pageStep(),
             qPrintable(QString::number(current)));
    QCOMPARE(shownRow(view.currentIndex()), current);
    QVERIFY(view.windowModel()->windowStart() > 0);
    QVERIFY(view.rowScrollBar()->value() <= current && current < view.rowScrollBar()->value() + view.rowScrollBar()->pageStep() + 1);
    // Arrow keys step one row at a time across a window move.
    for (int i = 0; i < 2000; ++i)
        QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.sourceRow(view.currentIndex()), current + 2000);
    QCOMPARE(shownRow(view.currentIndex()), current + 2000);
    for (int i = 0; i < 2000; ++i)
        QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(shownRow(view.currentIndex()), current);

    // The wheel scrolls the table; the rows bar follows, past the window's edge too.
    const int before = view.rowScrollBar()->value();
    for (int i = 0; i < 1000; ++i) {
        QWheelEvent wheel(QPointF(50, 50), view.viewport()->mapToGlobal(QPointF(50, 50)), {}, {0, -120},
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QCoreApplication::processEvents();
    }
    const int after = view.rowScrollBar()->value();
    QVERIFY2(after >= before + 2000, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(view.topSourceRow(), after);
    QCOMPARE(shownRow(view.indexAt(QPoint(5, 2))), after);
}

void tst_WindowedTableView::controlEndAndHomeMeanTheTable()
{
    NumberedRows source(1000000);
    WindowedTableView view;
    view.resize(600, 400);
    view.setSourceModel(&source);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(view.model()->index(3, 1));
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(shownRow(view.currentIndex()), 999999);
    QCOMPARE(view.currentIndex().column(), 1);
    QCOMPARE(view.rowScrollBar()->value(), view.rowScrollBar()->maximum());
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(shownRow(view.currentIndex()), 0);
    QCOMPARE(view.rowScrollBar()->value(), 0);
    // A selection made with Shift follows its rows when the window moves under it.
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    view.rowScrollBar()->setValue(500);
    view.rowScrollBar()->setValue(0);
    const QModelIndexList selected = view.selectionModel()->selectedIndexes();
    QVERIFY(!selected.isEmpty());
    for (const QModelIndex &index : selected)
        QVERIFY(shownRow(index) <= 1);
}

void tst_WindowedTableView::smallTableNeedsNoWindow()
{
    NumberedRows source(40);
    WindowedTableView view;
    view.resize(600, 400);
    view.setSourceModel(&source);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.verticalHeader()->count(), 40);
    view.rowScrollBar()->setValue(view.rowScrollBar()->maximum());
    QCOMPARE(shownRow(view.indexAt(QPoint(5, view.viewport()->height() - 2))), 39);
    QCOMPARE(view.windowModel()->windowStart(), 0);
}

QTEST_MAIN(tst_WindowedTableView)
#include "tst_windowedtableview.moc"
