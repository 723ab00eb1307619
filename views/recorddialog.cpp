#include "recorddialog.h"
#include "apikey.h"
#include "apikeyissueddialog.h"
#include "conflictdialog.h"
#include "passwordhasher.h"
#include "preferences.h"
#include "recordform.h"
#include "recordservice.h"
#include "recordtimeline.h"
#include "schema.h"
#include "valuecodec.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

constexpr int minimumPasswordLength = 8;

QVariantMap startingValues(RecordDialog::Mode mode, const TableSpec &table, const QVariantMap &loaded)
{
    QVariantMap values;
    for (const ColumnSpec &column : table.columns) {
        const bool setByApp = column.primaryKey || column.name == QLatin1String("created_at")
                           || column.name == QLatin1String("updated_at");
        if (mode == RecordDialog::Mode::Edit)
            values.insert(column.name, loaded.value(column.name));
        else if (setByApp || column.isSecret())
            values.insert(column.name, QVariant());
        else if (mode == RecordDialog::Mode::Duplicate || loaded.contains(column.name))
            values.insert(column.name, loaded.value(column.name));  // Create: the caller's starting values
        else if (column.defaultKind == ColumnDefault::Value)
            values.insert(column.name, ValueCodec::defaultFor(column));
    }
    return values;
}

} // namespace

