#pragma once
#include "pagerequest.h"
#include "connectionprobe.h"
#include "tablequery.h"
#include <QObject>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <functional>
#include <memory>

class WindowedTableModel;
class WindowedTableView;
struct TableSpec;

// Drives the real WindowedTableModel the way the app does: attached to a WindowedTableView of the
// main window's size, whose own data() calls while painting decide which pages load. Each
// action returns the milliseconds until every row in the viewport is loaded and painted
// (or -1 with error() set), and records which pages arrived meanwhile, so the benchmark can
// replay their SQL on the raw driver.
class ModelProbe : public QObject
{
    Q_OBJECT
public:
    struct ArrivedPage
    {
        int firstRow;
        int rows;
        qint64 workerMs;   // the worker's own time for the page's queries
        double atMs;       // when it arrived, from the start of the action
        PageRequest request;  // as the model planned it: the raw replay runs the same
    };

    ModelProbe(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const ProbeResult &probe,
               QObject *parent = nullptr);
    ~ModelProbe() override;

    WindowedTableModel *model() const { return m_model; }
    WindowedTableView *view() const { return m_view.get(); }
    const TableSpec *table() const { return m_table; }
    QStringList columns() const;
    QStringList tablesPresent() const { return m_probe.schema.tableNames(); }
    // The model's query as the model holds it now: same table, columns, sort and condition.
    TableQuery currentQuery() const;
    SqlFragment condition() const { return m_condition; }

    double openTable(const TableSpec &table, const SqlFragment &condition = SqlFragment());
    double applyCondition(const SqlFragment &condition);
    double sortBy(int column, Qt::SortOrder order);
    double jumpToEnd();
    double jumpToMiddle();
    // Scrolls down a viewport at a time until `rows` rows have gone by, waiting at each step
    // for the rows to load, as a reader paging through the table would.
    double scrollDown(int rows);
    // Until the count (and its boundary values) has arrived: jumps need it.
    bool waitIdle(int timeoutMs);
    // Cancels what still runs in the background (a count) and lets the worker wind down, so it
    // does not compete with what is measured next.
    void settle();

    const QList<ArrivedPage> &arrivedPages() const { return m_arrived; }
    // For the last action: from its start until the view had painted the loaded rows.
    double lastPaintedMs() const { return m_paintedMs; }
    QString error() const { return m_error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    double timed(const std::function<void()> &action, bool expectArrival);
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    bool viewportLoaded() const;
    double jumpTo(double fraction);
    void setColumnWidths();

    Backend m_backend;
    ProbeResult m_probe;
    WindowedTableModel *m_model = nullptr;
    std::unique_ptr<WindowedTableView> m_view;  // a top-level window: no parent
    const TableSpec *m_table = nullptr;
    SqlFragment m_condition;
    QList<ArrivedPage> m_arrived;
    QString m_error;
    QElapsedTimer m_actionClock;
    double m_lastPaintAtMs = -1;  // when the viewport's latest paint began, on m_actionClock
    double m_paintedMs = 0;
};
