#pragma once
#include <QIcon>

// Icons by their freedesktop names: from the desktop's theme where it has them (Breeze,
// Adwaita), else from the small theme built into the binary (:/icons/afadmin), so a bare X
// server or a theme lacking a name still shows every icon. SVG: sharp at any scale factor.
class AppIcons
{
public:
    static QIcon themed(const QString &name);
    static QIcon application();  // the window icon, also installed under packaging/
};
