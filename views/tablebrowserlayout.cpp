// TableBrowser's layout: rows per page, and the column widths kept per table.
#include "tablebrowser.h"
#include "cellformatter.h"
#include "schema.h"
#include "windowedtablemodel.h"
#include "windowedtableview.h"
#include <QSettings>

void TableBrowser::setPageSize(int rows)
{
    if (m_model->pageSize() != rows)
        m_model->setPageSize(rows);
}

void TableBrowser::rememberColumnWidths()
{
    if (m_table.isEmpty())
        return;
    QVariantMap widths;
    for (int c = 0; c < m_model->columnCount(); ++c)
        widths.insert(m_model->columnSpec(c)->name, m_view->columnWidth(c));
    m_widthsByTable.insert(m_table, widths);
}

void TableBrowser::applyColumnWidths()
{
    QVariantMap widths = m_widthsByTable.value(m_table);
    if (widths.isEmpty())
        widths = QSettings().value(QStringLiteral("columns/") + m_table).toMap();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const ColumnSpec *column = m_model->columnSpec(c);
        const int width = widths.value(column->name).toInt();
        m_view->setColumnWidth(c, width > 0 ? width : CellFormatter::preferredWidth(*column));
    }
}

void TableBrowser::saveColumnWidths()
{
    rememberColumnWidths();
    QSettings settings;
    for (auto it = m_widthsByTable.cbegin(); it != m_widthsByTable.cend(); ++it)
        settings.setValue(QStringLiteral("columns/") + it.key(), it.value());
}
