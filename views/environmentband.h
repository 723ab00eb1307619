#pragma once
#include "preferences.h"
#include "writeguard.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

// A coloured band naming the connection's environment (development green, staging amber,
// production red) with, on production, "Enable Writes…": a stated reason and a duration, after
// which writes lapse by themselves. The window applies guard().effective() to the operator.
class EnvironmentBand : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentBand(QWidget *parent = nullptr);

    void setEnvironment(WriteGuard::Environment environment);
    // The band's colours per environment (Edit → Preferences); the text reads black or white.
    void setColours(const Preferences &preferences);
    const WriteGuard &guard() const { return m_guard; }
    bool enableWrites(const QString &reason, int minutes);
    void disableWrites();
    QPushButton *enableButton() const { return m_enable; }
    QLabel *label() const { return m_label; }
    // The dialog "Enable Writes…" opens (window-modal); null when none is open.
    QDialog *enableDialog() const { return m_dialog; }

signals:
    void writeAccessChanged();

private:
    void askForReason();
    void refresh();

    WriteGuard m_guard;
    Preferences m_colours;
    QLabel *m_label;
    QPushButton *m_enable;
    QTimer *m_lapse;
    QDialog *m_dialog = nullptr;
};
