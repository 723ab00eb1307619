#pragma once
#include "connectionprobe.h"
#include "connectionprofiles.h"
#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class SecretStore;

// Choose or enter a database: saved profiles on the left, a SQLAlchemy URL and password on
// the right. Connect tries the connection off the UI thread; a failure is shown in the dialog,
// naming what failed, and everything typed stays as it was.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const { return m_settings; }
    ConnectionProfile::Environment environment() const;
    QString errorText() const;
    void showFailure(const QString &message) { showError(message, nullptr); }

private:
    void loadProfiles();
    void showProfile(const QString &id);
    void newProfile();
    void deleteProfile();
    void browseForFile();
    void tryConnect();
    void onProbeFinished(const ProbeResult &result);
    void showError(const QString &message, QWidget *field);
    void setBusy(bool busy);

    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    SecretStore *m_secrets = nullptr;
    ConnectionProbe *m_probe = nullptr;
    ConnectionSettings m_settings;
    QString m_profileId;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
};
