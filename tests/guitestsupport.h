#pragma once
#include "operatoridentity.h"
#include <QSqlDatabase>

class QWidget;

// What the GUI tests share.
namespace GuiTestSupport {

// AFADMIN_SCREENSHOT_DIR=dir: the screens the tests reach are saved there, for the README.
void saveShot(QWidget *widget, const char *name);
// The demo database's administrator (admin@agentfactory.test), allowed to write.
OperatorIdentity demoAdmin(const QSqlDatabase &db);

} // namespace GuiTestSupport
