#include "recordactions.h"
#include "appicons.h"
#include "passwordhasher.h"
#include "plandialog.h"
#include "passworddialog.h"
#include "recordservice.h"
#include "schema.h"
#include "tablebrowser.h"
#include <QAction>
#include <QMessageBox>
#include <QPushButton>

RecordActions::RecordActions(TableBrowser *browser, RecordService *service)
    : QObject(browser)
    , m_browser(browser)
    , m_service(service)
    , m_deactivate(new QAction(tr("De&activate\u2026"), this))
    , m_activate(new QAction(tr("Ac&tivate\u2026"), this))
    , m_delete(new QAction(tr("De&lete\u2026"), this))
    , m_setPassword(new QAction(tr("Set &Password\u2026"), this))
    , m_issueKey(new QAction(tr("Issue API &Key\u2026"), this))
    , m_changePlan(new QAction(tr("Change Pla&n\u2026"), this))
{
    m_issueKey->setObjectName(QStringLiteral("issueKeyAction"));
    connect(m_issueKey, &QAction::triggered, this, &RecordActions::issueKey);
    m_changePlan->setObjectName(QStringLiteral("changePlanAction"));
    connect(m_changePlan, &QAction::triggered, this, &RecordActions::changePlan);
    m_setPassword->setObjectName(QStringLiteral("setPasswordAction"));
    connect(m_setPassword, &QAction::triggered, this, &RecordActions::setPassword);
    m_deactivate->setObjectName(QStringLiteral("deactivateAction"));
    m_activate->setObjectName(QStringLiteral("activateAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIcon(AppIcons::themed(QStringLiteral("edit-delete")));
    m_deactivate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    for (QAction *action : {m_deactivate, m_activate, m_delete})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deactivate, &QAction::triggered, this, [this] { start(Kind::Deactivate); });
    connect(m_activate, &QAction::triggered, this, [this] { start(Kind::Activate); });
    connect(m_delete, &QAction::triggered, this, [this] { start(Kind::Delete); });
    connect(m_service, &RecordService::referencesCounted, this, &RecordActions::confirm);
    connect(m_service, &RecordService::written, this, [this](quint64 ticket, const RecordWriter::Result &result) {
        onWritten(ticket, result.message, result.ok());
    });
}

void RecordActions::updateForTable()
{
    const TableSpec *table = Schema::table(m_browser->currentTable());
    m_deactivate->setEnabled(table && RecordWriter::canDeactivate(*table));
    m_activate->setEnabled(table && RecordWriter::canDeactivate(*table));
    m_delete->setEnabled(table && RecordWriter::canDelete(*table));
    // Visibility first: a hidden QAction is also disabled, whatever setEnabled() said before.
    const bool users = table && table->name == QLatin1String("users");
    const bool tenants = table && table->name == QLatin1String("tenants");
    const bool keys = table && table->name == QLatin1String("api_keys");
    m_setPassword->setVisible(users);
    m_setPassword->setEnabled(users);
    m_issueKey->setVisible(users);
    m_issueKey->setEnabled(users);
    m_changePlan->setVisible(tenants);
    m_changePlan->setEnabled(tenants);
    m_deactivate->setText(keys ? tr("&Revoke\u2026") : tr("De&activate\u2026"));
}

QVariantMap RecordActions::singleRow(const QString &table, const QString &hint)
{
    const QList<int> rows = m_browser->selectedSourceRows();
    const QVariantMap loaded = rows.size() == 1 ? m_browser->rowMap(rows.first()) : QVariantMap();
    if (m_browser->currentTable() != table || loaded.isEmpty()) {
        emit statusChanged(hint);
        return {};
    }
    if (!m_service->context().op.canWrite()) {
        emit statusChanged(tr("You are signed in read-only: nothing was changed."));
        return {};
    }
    return loaded;
}

void RecordActions::issueKey()
{
    const QVariantMap user = singleRow(QStringLiteral("users"), tr("Select one user first."));
    if (user.isEmpty())
        return;
    m_browser->openNewRecord(QStringLiteral("api_keys"), {{QStringLiteral("user_id"), user.value(QStringLiteral("id"))},
                                                          {QStringLiteral("tenant_id"), user.value(QStringLiteral("tenant_id"))}});
}

void RecordActions::changePlan()
{
    const QVariantMap tenant = singleRow(QStringLiteral("tenants"), tr("Select one tenant first."));
    if (tenant.isEmpty())
        return;
    auto *dialog = new PlanDialog(tenant, m_service, m_browser);
    dialog->setObjectName(QStringLiteral("planDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::changed, this, [this](const QString &message) {
        emit statusChanged(message);
        emit changed();
    });
    dialog->open();
}

void RecordActions::setPassword()
{
    const TableSpec *users = Schema::table(QStringLiteral("users"));
    const QVariantMap loaded = m_writeTicket ? QVariantMap() : singleRow(users->name, tr("Select one user first."));
    if (loaded.isEmpty())
        return;
    auto *dialog = new PasswordDialog(loaded.value(QStringLiteral("email")).toString(), m_browser);
    dialog->setObjectName(QStringLiteral("passwordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, users, loaded] {
        const QString password = dialog->password();
        m_writeTicket = m_service->write([users, loaded, password](RecordWriter &writer) {
            // Only the hash is written: someone else's edits to the user meanwhile stay.
            const QVariantMap edited = {{QStringLiteral("hashed_password"),
                                         PasswordHasher::hash(password, PasswordHasher::DefaultCost)}};
            return writer.update(*users, loaded, edited, RecordWriter::OnConflict::Overwrite);
        });
    });
    dialog->open();
}

void RecordActions::start(Kind kind)
{
    const TableSpec *table = Schema::table(m_browser->currentTable());
    if (!table || m_confirmation || m_previewTicket || m_writeTicket)
        return;
    if (!m_service->context().op.canWrite()) {
        emit statusChanged(tr("You are signed in read-only: nothing was changed."));
        return;
    }
    m_kind = kind;
    m_rows.clear();
    QStringList ids;
    for (int row : m_browser->selectedSourceRows()) {
        const QVariantMap values = m_browser->rowMap(row);
        if (values.isEmpty())
            continue;  // still loading: never act on a row nobody has seen
        m_rows.append(values);
        ids.append(values.value(table->primaryKey().name).toString());
    }
    if (m_rows.isEmpty() || (kind == Kind::Delete && m_rows.size() != 1)) {
        emit statusChanged(kind == Kind::Delete ? tr("Select one record to delete.") : tr("Select the records first."));
        return;
    }
    emit statusChanged(tr("Looking at what uses the selection\u2026"));
    m_previewTicket = m_service->countReferences(table->name, ids);
}

void RecordActions::confirm(quint64 ticket, const QStringList &tables, const QVariantList &counts)
{
    if (ticket != m_previewTicket)
        return;
    m_previewTicket = 0;
    const TableSpec *table = Schema::table(m_browser->currentTable());
    if (!table)
        return;
    QStringList uses;
    for (int i = 0; i < tables.size(); ++i)
        uses.append(tr("%1 %2").arg(counts.at(i).toLongLong()).arg(Schema::table(tables.at(i))->displayLabelInSentence()));
    const QString what = m_rows.size() == 1
        ? tr("%1 \u201C%2\u201D").arg(table->displayItemLabel(), m_rows.first().value(table->displayColumn).toString())
        : tr("%n %1", nullptr, int(m_rows.size())).arg(table->displayLabelInSentence());
    QString text;
    QString action;
    if (m_kind == Kind::Delete) {
        if (!uses.isEmpty()) {
            emit statusChanged(tr("%1 is still used by %2; it cannot be deleted.").arg(what, uses.join(QStringLiteral(", "))));
            return;
        }
        text = tr("Delete %1? This cannot be undone; the audit trail keeps a copy of its values.").arg(what);
        action = tr("&Delete");
    } else {
        const bool active = m_kind == Kind::Activate;
        text = active ? tr("Activate %1?").arg(what) : tr("Deactivate %1?").arg(what);
        if (!uses.isEmpty())
            text += QLatin1Char('\n') + tr("Used by %1; those records stay as they are.").arg(uses.join(QStringLiteral(", ")));
        action = active ? tr("&Activate") : tr("De&activate");
    }
    m_confirmation = new QMessageBox(m_kind == Kind::Delete ? QMessageBox::Warning : QMessageBox::Question,
                                     tr("Confirm"), text, QMessageBox::Cancel, m_browser);
    m_confirmation->setObjectName(QStringLiteral("recordActionConfirmation"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = m_confirmation->addButton(action, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    connect(go, &QPushButton::clicked, this, [this, table] {
        const QList<QVariantMap> rows = m_rows;
        const Kind kind = m_kind;
        m_writeTicket = m_service->write([table, rows, kind](RecordWriter &writer) {
            if (kind == Kind::Delete)
                return writer.remove(*table, rows.first());
            return writer.setActive(*table, rows, kind == Kind::Activate);
        });
    });
    m_confirmation->open();
}

void RecordActions::onWritten(quint64 ticket, const QString &message, bool ok)
{
    if (ticket != m_writeTicket)
        return;
    m_writeTicket = 0;
    emit statusChanged(message);
    if (ok)
        emit changed();
}
