#pragma once
#include "tablefilter.h"
#include <QDialog>

struct ColumnSpec;
struct TableSpec;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

// Builds one ColumnFilter: a column, an operator the column's type offers, and a value editor
// that fits (text, number, date and time in local time, a choice for enums).
class FilterEditor : public QDialog
{
    Q_OBJECT
public:
    FilterEditor(const TableSpec &table, const QStringList &columns, QWidget *parent = nullptr);

    void setFilter(const ColumnFilter &filter);
    ColumnFilter filter() const;

private:
    void columnChanged();
    void opChanged();
    bool needsValue() const;
    bool needsSecondValue() const;
    const ColumnSpec *currentColumn() const;

    const TableSpec &m_table;
    QComboBox *m_column = nullptr;
    QComboBox *m_op = nullptr;
    QLineEdit *m_jsonKey = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QListWidget *m_choices = nullptr;  // OneOf over an enum's choices
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_text2 = nullptr;
    QLabel *m_andLabel = nullptr;
    QLabel *m_keyLabel = nullptr;
};
