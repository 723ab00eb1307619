#include "tablecelldelegate.h"
#include "windowedtablemodel.h"
#include <QPalette>

void TableCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool loaded = index.data(WindowedTableModel::LoadedRole).toBool();
    const bool isNull = loaded && index.data(WindowedTableModel::ValueRole).isNull();
    if (!loaded || isNull) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(!loaded);
    }
}
