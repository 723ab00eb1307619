#include "hardeningreport.h"
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

void HardeningReport::record(const QString &section, const QJsonObject &figures)
{
    const QString path = qEnvironmentVariable("AFADMIN_HARDENING_REPORT");
    if (path.isEmpty())
        return;
    QJsonObject line = figures;
    line.insert(QStringLiteral("section"), section);
    line.insert(QStringLiteral("backend"), qEnvironmentVariable("AFADMIN_TEST_BACKEND"));
    line.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}
