#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

// Saved connections, kept in QSettings WITHOUT their passwords: a profile stores the URL with
// the password removed; the password itself lives in the system keyring (SecretStore), keyed
// by the profile's id.
struct ConnectionProfile
{
    enum class Environment { Development, Staging, Production };

    QString id;          // uuid, also the keyring key
    QString name;
    QString url;         // SQLAlchemy URL, never with a password
    Environment environment = Environment::Development;
    bool rememberPassword = false;

    static QString environmentName(Environment environment);  // translated
};

class ConnectionProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)
public:
    explicit ConnectionProfiles(QSettings *settings);  // not owned

    QList<ConnectionProfile> all() const;
    ConnectionProfile byId(const QString &id) const;
    // Inserts or replaces by id (a new id when empty); strips any password from the URL.
    ConnectionProfile save(ConnectionProfile profile);
    void remove(const QString &id);
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    static QString withoutPassword(const QString &url);

private:
    void write(const QList<ConnectionProfile> &profiles);
    QSettings *m_settings;
};
