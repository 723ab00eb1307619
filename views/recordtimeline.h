#pragma once
#include "connectionsettings.h"
#include <QWidget>

class QPlainTextEdit;
class QSqlDatabase;
class WindowedTableModel;
class WindowedTableView;

// One record's audit history beside its form: the audit_logs rows whose resource_id is the
// record's id, newest first, read page by page like any table (the trail may be long), and the
// selected entry's details (before and after values) pretty-printed below.
class RecordTimeline : public QWidget
{
    Q_OBJECT
public:
    RecordTimeline(const ConnectionSettings &settings, const QSqlDatabase &uiDatabase, const QStringList &auditColumns,
                   QWidget *parent = nullptr);
    ~RecordTimeline() override;

    void showResource(const QString &resourceId);
    WindowedTableModel *model() const { return m_model; }
    WindowedTableView *view() const { return m_view; }
    QPlainTextEdit *details() const { return m_details; }

private:
    void showDetails();

    ConnectionSettings m_settings;
    QStringList m_columns;
    WindowedTableModel *m_model;
    WindowedTableView *m_view;
    QPlainTextEdit *m_details;
};
