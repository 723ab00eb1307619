#pragma once
#include "operatoridentity.h"
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class RecordService;

// Signs the operator in with a platform account (email and password, checked by
// OperatorAuthenticator on the record worker's thread). On a local SQLite file a developer may
// instead browse read-only without an account. Refusals say why; after repeated failures the
// Sign In button waits out the backoff with a countdown.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(RecordService *service, bool allowWithoutSignIn, QWidget *parent = nullptr);

    OperatorIdentity identity() const { return m_identity; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *messageLabel() const { return m_message; }

private:
    void submit();
    void tick();

    RecordService *m_service;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    QTimer *m_countdown;
    int m_waitSeconds = 0;
    quint64 m_ticket = 0;
    OperatorIdentity m_identity;
};
