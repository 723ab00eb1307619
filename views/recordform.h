#pragma once
#include "fieldproblem.h"
#include <QHash>
#include <QVariantMap>
#include <QWidget>

class FieldEditor;
class QLabel;
class RecordService;
struct TableSpec;

// One record of any table as a form, built from the schema description: a labelled editor per
// column (FieldEditor picks it by type), id, created_at and updated_at shown read-only (the
// write path sets them), secrets never editable here. Each field has a line under it where
// its problem shows: the JSON editor's parse error as you type, the validator's after a save.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    // columns: the table's columns present in the database (a drifted database lacks some).
    RecordForm(const TableSpec &table, const QStringList &columns, RecordService *service, QWidget *parent = nullptr);
    ~RecordForm() override;

    const TableSpec &table() const { return *m_table; }
    void setValues(const QVariantMap &values);
    QVariantMap values() const;
    FieldEditor *editor(const QString &column) const { return m_editors.value(column); }
    QLabel *problemLabel(const QString &column) const { return m_problems.value(column); }

    // Problems known before saving (JSON that does not parse).
    FieldProblems localProblems() const;
    // The first field the operator fills in (the name, not the id the app sets).
    void focusFirstField();
    // Shows each problem at its field and moves the focus to the first one.
    void showProblems(const FieldProblems &problems);
    void clearProblems();

signals:
    void edited();

private:
    void refreshLocalProblem(FieldEditor *editor);

    const TableSpec *m_table;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_problems;
    QStringList m_order;
    QWidget *m_firstEditable = nullptr;
};
