#include "environmentband.h"
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

EnvironmentBand::EnvironmentBand(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_enable(new QPushButton(tr("&Enable Writes\u2026"), this))
    , m_lapse(new QTimer(this))
{
    setObjectName(QStringLiteral("environmentBand"));
    setAttribute(Qt::WA_StyledBackground);
    m_label->setObjectName(QStringLiteral("environmentLabel"));
    m_enable->setObjectName(QStringLiteral("enableWritesButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_enable);
    m_lapse->setSingleShot(true);
    connect(m_lapse, &QTimer::timeout, this, [this] {
        m_guard.disable();
        refresh();
        emit writeAccessChanged();
    });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        if (m_guard.writesEnabled() && m_guard.isProduction())
            disableWrites();
        else
            askForReason();
    });
    refresh();
}

void EnvironmentBand::setEnvironment(WriteGuard::Environment environment)
{
    m_guard.setEnvironment(environment);
    m_lapse->stop();
    refresh();
    emit writeAccessChanged();
}

void EnvironmentBand::setColours(const Preferences &preferences)
{
    m_colours = preferences;
    refresh();
}

bool EnvironmentBand::enableWrites(const QString &reason, int minutes)
{
    if (!m_guard.enable(reason, minutes))
        return false;
    m_lapse->start(std::chrono::minutes(minutes));
    refresh();
    emit writeAccessChanged();
    return true;
}

void EnvironmentBand::disableWrites()
{
    m_guard.disable();
    m_lapse->stop();
    refresh();
    emit writeAccessChanged();
}

void EnvironmentBand::askForReason()
{
    if (m_dialog)
        return;
    m_dialog = new QDialog(window());
    m_dialog->setObjectName(QStringLiteral("enableWritesDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(tr("Enable Writes on Production"));
    auto *reason = new QLineEdit(m_dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setPlaceholderText(tr("e.g. INC-1234: restore the quota of Acme"));
    auto *duration = new QComboBox(m_dialog);
    duration->setObjectName(QStringLiteral("durationCombo"));
    for (int minutes : {15, 30, 60, 120})
        duration->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    auto *form = new QFormLayout(m_dialog);
    auto *note = new QLabel(tr("Every change you save while writes are enabled records this reason in its audit row."), m_dialog);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&For:"), duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, m_dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enable Writes"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, buttons, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, m_dialog, [this, reason, duration] {
        enableWrites(reason->text(), duration->currentData().toInt());
        m_dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    form->addRow(buttons);
    m_dialog->setMinimumWidth(420);
    m_dialog->open();
}

void EnvironmentBand::refresh()
{
    using Environment = WriteGuard::Environment;
    const QString name = ConnectionProfile::environmentName(m_guard.environment());
    QString text;
    QString background;
    QString emphasis;
    switch (m_guard.environment()) {
    case Environment::Development:
        text = tr("%1").arg(name);
        background = m_colours.developmentColour;
        break;
    case Environment::Staging:
        text = tr("%1 \u2014 shared data: take care").arg(name);
        background = m_colours.stagingColour;
        break;
    case Environment::Production:
        text = m_guard.writesEnabled()
            ? tr("%1 \u2014 writes enabled until %2: %3")
                  .arg(name.toUpper(), m_guard.enabledUntil().toLocalTime().toString(QStringLiteral("HH:mm")), m_guard.reason())
            : tr("%1 \u2014 read-only").arg(name.toUpper());
        background = m_colours.productionColour;
        emphasis = QStringLiteral("font-weight: bold;");
        break;
    }
    m_label->setText(text);
    // Dark text on a light band, white on a dark one, whatever colour the operator picked.
    const QColor fill(background);
    const QString textColour = fill.lightness() < 140 ? QStringLiteral("white") : fill.darker(400).name();
    const QString colours = QStringLiteral("background: %1; color: %2; %3").arg(fill.name(), textColour, emphasis);
    setStyleSheet(QStringLiteral("#environmentBand { %1 } #environmentBand QLabel { %1 }").arg(colours));
    m_enable->setVisible(m_guard.isProduction());
    m_enable->setText(m_guard.writesEnabled() ? tr("&Disable Writes") : tr("&Enable Writes\u2026"));
}
