#pragma once
#include <QCoreApplication>
#include <QStringList>

class MainWindow;

// Decides what the window opens from the command line: --database-url, --demo (the demo
// database in the app's data location, created on first use), the DATABASE_URL environment
// variable, or else the connection dialog; and where it opens (--table, --tenant, --view).
class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(AppStartup)
public:
    explicit AppStartup(MainWindow *window);
    bool begin(const QStringList &arguments);  // false: bad usage, already reported
    static QString demoDatabasePath();

private:
    MainWindow *m_window;
};
