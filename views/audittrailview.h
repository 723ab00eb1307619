#pragma once
#include "connectionprobe.h"
#include "connectionsettings.h"
#include "tablefilter.h"
#include <QWidget>

class AuditDetailsPanel;
class AuditFilterPanel;
class QLabel;
class QSqlDatabase;
class WindowedTableModel;
class WindowedTableView;

// The audit trail for support staff: audit_logs newest first under AuditFilterPanel's
// filters, the selected entry in AuditDetailsPanel beside it. Read-only: it writes nothing
// and offers no edit. Rows come from the windowed model, so the filters run in the database
// (bound values through TableFilterSql) and only the rows in view are loaded.
class AuditTrailView : public QWidget
{
    Q_OBJECT
public:
    AuditTrailView(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const ProbeResult &probe,
                   QWidget *parent = nullptr);
    ~AuditTrailView() override;

    AuditFilterPanel *filterPanel() const { return m_filters; }
    AuditDetailsPanel *detailsPanel() const { return m_details; }
    WindowedTableView *view() const { return m_view; }
    WindowedTableModel *model() const { return m_model; }
    FilterSet appliedFilters() const { return m_applied; }
    // The table an entry's resource_type names ("agent" -> agents), if the database has it.
    QString resourceTable(const QString &resourceType) const;
    void refresh();  // the same filters again, from the newest entry

signals:
    // The record to show, and the text that names it in a breadcrumb.
    void openRecordRequested(const QString &table, const QString &id, const QString &shown);
    void statusChanged(const QString &text);

private:
    void apply();
    void showCurrent();

    ConnectionSettings m_settings;
    ProbeResult m_probe;
    AuditFilterPanel *m_filters = nullptr;
    AuditDetailsPanel *m_details = nullptr;
    WindowedTableModel *m_model = nullptr;
    WindowedTableView *m_view = nullptr;
    QLabel *m_missing = nullptr;
    FilterSet m_applied;
};
