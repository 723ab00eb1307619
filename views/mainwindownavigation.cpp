// MainWindow's navigation: the centre's pages (table browser, audit trail, dashboard), the trail
// of places behind the breadcrumb, and going back along it.
#include "mainwindow.h"
#include "audittrailview.h"
#include "centrestack.h"
#include "dashboardview.h"
#include "schema.h"
#include "tablebrowser.h"
#include "tablesidebar.h"
#include <QTreeView>

void MainWindow::showTable(const QString &table)
{
    if (m_navigating || !m_browser || table.isEmpty() || m_probe.drift.isTableMissing(table))
        return;
    m_history.clear();  // the sidebar starts a new trail
    m_centre->setOrigin(nullptr);
    m_centre->showBrowser();
    m_browser->showTable(table);
    updateTrail();
}

void MainWindow::navigateTo(const BrowseLocation &target)
{
    if (!m_browser || m_probe.drift.isTableMissing(target.table))
        return;
    m_history.append(m_browser->location());
    m_navigating = true;
    m_sidebar->selectTable(target.table);
    m_navigating = false;
    m_browser->showLocation(target);
    updateTrail();
}

void MainWindow::goBack()
{
    if (!m_browser)
        return;
    if (m_history.isEmpty()) {
        if (m_centre->origin() && m_centre->currentWidget() != m_centre->origin())
            m_centre->origin() == m_centre->dashboard() ? showDashboard() : showAuditTrail();
        return;
    }
    const BrowseLocation previous = m_history.takeLast();
    m_navigating = true;
    m_sidebar->selectTable(previous.table);
    m_navigating = false;
    m_browser->showLocation(previous);
    updateTrail();
}

void MainWindow::updateTrail()
{
    QStringList crumbs;
    if (!m_centre->originCrumb().isEmpty())
        crumbs.append(m_centre->originCrumb());
    for (const BrowseLocation &location : m_history)
        crumbs.append(location.crumb);
    crumbs.append(m_browser->location().crumb);
    m_browser->setTrail(crumbs);
}

AuditTrailView *MainWindow::auditTrail() const
{
    return m_centre ? m_centre->auditTrail() : nullptr;
}

bool MainWindow::isAuditTrailShown() const
{
    return m_centre && m_centre->isAuditTrailShown();
}

DashboardView *MainWindow::dashboard() const
{
    return m_centre ? m_centre->dashboard() : nullptr;
}

bool MainWindow::isDashboardShown() const
{
    return m_centre && m_centre->isDashboardShown();
}

void MainWindow::showDashboard()
{
    if (!m_centre)
        return;
    clearTableSelection();
    m_centre->showDashboard();
}

void MainWindow::clearTableSelection()
{
    // No table is current while another page shows, so a click on any table goes back to it.
    m_navigating = true;
    m_sidebar->view()->setCurrentIndex(QModelIndex());
    m_sidebar->view()->clearSelection();
    m_navigating = false;
}

void MainWindow::showAuditTrail()
{
    if (!m_centre || m_probe.drift.isTableMissing(QStringLiteral("audit_logs")))
        return;
    clearTableSelection();
    m_centre->showAuditTrail();
}

void MainWindow::openFromAudit(const QString &table, const QString &id, const QString &shown)
{
    const TableSpec *spec = Schema::table(table);
    if (!m_browser || !spec || id.isEmpty())
        return;
    ColumnFilter filter;
    filter.column = spec->primaryKey().name;
    filter.op = ColumnFilter::Op::Equals;
    filter.value = id;
    filter.label = tr("%1: %2").arg(spec->displayLabel(), shown);
    BrowseLocation location{table, {}, shown};
    location.filters.filters.append(filter);
    openFrom(m_centre->auditTrail(), location);
}

void MainWindow::openFrom(QWidget *origin, const BrowseLocation &location)
{
    if (!m_browser || !Schema::table(location.table) || m_probe.drift.isTableMissing(location.table))
        return;
    m_history.clear();
    m_centre->setOrigin(origin);
    m_navigating = true;
    m_sidebar->selectTable(location.table);
    m_navigating = false;
    m_centre->showBrowser();
    m_browser->showLocation(location);
    updateTrail();
}
