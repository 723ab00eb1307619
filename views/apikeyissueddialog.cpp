#include "apikeyissueddialog.h"
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApiKeyIssuedDialog::ApiKeyIssuedDialog(const QString &secret, const QString &keyName, QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(secret, this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    setWindowTitle(tr("API Key \u201C%1\u201D Issued").arg(keyName));
    m_key->setObjectName(QStringLiteral("issuedKey"));
    m_key->setReadOnly(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(secret) + 24);
    m_copy->setObjectName(QStringLiteral("copyKeyButton"));
    auto *warning = new QLabel(tr("Copy the key now and store it somewhere safe, such as a secret manager. "
                                  "This is the only time it is shown: afadmin stored only its SHA-256 hash, "
                                  "and lists it afterwards as %1\u2026%2.")
                                   .arg(secret.left(4), secret.right(4)),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 8px; }"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_key->text());
        m_copy->setText(tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Done"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_key->selectAll();
    m_key->setFocus();
}

ApiKeyIssuedDialog::~ApiKeyIssuedDialog()
{
    m_key->clear();  // the last copy this program held
}
