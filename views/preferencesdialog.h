#pragma once
#include "preferences.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

// Edit → Preferences: rows per page, times in local time or UTC, a question before every
// save, and the colours of the environment bands. The caller saves and applies the result.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void fill(const Preferences &preferences);
    QPushButton *makeColourButton(const QString &objectName);
    static void setColour(QPushButton *button, const QString &colour);
    void pickColour(QPushButton *button, const QString &environment);

    QSpinBox *m_pageSize;
    QComboBox *m_timeDisplay;
    QCheckBox *m_confirmWrites;
    QPushButton *m_development;
    QPushButton *m_staging;
    QPushButton *m_production;
};
