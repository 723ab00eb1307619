#include "appstartup.h"
#include "mainwindow.h"
#include "translationloader.h"
#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AgentFactory"));
    QApplication::setApplicationName(QStringLiteral("afadmin"));
    QApplication::setDesktopFileName(QStringLiteral("org.agentfactory.afadmin"));
    TranslationLoader::install(&app);
    QApplication::setApplicationDisplayName(QObject::tr("Agent Factory Admin"));
    QApplication::setApplicationVersion(QStringLiteral(AFADMIN_VERSION));

    MainWindow window;
    window.show();
    AppStartup startup(&window);
    if (!startup.begin(QApplication::arguments()))
        return 2;
    return app.exec();
}
