#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// A new password for a user: typed twice, or generated (then shown here once, to be copied and
// handed over; it is never stored or logged anywhere but as its bcrypt hash).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &email, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *okButton() const { return m_ok; }

    static constexpr int MinimumLength = 8;

private:
    void generate();
    void check();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_ok;
};
