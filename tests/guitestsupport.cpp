#include "guitestsupport.h"
#include <QPixmap>
#include <QSqlQuery>
#include <QWidget>

void GuiTestSupport::saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("AFADMIN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

OperatorIdentity GuiTestSupport::demoAdmin(const QSqlDatabase &db)
{
    OperatorIdentity identity;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE email = ?"));
    q.addBindValue(QStringLiteral("admin@agentfactory.test"));
    if (q.exec() && q.next())
        identity.userId = q.value(0).toString();
    identity.email = QStringLiteral("admin@agentfactory.test");
    identity.access = OperatorIdentity::Access::Write;
    return identity;
}
