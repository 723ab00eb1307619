#include "connectiondialog.h"
#include "databaseurl.h"
#include "secretstore.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

constexpr int ProfileIdRole = Qt::UserRole + 1;

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_store(std::make_unique<QSettings>())
    , m_profiles(std::make_unique<ConnectionProfiles>(m_store.get()))
    , m_secrets(new SecretStore(this))
    , m_probe(new ConnectionProbe(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Connect to a Database"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/agent_factory?sslmode=require"));
    m_url->setToolTip(tr("A SQLAlchemy URL, as in the platform's DATABASE_URL:\n"
                         "sqlite:///relative.db, sqlite:////absolute/path.db or postgresql://user@host:port/db"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Not needed for SQLite"));
    for (auto env : {ConnectionProfile::Environment::Development, ConnectionProfile::Environment::Staging,
                     ConnectionProfile::Environment::Production})
        m_environment->addItem(ConnectionProfile::environmentName(env), int(env));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_error->hide();

    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Environment:"), m_environment);
    auto *urlLabel = new QLabel(tr("Database &URL:"), this);
    urlLabel->setBuddy(m_url);  // a row holding a layout gets no buddy by itself
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved connections:"), this));
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    m_connect->setObjectName(QStringLiteral("connectButton"));

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_error);
    right->addStretch();
    right->addWidget(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);
    resize(760, 360);

    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseForFile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::tryConnect);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionDialog::onProbeFinished);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showProfile(item->data(ProfileIdRole).toString());
    });
    connect(m_secrets, &SecretStore::passwordRead, this, [this](const QString &id, const QString &password) {
        if (id == m_profileId && m_password->text().isEmpty())
            m_password->setText(password);
    });
    connect(m_secrets, &SecretStore::failed, this, [this](const QString &, const QString &message, bool notFound) {
        if (!notFound)
            showError(tr("System keyring: %1. The password is not saved; enter it each time.").arg(message), m_password);
    });
    loadProfiles();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::loadProfiles()
{
    m_list->clear();
    const QString last = m_profiles->lastUsedId();
    for (const ConnectionProfile &p : m_profiles->all()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(p.name, ConnectionProfile::environmentName(p.environment)), m_list);
        item->setData(ProfileIdRole, p.id);
        item->setToolTip(p.url);
        if (p.id == last)
            m_list->setCurrentItem(item);
    }
}

void ConnectionDialog::showProfile(const QString &id)
{
    const ConnectionProfile p = m_profiles->byId(id);
    m_profileId = p.id;
    m_name->setText(p.name);
    m_environment->setCurrentIndex(int(p.environment));
    m_url->setText(p.url);
    m_password->clear();
    m_remember->setChecked(p.rememberPassword);
    m_error->hide();
    if (p.rememberPassword)
        m_secrets->readPassword(p.id);
}

void ConnectionDialog::setSettings(const ConnectionSettings &settings)
{
    m_list->setCurrentItem(nullptr);
    m_profileId.clear();
    m_url->setText(settings.toUrl(false));
    m_password->setText(settings.password);
    m_name->setText(settings.displayName());
}

void ConnectionDialog::newProfile()
{
    m_list->setCurrentItem(nullptr);
    m_profileId.clear();
    m_name->clear();
    m_url->clear();
    m_password->clear();
    m_remember->setChecked(false);
    m_environment->setCurrentIndex(0);
    m_error->hide();
    m_name->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    if (m_profileId.isEmpty())
        return;
    m_secrets->deletePassword(m_profileId);
    m_profiles->remove(m_profileId);
    loadProfiles();
    newProfile();
}

void ConnectionDialog::browseForFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a SQLite Database"), QString(),
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (path.isEmpty())
        return;
    m_url->setText(QStringLiteral("sqlite:///") + path);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(path).fileName());
}

QString ConnectionDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ConnectionDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void ConnectionDialog::setBusy(bool busy)
{
    m_connect->setEnabled(!busy);
    m_connect->setText(busy ? tr("Connecting\u2026") : tr("&Connect"));
}

void ConnectionDialog::tryConnect()
{
    const DatabaseUrl::Parsed parsed = DatabaseUrl::parse(m_url->text());
    if (!parsed.settings) {
        showError(tr("Database URL: %1").arg(parsed.error), m_url);
        return;
    }
    m_settings = *parsed.settings;
    if (!m_password->text().isEmpty())
        m_settings.password = m_password->text();
    m_error->hide();
    setBusy(true);
    m_probe->start(m_settings);
}

void ConnectionDialog::onProbeFinished(const ProbeResult &result)
{
    setBusy(false);
    if (!result.ok()) {
        const bool passwordProblem = result.open.failure == DatabaseConnection::Failure::AuthFailed;
        showError(result.errorMessage(), passwordProblem ? m_password : m_url);
        return;
    }
    ConnectionProfile profile;
    profile.id = m_profileId;
    profile.name = m_name->text().trimmed().isEmpty() ? m_settings.displayName() : m_name->text().trimmed();
    profile.url = m_settings.toUrl(false);
    profile.environment = ConnectionProfile::Environment(m_environment->currentData().toInt());
    profile.rememberPassword = m_remember->isChecked() && !m_settings.password.isEmpty();
    profile = m_profiles->save(profile);
    m_profiles->setLastUsedId(profile.id);
    if (profile.rememberPassword)
        m_secrets->writePassword(profile.id, m_settings.password);
    else
        m_secrets->deletePassword(profile.id);
    accept();
}

ConnectionProfile::Environment ConnectionDialog::environment() const
{
    return ConnectionProfile::Environment(m_environment->currentData().toInt());
}
