#pragma once
#include <QCoreApplication>
#include <QSqlError>
#include <QString>
#include <QVariant>

class QSqlDatabase;

// One audit_logs row as the app writes it. append() runs inside the caller's transaction, so the
// row lands together with the change it describes, or not at all.
struct AuditEntry
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntry)
public:
    QString eventType;     // "admin.update", "admin.sign_in"...
    QString userId;        // the operator (empty: NULL, e.g. a failed sign-in for an unknown email)
    QString resourceType;  // "tenant", "user"...: the table's name in the singular
    QString resourceId;
    QString action;        // create / update / deactivate / delete / sign_in...
    bool success = true;
    QString detailsJson;   // a JSON object as text (json.dumps form)
    QString ipAddress;

    // Inserts the row with created_at = now (UTC); returns the driver's error, if any.
    QSqlError append(const QSqlDatabase &db) const;
    // "tenants" -> "tenant": the resource_type the platform writes for a table's rows.
    static QString resourceTypeOf(const QString &tableName);
};
