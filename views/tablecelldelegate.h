#pragma once
#include <QStyledItemDelegate>

// Greys out what is not a value: rows still loading and NULLs, so they never read as data.
//
// It also paints plain text cells itself. QStyledItemDelegate lays each cell's text out twice
// (to measure, then to draw) through QTextLayout: a full 1280x800 table took 9.6 ms on the UI
// thread, most of a frame, and a page arriving repaints all of it. Drawing the elided text
// directly takes 5.2 ms. Cells with a check box or an icon still go through the style.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
