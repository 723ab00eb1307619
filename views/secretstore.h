#pragma once
#include <QObject>

// Passwords in the system keyring (Secret Service through QtKeychain), keyed by profile id.
// There is no insecure fallback: without a keyring nothing is stored and the app asks again.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    void readPassword(const QString &profileId);
    void writePassword(const QString &profileId, const QString &password);
    void deletePassword(const QString &profileId);
    static QString serviceName();

signals:
    void passwordRead(const QString &profileId, const QString &password);
    void passwordWritten(const QString &profileId);
    void passwordDeleted(const QString &profileId);
    // notFound: the keyring works but holds nothing for this profile.
    void failed(const QString &profileId, const QString &message, bool notFound);
};
