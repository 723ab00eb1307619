#pragma once
#include "fieldeditor.h"
#include <QStringList>

class QComboBox;
class QTimer;

// A foreign key picked by its display value (tenant by name, user by email) with type-ahead:
// each pause in typing asks RecordService for at most 20 matching rows, so the picker never
// loads the referenced table. Pasting an id works too. Choices of a tenant-scoped table are
// narrowed to the form's tenant.
class ForeignKeyEditor : public FieldEditor
{
    Q_OBJECT
public:
    ForeignKeyEditor(const ColumnSpec &column, RecordService *service, QWidget *parent);

    QWidget *widget() const override;
    QVariant value() const override;
    void setValue(const QVariant &value) override;
    void setTenantSource(const std::function<QString()> &tenantOf) override { m_tenantOf = tenantOf; }
    QComboBox *comboBox() const { return m_combo; }
    bool isLookingUp() const { return m_ticket != 0; }

private:
    void lookUp(const QString &text);
    void showChoices(quint64 ticket, const QStringList &ids, const QStringList &labels);

    RecordService *m_service;
    QComboBox *m_combo;
    QTimer *m_typing;
    std::function<QString()> m_tenantOf;
    quint64 m_ticket = 0;
    QString m_id;     // the chosen row's id
    QString m_label;  // its display value, once known
};
