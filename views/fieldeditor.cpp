#include "fieldeditor.h"
#include "cellformatter.h"
#include "foreignkeyeditor.h"
#include "jsontext.h"
#include "recordvalidator.h"
#include "schema.h"
#include "valuecodec.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace {

// Strings, ids and numbers. Numbers get a validator; empty text is NULL.
class LineEditor : public FieldEditor
{
public:
    LineEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_edit(new QLineEdit(parent))
    {
        if (column.maxLength > 0)
            m_edit->setMaxLength(column.maxLength);
        if (column.type == LogicalType::Integer)
            m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{0,10}")), m_edit));
        else if (column.type == LogicalType::Float)
            m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*([.,]\\d*)?([eE][-+]?\\d+)?")), m_edit));
        if (column.format == TextFormat::Email)
            m_edit->setPlaceholderText(QStringLiteral("name@example.com"));
        else if (column.format == TextFormat::Slug)
            m_edit->setPlaceholderText(QStringLiteral("lower-case-with-hyphens"));
        connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override
    {
        const QString text = m_edit->text();
        if (text.isEmpty() && column().nullable)
            return {};
        if (column().type == LogicalType::Integer) {
            bool ok = false;
            const qlonglong number = text.toLongLong(&ok);
            return ok ? QVariant(number) : QVariant(text);
        }
        if (column().type == LogicalType::Float) {
            bool ok = false;
            const double number = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            return ok ? QVariant(number) : QVariant(text);
        }
        return text;
    }
    void setValue(const QVariant &value) override
    {
        m_edit->setText(value.isNull() ? QString()
                        : column().type == LogicalType::Float ? QString::number(value.toDouble(), 'g', 15)
                                                              : value.toString());
    }

private:
    QLineEdit *m_edit;
};

// Text columns (agent instructions): several lines.
class TextEditor : public FieldEditor
{
public:
    TextEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setTabChangesFocus(true);
        m_edit->setMinimumHeight(m_edit->fontMetrics().height() * 5);
        connect(m_edit, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override
    {
        const QString text = m_edit->toPlainText();
        return text.isEmpty() && column().nullable ? QVariant() : QVariant(text);
    }
    void setValue(const QVariant &value) override { m_edit->setPlainText(value.toString()); }

protected:
    QPlainTextEdit *m_edit;
};

// JSON: pretty-printed, monospace, its parse error (line and column) known as you type.
class JsonEditor : public TextEditor
{
public:
    JsonEditor(const ColumnSpec &column, QWidget *parent)
        : TextEditor(column, parent)
    {
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    void setValue(const QVariant &value) override
    {
        m_edit->setPlainText(value.isNull() ? QString() : JsonText::pretty(value.toString()));
    }
    QString localProblem() const override
    {
        return RecordValidator::jsonProblem(column(), m_edit->toPlainText());
    }
};

class BoolEditor : public FieldEditor
{
public:
    BoolEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_box(new QCheckBox(parent))
    {
        connect(m_box, &QCheckBox::toggled, this, &FieldEditor::edited);
    }
    QWidget *widget() const override { return m_box; }
    QVariant value() const override { return m_box->isChecked(); }
    void setValue(const QVariant &value) override { m_box->setChecked(value.toBool()); }

private:
    QCheckBox *m_box;
};

class ChoiceEditor : public FieldEditor
{
public:
    ChoiceEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_combo(new QComboBox(parent))
    {
        if (column.nullable)
            m_combo->addItem(CellFormatter::nullText(), QVariant());
        for (const QString &choice : column.choices)
            m_combo->addItem(choice, choice);
        connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
    }
    QWidget *widget() const override { return m_combo; }
    QVariant value() const override { return m_combo->currentData(); }
    void setValue(const QVariant &value) override
    {
        int index = m_combo->findData(value.isNull() ? QVariant() : QVariant(value.toString()));
        if (index < 0 && !value.isNull()) {
            // A value the data model does not list (older data): shown, so saving keeps it.
            m_combo->addItem(value.toString(), value.toString());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
    }

private:
    QComboBox *m_combo;
};

// Stored as naive UTC; edited in local time. A nullable column has a check box for "set".
class DateTimeEditor : public FieldEditor
{
public:
    DateTimeEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_container(new QWidget(parent))
        , m_edit(new QDateTimeEdit(m_container))
        , m_set(column.nullable ? new QCheckBox(FieldEditor::tr("Set"), m_container) : nullptr)
    {
        auto *layout = new QHBoxLayout(m_container);
        layout->setContentsMargins(0, 0, 0, 0);
        if (m_set)
            layout->addWidget(m_set);
        layout->addWidget(m_edit, 1);
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_edit->setTimeSpec(Qt::LocalTime);
        m_edit->setCalendarPopup(true);
        m_edit->setToolTip(FieldEditor::tr("Local time; stored in UTC"));
        m_container->setFocusProxy(m_edit);
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        if (m_set) {
            connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
            connect(m_set, &QCheckBox::toggled, this, &FieldEditor::edited);
        }
    }
    QWidget *widget() const override { return m_container; }
    QVariant value() const override
    {
        if (m_set && !m_set->isChecked())
            return {};
        return m_edit->dateTime().toUTC();
    }
    void setValue(const QVariant &value) override
    {
        const QDateTime utc = ValueCodec::decodeDateTime(value);
        if (m_set) {
            m_set->setChecked(utc.isValid());
            m_edit->setEnabled(utc.isValid());
        }
        m_edit->setDateTime((utc.isValid() ? utc : QDateTime::currentDateTimeUtc()).toLocalTime());
    }

private:
    QWidget *m_container;
    QDateTimeEdit *m_edit;
    QCheckBox *m_set;
};

// Shown, never edited: keeps the loaded value so the form hands it back unchanged.
class ReadOnlyEditor : public FieldEditor
{
public:
    ReadOnlyEditor(const ColumnSpec &column, QWidget *parent)
        : FieldEditor(column, parent)
        , m_edit(new QLineEdit(parent))
    {
        m_edit->setReadOnly(true);
        m_edit->setFrame(false);
    }
    QWidget *widget() const override { return m_edit; }
    QVariant value() const override { return m_value; }
    void setValue(const QVariant &value) override
    {
        m_value = value;
        m_edit->setText(value.isNull() ? FieldEditor::tr("(set when saved)") : CellFormatter::display(column(), value));
        m_edit->setToolTip(value.isNull() ? QString() : CellFormatter::toolTip(column(), value));
    }

private:
    QLineEdit *m_edit;
    QVariant m_value;
};

} // namespace

FieldEditor::FieldEditor(const ColumnSpec &column, QObject *parent)
    : QObject(parent)
    , m_column(&column)
{
}

FieldEditor::~FieldEditor() = default;

FieldEditor *FieldEditor::create(const ColumnSpec &column, bool readOnly, RecordService *service, QWidget *parent)
{
    if (readOnly)
        return new ReadOnlyEditor(column, parent);
    if (column.isForeignKey())
        return new ForeignKeyEditor(column, service, parent);
    if (!column.choices.isEmpty())
        return new ChoiceEditor(column, parent);
    switch (column.type) {
    case LogicalType::Boolean:  return new BoolEditor(column, parent);
    case LogicalType::DateTime: return new DateTimeEditor(column, parent);
    case LogicalType::Json:     return new JsonEditor(column, parent);
    case LogicalType::Text:     return new TextEditor(column, parent);
    default:                    return new LineEditor(column, parent);
    }
}