RecordDialog::RecordDialog(Mode mode, const TableSpec &table, const QStringList &columns, const QVariantMap &loaded,
                           RecordService *service, RecordTimeline *timeline, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_table(&table)
    , m_service(service)
    , m_loaded(loaded)
    , m_form(new RecordForm(table, columns, service, this))
    , m_message(new QLabel(this))
{
    const QString item = table.displayItemLabel();
    const QString shown = loaded.value(table.displayColumn).toString();
    setWindowTitle(mode == Mode::Create ? tr("New %1").arg(item)
                   : mode == Mode::Duplicate ? tr("Copy of %1 \u201C%2\u201D").arg(item, shown)
                                             : tr("%1 \u201C%2\u201D").arg(item, shown));
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_form->setValues(startingValues(mode, table, loaded));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    if (table.name == QLatin1String("api_keys") && mode == Mode::Edit)
        addKeyHint(pageLayout, loaded.value(table.primaryKey().name).toString());
    pageLayout->addWidget(m_form);
    if (table.name == QLatin1String("users") && mode != Mode::Edit) {
        auto *passwords = new QFormLayout;
        m_password = new QLineEdit(page);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(page);
        m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        passwords->addRow(tr("&Password *"), m_password);
        passwords->addRow(tr("R&epeat password *"), m_repeat);
        pageLayout->addLayout(passwords);
    }
    pageLayout->addStretch(1);
    scroll->setWidget(page);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(mode == Mode::Edit ? tr("&Save") : tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!service || !service->context().op.canWrite()) {
        m_save->setEnabled(false);
        showMessage(tr("You are signed in read-only: this form cannot be saved."), false);
    }
    connect(service, &RecordService::written, this, &RecordDialog::onWritten);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    if (timeline && mode == Mode::Edit) {
        auto *split = new QSplitter(this);
        split->addWidget(left);
        timeline->setParent(split);
        split->addWidget(timeline);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        layout->addWidget(split);
        resize(1100, 640);
    } else {
        if (timeline)
            timeline->deleteLater();
        layout->addWidget(left);
        resize(620, 640);
    }
    m_form->focusFirstField();
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::addKeyHint(QVBoxLayout *layout, const QString &apiKeyId)
{
    m_keyHint = new QLabel(tr("Key: looking it up in the audit trail\u2026"), this);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_keyHint);
    if (!m_service)
        return;
    const quint64 ticket = m_service->findKeyHint(apiKeyId);
    connect(m_service, &RecordService::keyHintFound, this, [this, ticket](quint64 found, const QString &hint) {
        if (found != ticket)
            return;
        m_keyHint->setText(hint.isEmpty() ? tr("Key: not issued by afadmin (only its hash is known)")
                                          : tr("Key: %1 (shown in full only when it was issued)").arg(hint));
    });
}

bool RecordDialog::isApiKey() const
{
    return m_table->name == QLatin1String("api_keys") && m_mode != Mode::Edit;
}

void RecordDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { background: #f8d7da; color: #58151c; border: 1px solid #f1aeb5; padding: 6px; }")
                                     : QStringLiteral("QLabel { background: #cfe2ff; color: #052c65; border: 1px solid #9ec5fe; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

FieldProblems RecordDialog::passwordProblems() const
{
    if (!m_password)
        return {};
    const QString label = tr("Password");
    if (m_password->text().size() < minimumPasswordLength)
        return {{QStringLiteral("password"), tr("%1: use at least %2 characters").arg(label).arg(minimumPasswordLength)}};
    if (m_password->text() != m_repeat->text())
        return {{QStringLiteral("password"), tr("%1: the two entries differ").arg(label)}};
    return {};
}

void RecordDialog::save(RecordWriter::OnConflict onConflict)
{
    FieldProblems problems = m_form->localProblems() + passwordProblems();
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        showMessage(problems.first().message, true);
        if (problems.first().column == QLatin1String("password"))
            m_password->setFocus();
        return;
    }
    if (onConflict == RecordWriter::OnConflict::Refuse && Preferences::load().confirmWrites) {
        const QString item = m_table->displayItemLabel();
        auto *question = new QMessageBox(QMessageBox::Question, windowTitle(),
                                         m_mode == Mode::Edit ? tr("Save the changes to this %1?").arg(item)
                                                              : tr("Create this %1?").arg(item),
                                         QMessageBox::Save | QMessageBox::Cancel, this);
        question->setObjectName(QStringLiteral("confirmWriteBox"));
        question->setDefaultButton(QMessageBox::Save);
        question->setAttribute(Qt::WA_DeleteOnClose);
        connect(question, &QMessageBox::finished, this, [this](int button) {
            if (button == QMessageBox::Save)
                write(RecordWriter::OnConflict::Refuse);
        });
        question->open();
        return;
    }
    write(onConflict);
}

void RecordDialog::write(RecordWriter::OnConflict onConflict)
{
    const TableSpec *table = m_table;
    const QVariantMap values = m_form->values();
    RecordWorker::Job job;
    if (m_mode == Mode::Edit) {
        const QVariantMap loaded = m_loaded;
        job = [table, loaded, values, onConflict](RecordWriter &writer) { return writer.update(*table, loaded, values, onConflict); };
    } else {
        const QString password = m_password ? m_password->text() : QString();
        QVariantMap notes;
        m_issuedKey.clear();
        QVariantMap row = values;
        if (isApiKey()) {
            // A new key for every attempt; only its hash and hint leave this dialog.
            const ApiKey key = ApiKey::generate();
            m_issuedKey = key.secret;
            row.insert(QStringLiteral("key_hash"), key.hash);
            notes.insert(QStringLiteral("key"), key.hint);
        }
        job = [table, row, password, notes](RecordWriter &writer) {
            QVariantMap complete = row;
            if (!password.isEmpty())  // bcrypt takes a quarter second: on the worker's thread
                complete.insert(QStringLiteral("hashed_password"), PasswordHasher::hash(password, PasswordHasher::DefaultCost));
            return writer.create(*table, complete, notes);
        };
    }
    m_save->setEnabled(false);
    showMessage(tr("Saving\u2026"), false);
    m_ticket = m_service->write(job);
}

void RecordDialog::onWritten(quint64 ticket, const RecordWriter::Result &result)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_save->setEnabled(true);
    switch (result.outcome) {
    case RecordWriter::Outcome::Written:
    case RecordWriter::Outcome::Unchanged:
        m_savedRow = result.row;
        showMessage(result.message, false);
        if (result.outcome == RecordWriter::Outcome::Written)
            emit saved(result.row);
        if (!m_issuedKey.isEmpty() && result.outcome == RecordWriter::Outcome::Written) {
            auto *issued = new ApiKeyIssuedDialog(m_issuedKey, result.row.value(QStringLiteral("name")).toString(), parentWidget());
            issued->setObjectName(QStringLiteral("apiKeyIssuedDialog"));
            issued->setAttribute(Qt::WA_DeleteOnClose);
            issued->open();
            m_issuedKey.clear();
        }
        accept();
        return;
    case RecordWriter::Outcome::Refused:
        m_form->showProblems(result.problems);
        showMessage(result.message, true);
        return;
    case RecordWriter::Outcome::Conflict: {
        showMessage(result.message, true);
        if (result.row.isEmpty())
            return;  // deleted meanwhile: nothing to reload or overwrite
        auto *conflict = new ConflictDialog(*m_table, result.changedByOthers, result.row, m_form->values(), result.message, this);
        conflict->setAttribute(Qt::WA_DeleteOnClose);
        const QVariantMap theirs = result.row;
        connect(conflict, &QDialog::finished, this, [this, theirs](int choice) {
            if (choice == ConflictDialog::Reload) {
                m_loaded = theirs;
                m_form->setValues(theirs);
                showMessage(tr("Reloaded the saved version; your edits were dropped."), false);
            } else if (choice == ConflictDialog::Overwrite) {
                save(RecordWriter::OnConflict::Overwrite);
            }
        });
        conflict->open();
        return;
    }
    case RecordWriter::Outcome::Forbidden:
    case RecordWriter::Outcome::Failed:
        showMessage(result.message, true);
        return;
    }
}
