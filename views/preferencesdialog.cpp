#include "preferencesdialog.h"
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const char *colourProperty = "colour";

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_pageSize(new QSpinBox(this))
    , m_timeDisplay(new QComboBox(this))
    , m_confirmWrites(new QCheckBox(tr("As&k before saving a record"), this))
    , m_development(makeColourButton(QStringLiteral("developmentColourButton")))
    , m_staging(makeColourButton(QStringLiteral("stagingColourButton")))
    , m_production(makeColourButton(QStringLiteral("productionColourButton")))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpin"));
    m_pageSize->setRange(Preferences::minimumPageSize, Preferences::maximumPageSize);
    m_pageSize->setSingleStep(50);
    m_pageSize->setSuffix(tr(" rows"));
    m_pageSize->setToolTip(tr("How many rows each read from the database brings; larger pages mean fewer reads "
                              "while scrolling and more memory."));
    m_timeDisplay->setObjectName(QStringLiteral("timeDisplayCombo"));
    m_timeDisplay->addItem(tr("Local time"), QVariant::fromValue(int(Preferences::TimeDisplay::Local)));
    m_timeDisplay->addItem(tr("UTC (as stored)"), QVariant::fromValue(int(Preferences::TimeDisplay::Utc)));
    m_confirmWrites->setObjectName(QStringLiteral("confirmWritesCheck"));

    auto *browsing = new QGroupBox(tr("Browsing"), this);
    auto *browsingForm = new QFormLayout(browsing);
    browsingForm->addRow(tr("&Page size:"), m_pageSize);
    browsingForm->addRow(tr("&Times shown in:"), m_timeDisplay);
    auto *editing = new QGroupBox(tr("Editing"), this);
    auto *editingForm = new QFormLayout(editing);
    editingForm->addRow(m_confirmWrites);
    auto *colours = new QGroupBox(tr("Environment colours"), this);
    auto *coloursForm = new QFormLayout(colours);
    coloursForm->addRow(tr("&Development:"), m_development);
    coloursForm->addRow(tr("&Staging:"), m_staging);
    coloursForm->addRow(tr("P&roduction:"), m_production);
    connect(m_development, &QPushButton::clicked, this, [this] { pickColour(m_development, tr("Development")); });
    connect(m_staging, &QPushButton::clicked, this, [this] { pickColour(m_staging, tr("Staging")); });
    connect(m_production, &QPushButton::clicked, this, [this] { pickColour(m_production, tr("Production")); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { fill(Preferences()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browsing);
    layout->addWidget(editing);
    layout->addWidget(colours);
    layout->addStretch(1);
    layout->addWidget(buttons);
    fill(current);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.pageSize = m_pageSize->value();
    p.timeDisplay = Preferences::TimeDisplay(m_timeDisplay->currentData().toInt());
    p.confirmWrites = m_confirmWrites->isChecked();
    p.developmentColour = m_development->property(colourProperty).toString();
    p.stagingColour = m_staging->property(colourProperty).toString();
    p.productionColour = m_production->property(colourProperty).toString();
    return p;
}

void PreferencesDialog::fill(const Preferences &preferences)
{
    m_pageSize->setValue(preferences.pageSize);
    m_timeDisplay->setCurrentIndex(m_timeDisplay->findData(int(preferences.timeDisplay)));
    m_confirmWrites->setChecked(preferences.confirmWrites);
    setColour(m_development, preferences.developmentColour);
    setColour(m_staging, preferences.stagingColour);
    setColour(m_production, preferences.productionColour);
}

QPushButton *PreferencesDialog::makeColourButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setMinimumWidth(120);
    return button;
}

void PreferencesDialog::setColour(QPushButton *button, const QString &colour)
{
    button->setProperty(colourProperty, colour);
    button->setText(colour);
    // The swatch's text in black or white, whichever reads on it.
    const QString text = QColor(colour).lightness() < 140 ? QStringLiteral("white") : QStringLiteral("black");
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; }").arg(colour, text));
}

void PreferencesDialog::pickColour(QPushButton *button, const QString &environment)
{
    const QColor chosen = QColorDialog::getColor(QColor(button->property(colourProperty).toString()), this,
                                                 tr("Colour of %1").arg(environment));
    if (chosen.isValid())
        setColour(button, chosen.name());
}
