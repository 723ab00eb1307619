#include "filtereditor.h"
#include "schema.h"
#include "tablefiltersql.h"
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

FilterEditor::FilterEditor(const TableSpec &table, const QStringList &columns, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_column(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_jsonKey(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_choices(new QListWidget(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_text2(new QLineEdit(this))
    , m_andLabel(new QLabel(tr("and"), this))
    , m_keyLabel(new QLabel(tr("Key:"), this))
{
    setWindowTitle(tr("Filter %1").arg(table.displayLabel()));
    m_column->setObjectName(QStringLiteral("filterColumn"));
    m_op->setObjectName(QStringLiteral("filterOp"));
    m_text->setObjectName(QStringLiteral("filterValue"));
    m_text2->setObjectName(QStringLiteral("filterValue2"));
    m_jsonKey->setObjectName(QStringLiteral("filterJsonKey"));
    m_choice->setObjectName(QStringLiteral("filterChoice"));
    m_choices->setObjectName(QStringLiteral("filterChoices"));
    m_choices->setMaximumHeight(110);
    for (const ColumnSpec &c : table.columns) {
        if (columns.contains(c.name) && !c.isSecret())
            m_column->addItem(c.displayLabel(), c.name);
    }
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setDateTime(QDateTime::currentDateTime());
        edit->setToolTip(tr("Local time"));
    }
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));

    auto *values = new QHBoxLayout;
    values->addWidget(m_text, 1);
    values->addWidget(m_choice, 1);
    values->addWidget(m_choices, 1);
    values->addWidget(m_from, 1);
    values->addWidget(m_andLabel);
    values->addWidget(m_to, 1);
    values->addWidget(m_text2, 1);
    auto *key = new QHBoxLayout;
    key->addWidget(m_keyLabel);
    key->addWidget(m_jsonKey, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Column:"), m_column);
    form->addRow(tr("&Condition:"), m_op);
    form->addRow(QString(), key);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_text);  // a row holding a layout gets no buddy by itself
    form->addRow(valueLabel, values);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_column, &QComboBox::currentIndexChanged, this, &FilterEditor::columnChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FilterEditor::opChanged);
    columnChanged();
}

const ColumnSpec *FilterEditor::currentColumn() const
{
    return m_table.column(m_column->currentData().toString());
}

void FilterEditor::columnChanged()
{
    const ColumnSpec *column = currentColumn();
    m_op->clear();
    if (!column)
        return;
    for (ColumnFilter::Op op : TableFilterSql::opsFor(*column))
        m_op->addItem(ColumnFilter::opLabel(op), int(op));
    m_choice->clear();
    m_choice->addItems(column->choices);
    m_choices->clear();
    for (const QString &choice : column->choices) {
        auto *item = new QListWidgetItem(choice, m_choices);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const bool number = column->type == LogicalType::Integer || column->type == LogicalType::Float;
    for (QLineEdit *edit : {m_text, m_text2}) {
        delete edit->validator();
        edit->setValidator(number ? new QDoubleValidator(edit) : nullptr);
    }
    opChanged();
}

bool FilterEditor::needsValue() const
{
    using Op = ColumnFilter::Op;
    const auto op = Op(m_op->currentData().toInt());
    return op != Op::IsTrue && op != Op::IsFalse && op != Op::IsEmpty && op != Op::IsNotEmpty;
}

bool FilterEditor::needsSecondValue() const
{
    return ColumnFilter::Op(m_op->currentData().toInt()) == ColumnFilter::Op::Between;
}

void FilterEditor::opChanged()
{
    using Op = ColumnFilter::Op;
    const ColumnSpec *column = currentColumn();
    if (!column)
        return;
    const auto op = Op(m_op->currentData().toInt());
    const bool dateTime = column->type == LogicalType::DateTime;
    const bool choice = !column->choices.isEmpty() && (op == Op::Equals || op == Op::NotEquals);
    const bool choices = !column->choices.isEmpty() && op == Op::OneOf;
    const bool json = op == Op::JsonKeyEquals || op == Op::JsonKeyContains;
    const bool value = needsValue();
    m_text->setVisible(value && !dateTime && !choice && !choices);
    m_text->setPlaceholderText(op == Op::OneOf ? tr("Values separated by commas") : QString());
    m_choice->setVisible(value && choice);
    m_choices->setVisible(value && choices);
    m_from->setVisible(value && dateTime);
    m_to->setVisible(value && dateTime && needsSecondValue());
    m_text2->setVisible(value && !dateTime && needsSecondValue());
    m_andLabel->setVisible(value && needsSecondValue());
    m_keyLabel->setVisible(json);
    m_jsonKey->setVisible(json);
}

void FilterEditor::setFilter(const ColumnFilter &filter)
{
    m_column->setCurrentIndex(qMax(0, m_column->findData(filter.column)));
    m_op->setCurrentIndex(qMax(0, m_op->findData(int(filter.op))));
    m_jsonKey->setText(filter.jsonKey);
    if (filter.value.metaType().id() == QMetaType::QDateTime) {
        m_from->setDateTime(filter.value.toDateTime().toLocalTime());
        if (filter.value2.isValid())
            m_to->setDateTime(filter.value2.toDateTime().toLocalTime());
    } else {
        m_text->setText(filter.value.metaType().id() == QMetaType::QStringList ? filter.value.toStringList().join(QStringLiteral(", "))
                                                                               : filter.value.toString());
        m_text2->setText(filter.value2.toString());
        m_choice->setCurrentText(filter.value.toString());
        const QStringList selected = filter.value.toStringList();
        for (int i = 0; i < m_choices->count(); ++i)
            m_choices->item(i)->setCheckState(selected.contains(m_choices->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

ColumnFilter FilterEditor::filter() const
{
    ColumnFilter f;
    const ColumnSpec *column = currentColumn();
    if (!column)
        return f;
    f.column = column->name;
    f.op = ColumnFilter::Op(m_op->currentData().toInt());
    f.jsonKey = m_jsonKey->isVisibleTo(this) ? m_jsonKey->text() : QString();
    if (!needsValue())
        return f;
    if (column->type == LogicalType::DateTime) {
        f.value = m_from->dateTime().toUTC();
        if (needsSecondValue())
            f.value2 = m_to->dateTime().toUTC();
    } else if (m_choices->isVisibleTo(this)) {
        QStringList checked;
        for (int i = 0; i < m_choices->count(); ++i) {
            if (m_choices->item(i)->checkState() == Qt::Checked)
                checked.append(m_choices->item(i)->text());
        }
        f.value = checked;
    } else if (m_choice->isVisibleTo(this)) {
        f.value = m_choice->currentText();
    } else if (f.op == ColumnFilter::Op::OneOf) {
        QStringList values;
        for (const QString &part : m_text->text().split(QLatin1Char(',')))
            if (!part.trimmed().isEmpty())
                values.append(part.trimmed());
        f.value = values;
    } else if (column->type == LogicalType::Integer || column->type == LogicalType::Float) {
        // Numbers travel as numbers, so the database compares them as numbers.
        const auto number = [column](const QString &text) -> QVariant {
            bool ok = false;
            const double value = QLocale().toDouble(text, &ok);
            if (!ok)
                return text;
            return column->type == LogicalType::Integer ? QVariant(qlonglong(value)) : QVariant(value);
        };
        f.value = number(m_text->text());
        if (needsSecondValue())
            f.value2 = number(m_text2->text());
    } else {
        f.value = m_text->text();
        if (needsSecondValue())
            f.value2 = m_text2->text();
    }
    return f;
}
