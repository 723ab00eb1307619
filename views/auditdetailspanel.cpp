#include "auditdetailspanel.h"
#include "cellformatter.h"
#include "jsontext.h"
#include "schema.h"
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The facts above the JSON, in the order support staff read an entry.
const char *const factColumns[] = {"created_at", "event_type", "user_id", "action", "success",
                                   "resource_type", "resource_id", "ip_address", "id"};

} // namespace

AuditDetailsPanel::AuditDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_facts(new QFormLayout)
    , m_details(new QPlainTextEdit(this))
    , m_openResource(new QPushButton(tr("Open &Resource"), this))
    , m_openUser(new QPushButton(tr("Open &User"), this))
{
    setObjectName(QStringLiteral("auditDetailsPanel"));
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    for (const char *column : factColumns) {
        auto *value = new QLabel(this);
        value->setObjectName(QLatin1String(column) + QStringLiteral("Fact"));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_facts->addRow(audit->column(QLatin1String(column))->displayLabel() + QLatin1Char(':'), value);
        m_values.insert(QLatin1String(column), value);
    }
    m_details->setObjectName(QStringLiteral("detailsJson"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_openResource->setObjectName(QStringLiteral("openResourceButton"));
    m_openUser->setObjectName(QStringLiteral("openUserButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openResource);
    buttons->addWidget(m_openUser);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(m_facts);
    layout->addWidget(new QLabel(tr("Details:"), this));
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);

    connect(m_openResource, &QPushButton::clicked, this, [this] {
        emit openResourceRequested(m_resourceTable, m_row.value(QStringLiteral("resource_id")).toString());
    });
    connect(m_openUser, &QPushButton::clicked, this, [this] {
        emit openUserRequested(m_row.value(QStringLiteral("user_id")).toString(), m_userEmail);
    });
    clear();
}

void AuditDetailsPanel::showEntry(const QVariantMap &row, const QString &userEmail, const QString &resourceTable)
{
    m_row = row;
    m_userEmail = userEmail;
    m_resourceTable = resourceTable;
    const TableSpec *audit = Schema::table(QStringLiteral("audit_logs"));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const ColumnSpec *column = audit->column(it.key());
        const QVariant value = row.value(it.key());
        QString text = CellFormatter::display(*column, value);
        if (it.key() == QLatin1String("user_id") && !value.isNull())
            text = userEmail.isEmpty() ? value.toString() : userEmail;
        else if (it.key() == QLatin1String("success") && !value.isNull())
            text = value.toBool() ? tr("yes") : tr("no");
        it.value()->setText(text);
        it.value()->setToolTip(CellFormatter::toolTip(*column, value));
    }
    const QVariant details = row.value(QStringLiteral("details"));
    m_details->setPlainText(details.isNull() ? CellFormatter::nullText() : JsonText::pretty(details.toString()));
    m_openResource->setEnabled(!resourceTable.isEmpty() && !row.value(QStringLiteral("resource_id")).toString().isEmpty());
    m_openResource->setToolTip(resourceTable.isEmpty() ? tr("The resource type names no table.")
                                                       : Schema::table(resourceTable)->displayLabel());
    m_openUser->setEnabled(!row.value(QStringLiteral("user_id")).toString().isEmpty());
}

void AuditDetailsPanel::clear()
{
    m_row.clear();
    m_userEmail.clear();
    m_resourceTable.clear();
    for (QLabel *label : std::as_const(m_values))
        label->clear();
    m_details->setPlainText(tr("Select an entry to see its details."));
    m_openResource->setEnabled(false);
    m_openUser->setEnabled(false);
}

QString AuditDetailsPanel::factText(const QString &column) const
{
    const QLabel *label = m_values.value(column);
    return label ? label->text() : QString();
}
