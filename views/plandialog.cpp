#include "plandialog.h"
#include "planchange.h"
#include "recordservice.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

PlanDialog::PlanDialog(const QVariantMap &tenant, RecordService *service, QWidget *parent)
    : QDialog(parent)
    , m_tenant(tenant)
    , m_service(service)
    , m_plan(new QComboBox(this))
    , m_cycle(new QComboBox(this))
    , m_limits(new QCheckBox(tr("Set the tenant's &quota to the plan's limits"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Change Plan of \u201C%1\u201D").arg(tenant.value(QStringLiteral("name")).toString()));
    m_plan->setObjectName(QStringLiteral("planBox"));
    m_cycle->setObjectName(QStringLiteral("cycleBox"));
    m_limits->setObjectName(QStringLiteral("limitsBox"));
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Loading plans\u2026"));
    m_cycle->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_cycle->addItem(tr("Yearly"), QStringLiteral("yearly"));
    m_limits->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange Plan"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePlanButton"));
    m_change->setDefault(true);
    m_change->setEnabled(false);
    connect(m_change, &QPushButton::clicked, this, &PlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Current plan:"), new QLabel(tenant.value(QStringLiteral("plan")).toString(), this));
    form->addRow(tr("&New plan:"), m_plan);
    form->addRow(tr("&Billing cycle:"), m_cycle);
    form->addRow(m_limits);
    form->addRow(m_message);
    form->addRow(buttons);
    setMinimumWidth(460);

    connect(service, &RecordService::lookedUp, this, [this](quint64 ticket, const QStringList &ids, const QStringList &labels) {
        if (ticket != m_lookupTicket)
            return;
        for (int i = 0; i < ids.size(); ++i)
            m_plan->addItem(labels.at(i), ids.at(i));
        m_message->setText(ids.isEmpty() ? tr("This database has no plans to choose from.") : QString());
        m_change->setEnabled(!ids.isEmpty() && m_service->context().op.canWrite());
    });
    connect(service, &RecordService::written, this, &PlanDialog::onWritten);
    m_lookupTicket = service->lookup(QStringLiteral("plans"), QString(), QString(), 200);
    if (!service->context().op.canWrite())
        m_message->setText(tr("You are signed in read-only: the plan cannot be changed."));
}

void PlanDialog::save()
{
    PlanChange::Request request;
    request.tenant = m_tenant;
    request.planId = m_plan->currentData().toString();
    request.billingCycle = m_cycle->currentData().toString();
    request.applyLimits = m_limits->isChecked();
    m_change->setEnabled(false);
    m_message->setText(tr("Saving\u2026"));
    m_writeTicket = m_service->write([request](RecordWriter &writer) { return PlanChange::apply(writer, request); });
}

void PlanDialog::onWritten(quint64 ticket, const RecordWriter::Result &result)
{
    if (ticket != m_writeTicket)
        return;
    m_writeTicket = 0;
    m_message->setText(result.message);
    if (result.ok()) {
        emit changed(result.message);
        accept();
        return;
    }
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_change->setEnabled(true);
}
