#include "foreignkeyeditor.h"
#include "recordservice.h"
#include "schema.h"
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTimer>

ForeignKeyEditor::ForeignKeyEditor(const ColumnSpec &column, RecordService *service, QWidget *parent)
    : FieldEditor(column, parent)
    , m_service(service)
    , m_combo(new QComboBox(parent))
    , m_typing(new QTimer(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->completer()->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search %1").arg(Schema::table(column.foreignKey.table)->displayLabelInSentence()));
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, [this] { lookUp(m_combo->currentText()); });
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_typing->start();
        emit edited();
    });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        m_id = m_combo->itemData(index).toString();
        m_label = m_combo->itemText(index);
        emit edited();
    });
    if (m_service)
        connect(m_service, &RecordService::lookedUp, this, &ForeignKeyEditor::showChoices);
}

QWidget *ForeignKeyEditor::widget() const
{
    return m_combo;
}

QVariant ForeignKeyEditor::value() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (!m_id.isEmpty() && (text == m_label || text == m_id))
        return m_id;
    const int index = m_combo->findText(text);
    if (index >= 0)
        return m_combo->itemData(index);
    return text;  // an id typed or pasted: the validator says whether it exists
}

void ForeignKeyEditor::setValue(const QVariant &value)
{
    m_id = value.isNull() ? QString() : value.toString();
    m_label.clear();
    m_combo->clear();
    m_combo->setEditText(m_id);
    if (!m_id.isEmpty())
        lookUp(m_id);  // the id resolves to its display value
}

void ForeignKeyEditor::lookUp(const QString &text)
{
    if (!m_service)
        return;
    const QString tenant = m_tenantOf && column().foreignKey.table != QLatin1String("tenants") ? m_tenantOf() : QString();
    m_ticket = m_service->lookup(column().foreignKey.table, text, tenant);
}

void ForeignKeyEditor::showChoices(quint64 ticket, const QStringList &ids, const QStringList &labels)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    const QString typed = m_combo->currentText();
    const int cursor = m_combo->lineEdit()->cursorPosition();
    m_combo->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_combo->addItem(labels.at(i), ids.at(i));
    const int chosen = m_id.isEmpty() ? -1 : m_combo->findData(m_id);
    if (chosen >= 0 && typed == m_id) {
        m_label = m_combo->itemText(chosen);
        m_combo->setCurrentIndex(chosen);
    } else {
        m_combo->setEditText(typed);
        m_combo->lineEdit()->setCursorPosition(cursor);
        if (m_combo->hasFocus() && !ids.isEmpty())
            m_combo->completer()->complete();  // a completer popup leaves the typing in the line edit
    }
}
