#include "tenantlenspicker.h"

TenantLensPicker::TenantLensPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("tenantLens"));
    setToolTip(tr("Tenant lens: show one tenant's rows in every table"));
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addItem(tr("All tenants"), QString());
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit lensChanged(tenantId(), tenantName()); });
}

void TenantLensPicker::setTenants(const QStringList &ids, const QStringList &names)
{
    const QString current = tenantId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All tenants"), QString());
    for (int i = 0; i < ids.size(); ++i)
        addItem(names.value(i), ids.at(i));
    setCurrentIndex(qMax(0, findData(current)));
}

void TenantLensPicker::selectTenant(const QString &id)
{
    setCurrentIndex(qMax(0, findData(id)));
}
