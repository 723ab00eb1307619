#include "tablecelldelegate.h"
#include "windowedtablemodel.h"
#include <QApplication>
#include <QPainter>
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

void TableCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active)  ? QPalette::Normal
                                                                             : QPalette::Inactive;
    // The background the style would draw: selection, a model's brush, or the alternate row.
    if (selected)
        painter->fillRect(opt.rect, opt.palette.brush(group, QPalette::Highlight));
    else if (opt.backgroundBrush.style() != Qt::NoBrush)
        painter->fillRect(opt.rect, opt.backgroundBrush);
    else if (opt.features & QStyleOptionViewItem::Alternate)
        painter->fillRect(opt.rect, opt.palette.brush(group, QPalette::AlternateBase));

    if (!opt.text.isEmpty()) {
        // No check box or icon here, so the text gets the cell less the style's margins (asking
        // the style for SE_ItemViewItemText would lay the text out once more to measure it).
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        QString text = opt.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, int(QStyle::visualAlignment(opt.direction, opt.displayAlignment)) | Qt::TextSingleLine,
                          QFontMetrics(opt.font).elidedText(text, opt.textElideMode, textRect.width()));
        painter->restore();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}
