// MainWindow's commands around the pages: the Edit menu, the Ctrl+K palette, the preferences,
// and the layout the window remembers between runs.
#include "mainwindow.h"
#include "cellformatter.h"
#include "centrestack.h"
#include "commandpalette.h"
#include "environmentband.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "savedviews.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include "tenantlenspicker.h"
#include "windowedtableview.h"
#include <QAction>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <algorithm>

namespace {

QString plainText(const QAction *action)
{
    // "&Save" is "Save"; "&&" stands for a real ampersand.
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QString(QChar(0x1)));
    text.remove(QLatin1Char('&'));
    return text.replace(QChar(0x1), QLatin1Char('&'));
}

void collectCommands(const QMenu *menu, QList<CommandPalette::Place> *places)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collectCommands(action->menu(), places);
        } else if (!action->isSeparator() && action->isEnabled() && !action->text().isEmpty()) {
            CommandPalette::Place place;
            place.kind = CommandPalette::Place::Kind::Command;
            place.text = plainText(action);
            place.detail = action->shortcut().toString(QKeySequence::NativeText);
            place.command = action;
            places->append(place);
        }
    }
}

} // namespace

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    auto *preferences = new QAction(tr("&Preferences\u2026"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (KDE: Ctrl+Shift+,), else the common Ctrl+,.
    const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(standard.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : standard);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    addAction(preferences);  // its shortcut works before the menu was ever opened
    // The table's own actions (new, edit, copy, delete…) keep their shortcuts on the browser;
    // the menu lists them so each is found without knowing the key.
    connect(edit, &QMenu::aboutToShow, this, [this, edit, preferences] {
        edit->clear();
        const bool browsing = m_browser && !isAuditTrailShown() && !isDashboardShown();
        if (browsing) {
            for (QAction *action : m_browser->actions())
                edit->addAction(action);
        } else {
            edit->addAction(tr("No table shown"))->setEnabled(false);
        }
        edit->addSeparator();
        edit->addAction(preferences);
    });
    edit->addAction(preferences);
}

CommandPalette *MainWindow::showCommandPalette()
{
    QList<CommandPalette::Place> places;
    QStringList present;
    QSettings settings;
    const SavedViews views(&settings);
    for (const TableSpec &table : Schema::tables()) {
        if (m_browser && m_probe.drift.isTableMissing(table.name))
            continue;
        present.append(table.name);
        places.append({CommandPalette::Place::Kind::Table, table.displayLabel(), table.name, table.name, {}, {}});
        for (const QString &name : views.names(table.name))
            places.append({CommandPalette::Place::Kind::SavedView, name, table.displayLabel(), table.name, name, {}});
    }
    for (const QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->objectName() != QLatin1String("editMenu"))
            collectCommands(menuAction->menu(), &places);
    }
    if (m_browser) {
        for (QAction *action : m_browser->actions()) {
            if (action->isEnabled())
                places.append({CommandPalette::Place::Kind::Command, plainText(action),
                               action->shortcut().toString(QKeySequence::NativeText), {}, {}, action});
        }
    }
    // The palette itself is not a place to go.
    places.erase(std::remove_if(places.begin(), places.end(), [](const CommandPalette::Place &p) {
        return p.command && p.command->objectName() == QLatin1String("commandPaletteAction");
    }), places.end());

    auto *palette = new CommandPalette(places, m_browser ? m_browser->recordService() : nullptr,
                                       m_browser ? present : QStringList(), m_lens->tenantId(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::placeChosen, this, [this](const CommandPalette::Place &place) {
        using Kind = CommandPalette::Place::Kind;
        switch (place.kind) {
        case Kind::Command:
            if (place.command)
                place.command->trigger();
            break;
        case Kind::Table:
            if (m_browser)
                m_sidebar->selectTable(place.table);
            break;
        case Kind::SavedView: {
            QSettings store;
            if (const auto view = SavedViews(&store).load(place.table, place.key))
                goToLocation({place.table, view->filters, place.key});
            break;
        }
        case Kind::Record: {
            const TableSpec *spec = Schema::table(place.table);
            if (!spec)
                break;
            ColumnFilter filter;
            filter.column = spec->primaryKey().name;
            filter.op = ColumnFilter::Op::Equals;
            filter.value = place.key;
            filter.label = tr("%1: %2").arg(spec->displayItemLabel(), place.text);
            BrowseLocation location{place.table, {}, place.text};
            location.filters.filters.append(filter);
            goToLocation(location);
            if (m_browser)
                m_browser->view()->setFocus();  // Enter now opens the record's form
            break;
        }
        }
    });
    palette->open();
    palette->input()->setFocus();
    return palette;
}

void MainWindow::goToLocation(const BrowseLocation &location)
{
    if (!m_browser || m_probe.drift.isTableMissing(location.table))
        return;
    const bool browsing = !isAuditTrailShown() && !isDashboardShown() && !m_browser->currentTable().isEmpty();
    if (browsing) {
        navigateTo(location);
        return;
    }
    m_history.clear();
    m_centre->setOrigin(nullptr);
    m_centre->showBrowser();
    m_navigating = true;
    m_sidebar->selectTable(location.table);
    m_navigating = false;
    m_browser->showLocation(location);
    updateTrail();
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(Preferences::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        chosen.save();
        applyPreferences(chosen);
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const bool timeChanged = CellFormatter::timeDisplay() != preferences.timeDisplay;
    CellFormatter::setTimeDisplay(preferences.timeDisplay);
    m_band->setColours(preferences);
    if (m_browser)
        m_browser->setPageSize(preferences.pageSize);
    if (timeChanged) {
        for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
            view->viewport()->update();
    }
}

QString MainWindow::lastTable()
{
    return QSettings().value(QStringLiteral("window/lastTable")).toString();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    if (m_browser && !m_browser->currentTable().isEmpty()) {
        settings.setValue(QStringLiteral("window/lastTable"), m_browser->currentTable());
        m_browser->saveColumnWidths();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Only a real close remembers the layout: a window a test destroys leaves no trace.
    saveLayout();
    QMainWindow::closeEvent(event);
}
