#pragma once
#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The selected audit entry beside the list: its key facts, its details JSON pretty-printed
// (monospace, read-only) and the way on to the record it is about and to the user.
class AuditDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetailsPanel(QWidget *parent = nullptr);

    // row: the audit_logs row by column (WindowedTableModel values); userEmail: the user's
    // display value; resourceTable: the table resource_type names ("" when none or missing).
    void showEntry(const QVariantMap &row, const QString &userEmail, const QString &resourceTable);
    void clear();
    bool hasEntry() const { return !m_row.isEmpty(); }
    QVariantMap entry() const { return m_row; }

    QPlainTextEdit *detailsEdit() const { return m_details; }
    QPushButton *openResourceButton() const { return m_openResource; }
    QPushButton *openUserButton() const { return m_openUser; }
    QString factText(const QString &column) const;  // what a fact's label shows, for tests

signals:
    void openResourceRequested(const QString &table, const QString &id);
    void openUserRequested(const QString &userId, const QString &email);

private:
    QFormLayout *m_facts = nullptr;
    QHash<QString, QLabel *> m_values;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_openResource = nullptr;
    QPushButton *m_openUser = nullptr;
    QVariantMap m_row;
    QString m_resourceTable;
    QString m_userEmail;
};
