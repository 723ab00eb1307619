#pragma once
#include <QStyledItemDelegate>

// Greys out what is not a value: rows still loading and NULLs, so they never read as data.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
