#pragma once
#include "tablefilter.h"
#include <QWidget>

struct TableSpec;
class QHBoxLayout;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

// Above the table: a quick search over the text columns (debounced), the active filters as
// removable chips, "Add filter" and the saved views of this table.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The table, the columns it has here, and the filters to show for it.
    void setTable(const TableSpec &table, const QStringList &columns, const FilterSet &filters);
    FilterSet filters() const { return m_filters; }
    QLineEdit *searchEdit() const { return m_search; }
    void addFilter(const ColumnFilter &filter);
    void removeFilter(int index);
    void editFilter(int index);
    void focusSearch();

signals:
    void filtersChanged(const FilterSet &filters);

private:
    void rebuildChips();
    void showViewsMenu();
    void saveView();
    void setFilters(const FilterSet &filters);

    const TableSpec *m_table = nullptr;
    QStringList m_columns;
    FilterSet m_filters;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_views = nullptr;
};
