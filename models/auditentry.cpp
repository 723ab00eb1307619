#include "auditentry.h"
#include "schema.h"
#include "valuecodec.h"
#include <QSqlDatabase>
#include <QSqlQuery>

QSqlError AuditEntry::append(const QSqlDatabase &db) const
{
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    const QStringList columns = {QStringLiteral("event_type"), QStringLiteral("user_id"), QStringLiteral("resource_type"),
                                 QStringLiteral("resource_id"), QStringLiteral("action"), QStringLiteral("success"),
                                 QStringLiteral("details"), QStringLiteral("ip_address"), QStringLiteral("created_at")};
    const QVariantList values = {eventType, userId.isEmpty() ? QVariant() : QVariant(userId), resourceType,
                                 resourceId.isEmpty() ? QVariant() : QVariant(resourceId), action, success,
                                 detailsJson.isEmpty() ? QStringLiteral("{}") : detailsJson,
                                 ipAddress.isEmpty() ? QVariant() : QVariant(ipAddress), ValueCodec::nowUtc()};
    QStringList placeholders;
    for (int i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(audit->name, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return q.lastError();
    for (int i = 0; i < columns.size(); ++i)
        q.addBindValue(ValueCodec::toStorage(*audit->column(columns.at(i)), values.at(i)));
    if (!q.exec())
        return q.lastError();
    return {};
}

QString AuditEntry::resourceTypeOf(const QString &tableName)
{
    // Every table name of the data model is its resource's plural with a plain "s".
    return tableName.endsWith(QLatin1Char('s')) ? tableName.chopped(1) : tableName;
}
