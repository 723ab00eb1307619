#include "signindialog.h"
#include "recordservice.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SignInDialog::SignInDialog(RecordService *service, bool allowWithoutSignIn, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(nullptr)
    , m_countdown(new QTimer(this))
{
    setWindowTitle(tr("Sign In"));
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_message->hide();

    auto *intro = new QLabel(tr("Sign in with your Agent Factory account. Administrators can make changes; "
                                "support staff browse read-only."), this);
    intro->setWordWrap(true);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Email:"), m_email);
    fields->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    if (allowWithoutSignIn) {
        QPushButton *readOnly = buttons->addButton(tr("&Read-Only, No Sign-In"), QDialogButtonBox::ActionRole);
        readOnly->setObjectName(QStringLiteral("readOnlyButton"));
        readOnly->setToolTip(tr("Browse this local database file without an account; nothing can be changed."));
        connect(readOnly, &QPushButton::clicked, this, [this] {
            m_identity = {QString(), QString(), OperatorIdentity::Access::ReadOnly};
            accept();
        });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_service, &RecordService::signedIn, this, [this](quint64 ticket, const OperatorAuthenticator::SignIn &result) {
        if (ticket != m_ticket)
            return;
        m_ticket = 0;
        if (result.ok()) {
            m_identity = result.identity;
            accept();
            return;
        }
        m_message->setText(result.message);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        m_waitSeconds = result.retryAfterSeconds;
        tick();
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        --m_waitSeconds;
        tick();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_email->setFocus();
}

void SignInDialog::submit()
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your email and password."));
        m_message->show();
        return;
    }
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Signing in\u2026"));
    m_ticket = m_service->signIn(m_email->text().trimmed(), m_password->text());
}

void SignInDialog::tick()
{
    if (m_waitSeconds > 0) {
        m_signIn->setEnabled(false);
        m_signIn->setText(tr("Wait %n s", nullptr, m_waitSeconds));
        m_countdown->start();
        return;
    }
    m_countdown->stop();
    m_signIn->setEnabled(true);
    m_signIn->setText(tr("&Sign In"));
}
