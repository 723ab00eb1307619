#pragma once
#include "connectionprobe.h"
#include "connectionsettings.h"
#include "recorddialog.h"
#include "tablefilter.h"
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class BreadcrumbBar;
struct SqlFragment;
class FilterBar;
class QLabel;
class QSqlDatabase;
class RecordActions;
class RecordService;
struct OperatorIdentity;
class WindowedTableModel;
class WindowedTableView;
struct TableSpec;

// A place in the data: a table with its filters, and the crumb that names it in a trail.
struct BrowseLocation
{
    QString table;
    FilterSet filters;
    QString crumb;
};

// One table at a time: filters and quick search above, the windowed model in a table view,
// banners for schema drift and the tenant lens, related-record navigation from the context
// menu, and copying the selection as TSV or JSON.
class TableBrowser : public QWidget
{
    Q_OBJECT
public:
    TableBrowser(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, QWidget *parent = nullptr);
    ~TableBrowser() override;

    void setProbe(const ProbeResult &probe) { m_probe = probe; }
    void showTable(const QString &table);          // with the filters it had last
    void showLocation(const BrowseLocation &location);
    BrowseLocation location() const;
    void setTenantLens(const QString &tenantId, const QString &tenantName);
    void setTrail(const QStringList &crumbs);
    QString currentTable() const { return m_table; }
    WindowedTableView *view() const { return m_view; }
    WindowedTableModel *model() const { return m_model; }
    FilterBar *filterBar() const { return m_filterBar; }
    BreadcrumbBar *breadcrumb() const { return m_breadcrumb; }

    // Who saves: the signed-in operator, the reason writes were enabled (every audit row gets both).
    void setOperator(const OperatorIdentity &identity, const QString &reason = QString());
    RecordService *recordService() const { return m_records; }
    void setPageSize(int rows);
    // Column widths the operator set, per table: kept while the app runs, written to QSettings
    // here (the window calls it on close) and used again the next time the table opens.
    void saveColumnWidths();
    // The form for the current row (Edit, Duplicate) or a new one (Create); opened window-modal.
    RecordDialog *openRecord(RecordDialog::Mode mode);
    // A new record of any table, its form starting from these values (an API key for a user).
    RecordDialog *openNewRecord(const QString &table, const QVariantMap &startingValues);
    RecordDialog *recordDialog() const { return m_recordDialog; }
    QVariantMap rowMap(int row) const;  // a loaded row by column name; empty while loading
    QList<int> selectedSourceRows() const;  // the selected rows, else the current one, in order
    RecordActions *recordActions() const { return m_actions; }

    QList<BrowseLocation> relatedLocations(int row) const;   // records pointing at this row
    QList<BrowseLocation> referencedLocations(int row) const; // records this row points at
    void copySelection(bool asJson) const;
    QString selectionText(bool asJson) const;

signals:
    void statusChanged(const QString &text);
    void navigateRequested(const BrowseLocation &target);
    void backRequested();

private:
    RecordDialog *openDialog(const TableSpec &spec, RecordDialog::Mode mode, const QVariantMap &loaded);
    void applyFilters();
    SqlFragment condition() const;
    void updateLensBanner();
    void rememberColumnWidths();
    void applyColumnWidths();
    void showContextMenu(const QPoint &position);
    void followForeignKey();
    bool isIndexed(const QString &column) const;
    void onRowCountKnown(qint64 rows, bool estimated, qint64 elapsedMs);
    void onPageArrived(int firstRow, int rows, qint64 elapsedMs);
    QString displayValueOf(int row) const;

    ConnectionSettings m_settings;
    QString m_uiConnectionName;
    ProbeResult m_probe;
    RecordService *m_records = nullptr;
    RecordActions *m_actions = nullptr;
    QPointer<RecordDialog> m_recordDialog;
    WindowedTableModel *m_model = nullptr;
    FilterBar *m_filterBar = nullptr;
    BreadcrumbBar *m_breadcrumb = nullptr;
    WindowedTableView *m_view = nullptr;
    QLabel *m_driftBanner = nullptr;
    QLabel *m_lensBanner = nullptr;
    QString m_table;
    QString m_crumb;
    QHash<QString, QVariantMap> m_widthsByTable;  // table -> column name -> width
    QHash<QString, FilterSet> m_filtersByTable;  // kept per table while the app runs
    QString m_lensTenantId;
    QString m_lensTenantName;
    QString m_countText;
    QElapsedTimer m_sinceQuery;
};
