#include "passworddialog.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>

PasswordDialog::PasswordDialog(const QString &email, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Set Password for %1").arg(email));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Set Password"));
    QPushButton *generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    generate->setObjectName(QStringLiteral("generatePassword"));
    connect(generate, &QPushButton::clicked, this, &PasswordDialog::generate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::check);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordDialog::check);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(m_problem);
    form->addRow(buttons);
    setMinimumWidth(420);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::generate()
{
    // 16 characters from the system's secure generator, without look-alikes (0/O, 1/l/I).
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_");
    QString password;
    for (int i = 0; i < 16; ++i)
        password.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    m_password->setEchoMode(QLineEdit::Normal);  // shown once, to be copied and handed over
    m_password->setText(password);
    m_repeat->setText(password);
    m_password->selectAll();
    m_password->setFocus();
}

void PasswordDialog::check()
{
    QString problem;
    if (m_password->text().size() < MinimumLength)
        problem = tr("Password: use at least %1 characters").arg(MinimumLength);
    else if (m_password->text() != m_repeat->text())
        problem = tr("Password: the two entries differ");
    m_problem->setText(m_password->text().isEmpty() ? QString() : problem);
    m_ok->setEnabled(problem.isEmpty());
}
