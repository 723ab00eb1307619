#pragma once
#include "recordwriter.h"
#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class RecordService;

// Moves one tenant to another plan: the plan (active plans, looked up on the record worker),
// the billing cycle, and whether the tenant's quota takes the plan's limits. The save is
// PlanChange through the write path: the tenant and its subscription in one transaction. The
// dialog stays open with the message when the change is refused.
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    PlanDialog(const QVariantMap &tenant, RecordService *service, QWidget *parent = nullptr);

    QComboBox *planBox() const { return m_plan; }
    QComboBox *cycleBox() const { return m_cycle; }
    QCheckBox *limitsBox() const { return m_limits; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void changed(const QString &message);

private:
    void save();
    void onWritten(quint64 ticket, const RecordWriter::Result &result);

    QVariantMap m_tenant;
    RecordService *m_service;
    QComboBox *m_plan;
    QComboBox *m_cycle;
    QCheckBox *m_limits;
    QLabel *m_message;
    QPushButton *m_change;
    quint64 m_lookupTicket = 0;
    quint64 m_writeTicket = 0;
};
