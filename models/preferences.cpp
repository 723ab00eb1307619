#include "preferences.h"
#include <QRegularExpression>
#include <QSettings>

namespace {

QString colourOr(const QSettings &settings, const QString &key, const QString &fallback)
{
    static const QRegularExpression hexColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString value = settings.value(key).toString();
    return hexColour.match(value).hasMatch() ? value.toLower() : fallback;
}

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;
    bool ok = false;
    const int pageSize = settings.value(QStringLiteral("preferences/pageSize")).toInt(&ok);
    p.pageSize = ok && pageSize >= minimumPageSize && pageSize <= maximumPageSize ? pageSize : defaults.pageSize;
    p.timeDisplay = settings.value(QStringLiteral("preferences/timeDisplay")).toString() == QLatin1String("utc")
        ? TimeDisplay::Utc : TimeDisplay::Local;
    p.confirmWrites = settings.value(QStringLiteral("preferences/confirmWrites"), defaults.confirmWrites).toBool();
    p.developmentColour = colourOr(settings, QStringLiteral("preferences/colours/development"), defaults.developmentColour);
    p.stagingColour = colourOr(settings, QStringLiteral("preferences/colours/staging"), defaults.stagingColour);
    p.productionColour = colourOr(settings, QStringLiteral("preferences/colours/production"), defaults.productionColour);
    return p;
}

Preferences Preferences::load()
{
    const QSettings settings;
    return load(settings);
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("preferences/pageSize"), pageSize);
    settings.setValue(QStringLiteral("preferences/timeDisplay"),
                      timeDisplay == TimeDisplay::Utc ? QStringLiteral("utc") : QStringLiteral("local"));
    settings.setValue(QStringLiteral("preferences/confirmWrites"), confirmWrites);
    settings.setValue(QStringLiteral("preferences/colours/development"), developmentColour);
    settings.setValue(QStringLiteral("preferences/colours/staging"), stagingColour);
    settings.setValue(QStringLiteral("preferences/colours/production"), productionColour);
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

bool Preferences::operator==(const Preferences &other) const
{
    return pageSize == other.pageSize && timeDisplay == other.timeDisplay && confirmWrites == other.confirmWrites
        && developmentColour == other.developmentColour && stagingColour == other.stagingColour
        && productionColour == other.productionColour;
}
