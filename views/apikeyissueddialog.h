#pragma once
#include <QDialog>

class QLineEdit;
class QPushButton;

// Shows a newly issued API key, the one time it is ever shown: selectable, with a copy
// button and a plain warning. Only its hash was stored; closing the dialog forgets the key.
class ApiKeyIssuedDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeyIssuedDialog(const QString &secret, const QString &keyName, QWidget *parent = nullptr);
    ~ApiKeyIssuedDialog() override;

    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_key;
    QPushButton *m_copy;
};
