#pragma once
#include <QComboBox>

// The toolbar's tenant lens: "All tenants", or one tenant whose rows alone every
// tenant-scoped table then shows.
class TenantLensPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit TenantLensPicker(QWidget *parent = nullptr);

    void setTenants(const QStringList &ids, const QStringList &names);
    QString tenantId() const { return currentData().toString(); }
    QString tenantName() const { return tenantId().isEmpty() ? QString() : currentText(); }
    void selectTenant(const QString &id);

signals:
    void lensChanged(const QString &tenantId, const QString &tenantName);
};
