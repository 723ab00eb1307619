#include "recordform.h"
#include "fieldeditor.h"
#include "schema.h"
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

bool isSetByTheApp(const ColumnSpec &column)
{
    return column.primaryKey || column.name == QLatin1String("created_at") || column.name == QLatin1String("updated_at");
}

} // namespace

RecordForm::RecordForm(const TableSpec &table, const QStringList &columns, RecordService *service, QWidget *parent)
    : QWidget(parent)
    , m_table(&table)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const ColumnSpec &column : table.columns) {
        if (!columns.isEmpty() && !columns.contains(column.name))
            continue;
        const bool readOnly = isSetByTheApp(column) || column.isSecret();
        FieldEditor *editor = FieldEditor::create(column, readOnly, service, this);
        editor->setObjectName(column.name);
        editor->widget()->setObjectName(column.name + QStringLiteral("Editor"));
        // Tab goes from one field to fill to the next; a value set by the app is still
        // selectable with the mouse, to copy an id.
        if (readOnly)
            editor->widget()->setFocusPolicy(Qt::ClickFocus);
        else if (!m_firstEditable)
            m_firstEditable = editor->widget();
        auto *problem = new QLabel(this);
        problem->setObjectName(column.name + QStringLiteral("Problem"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
        problem->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor->widget());
        cellLayout->addWidget(problem);
        auto *label = new QLabel(column.displayLabel() + (column.nullable || isSetByTheApp(column) ? QString() : QStringLiteral(" *")), this);
        label->setBuddy(editor->widget());
        layout->addRow(label, cell);
        m_editors.insert(column.name, editor);
        m_problems.insert(column.name, problem);
        m_order.append(column.name);
        connect(editor, &FieldEditor::edited, this, [this, editor] {
            refreshLocalProblem(editor);
            emit edited();
        });
    }
    // Rows of a tenant pick their users, projects... among that tenant's rows.
    if (FieldEditor *tenant = m_editors.value(QStringLiteral("tenant_id"))) {
        for (FieldEditor *editor : std::as_const(m_editors)) {
            if (editor != tenant)
                editor->setTenantSource([tenant] { return tenant->value().toString(); });
        }
    }
}

RecordForm::~RecordForm() = default;

void RecordForm::setValues(const QVariantMap &values)
{
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setValue(values.value(editor->column().name));
    clearProblems();
}

QVariantMap RecordForm::values() const
{
    QVariantMap values;
    for (FieldEditor *editor : std::as_const(m_editors))
        values.insert(editor->column().name, editor->value());
    return values;
}

FieldProblems RecordForm::localProblems() const
{
    FieldProblems problems;
    for (const QString &column : m_order) {
        const QString message = m_editors.value(column)->localProblem();
        if (!message.isEmpty())
            problems.append({column, message});
    }
    return problems;
}

void RecordForm::refreshLocalProblem(FieldEditor *editor)
{
    QLabel *label = m_problems.value(editor->column().name);
    const QString message = editor->localProblem();
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void RecordForm::showProblems(const FieldProblems &problems)
{
    clearProblems();
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problems.value(problem.column);
        if (!label)
            continue;  // a record-wide problem: the dialog shows it
        label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + problem.message : problem.message);
        label->show();
        if (!first)
            first = m_editors.value(problem.column)->widget();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void RecordForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

void RecordForm::focusFirstField()
{
    if (m_firstEditable)
        m_firstEditable->setFocus(Qt::OtherFocusReason);
}
