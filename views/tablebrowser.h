#pragma once
#include "connectionsettings.h"
#include <QElapsedTimer>
#include <QWidget>

class DriftReport;
class QLabel;
class QSqlDatabase;
class QTableView;
class WindowedTableModel;
struct ProbeResult;

// One table at a time: the windowed model in a table view, a banner when the table differs
// from the data model, and what the status bar should say about the last query.
class TableBrowser : public QWidget
{
    Q_OBJECT
public:
    TableBrowser(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QWidget *parent = nullptr);
    ~TableBrowser() override;

    void showTable(const QString &table, const ProbeResult &probe);
    QString currentTable() const { return m_table; }
    QTableView *view() const { return m_view; }
    WindowedTableModel *model() const { return m_model; }

signals:
    void statusChanged(const QString &text);

private:
    void onRowCountKnown(qint64 rows, bool estimated, qint64 elapsedMs);
    void onPageArrived(int firstRow, int rows, qint64 elapsedMs);

    WindowedTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QString m_table;
    QString m_countText;
    QElapsedTimer m_sinceSelect;
};
