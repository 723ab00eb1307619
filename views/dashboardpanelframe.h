#pragma once
#include "dashboardresults.h"
#include "tablebrowser.h"
#include <QElapsedTimer>
#include <QFrame>

class QChartView;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;
class QVBoxLayout;

// What every dashboard panel shares: its title, a loading state while its query runs, the
// query time once done ("312 ms"), a failure message, what the database lacks, a refresh
// button, and Export: its main chart as PNG or SVG, its figures as CSV or JSON. A panel
// subclasses it, fills body() and draws each result in apply(); DashboardView feeds it results
// from DashboardService by signal.
class DashboardPanelFrame : public QFrame
{
    Q_OBJECT
public:
    DashboardPanelFrame(DashboardPanel panel, const QString &title, QWidget *parent = nullptr);
    ~DashboardPanelFrame() override;

    DashboardPanel panel() const { return m_panel; }
    QString title() const;

    // A query for scope has started: the previous figures stay, marked as loading.
    void startLoading(const DashboardScope &scope);
    void showResult(const DashboardResult &result);
    void showFailure(const QString &message);
    bool isLoading() const { return m_loading; }
    bool hasResult() const { return m_hasResult; }
    QString statusText() const;          // "Loading…", "312 ms" or "Failed"
    QString messageText() const;         // the failure, or what the database lacks
    double queryMs() const { return m_queryMs; }
    qint64 shownAfterMs() const { return m_shownAfterMs; }  // refresh to figures on screen
    const DashboardScope &scope() const { return m_shown; }  // of the figures shown

    QChartView *exportedChart() const { return m_exportChart; }
    // Writes the main chart as PNG or SVG, chosen by path's suffix; false if it could not.
    bool exportChart(const QString &path) const;
    // Writes the figures shown (DashboardData): JSON by a .json path, else CSV, one file per
    // dataset (path, then path's stem + "-dataset.csv"); false if any could not be written.
    bool exportData(const QString &path) const;

signals:
    void refreshRequested(DashboardPanel panel);
    void locationRequested(const BrowseLocation &location);

protected:
    virtual void apply(const DashboardResult &result) = 0;
    QVBoxLayout *body() const { return m_body; }
    void addHeaderWidget(QWidget *widget);  // before the refresh button (a picker, an action)
    void setExportChart(QChartView *view) { m_exportChart = view; }
    void setNote(const QString &text);      // a line under the header (an action's outcome)

private:
    void exportWithDialog(const QString &suffix);
    void updateMessage();

    DashboardPanel m_panel;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QHBoxLayout *m_header = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_export = nullptr;
    QVBoxLayout *m_body = nullptr;
    QChartView *m_exportChart = nullptr;
    DashboardScope m_requested;
    DashboardScope m_shown;
    DashboardResult m_result;  // the figures shown, for export
    QElapsedTimer m_sinceRefresh;
    QString m_failure;
    QString m_note;
    QStringList m_unavailable;
    double m_queryMs = 0;
    qint64 m_shownAfterMs = 0;
    bool m_loading = false;
    bool m_hasResult = false;
};
