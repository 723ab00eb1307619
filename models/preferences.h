#pragma once
#include <QString>

class QSettings;

// What the operator chose in Edit → Preferences, kept in QSettings under "preferences/" (no
// secret ever goes there). Colours are "#rrggbb" text: models has no QtGui.
struct Preferences
{
    enum class TimeDisplay { Local, Utc };

    static constexpr int minimumPageSize = 50;
    static constexpr int maximumPageSize = 2000;

    int pageSize = 200;  // rows per page read from the database
    TimeDisplay timeDisplay = TimeDisplay::Local;
    bool confirmWrites = false;  // ask "Save …?" before every write from a form
    QString developmentColour = QStringLiteral("#d1e7dd");
    QString stagingColour = QStringLiteral("#fff3cd");
    QString productionColour = QStringLiteral("#dc3545");

    // Out-of-range or malformed values fall back to the defaults above.
    static Preferences load(const QSettings &settings);
    static Preferences load();  // the application's QSettings
    void save(QSettings &settings) const;
    void save() const;

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }
};
