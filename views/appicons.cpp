#include "appicons.h"

namespace {

void addBundledTheme()
{
    static const bool added = [] {
        QStringList paths = QIcon::themeSearchPaths();
        if (!paths.contains(QStringLiteral(":/icons")))
            QIcon::setThemeSearchPaths(paths << QStringLiteral(":/icons"));
        QIcon::setFallbackThemeName(QStringLiteral("afadmin"));
        // With no theme at all (no desktop session), ours is the theme.
        if (QIcon::themeName().isEmpty())
            QIcon::setThemeName(QStringLiteral("afadmin"));
        return true;
    }();
    Q_UNUSED(added);
}

} // namespace

QIcon AppIcons::themed(const QString &name)
{
    addBundledTheme();
    return QIcon::fromTheme(name);
}

QIcon AppIcons::application()
{
    return QIcon(QStringLiteral(":/icons/afadmin.svg"));
}
