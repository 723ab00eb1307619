#pragma once
#include "preferences.h"
#include <QCoreApplication>
#include <QVariant>

struct ColumnSpec;

// How a stored value reads in a table cell: datetimes in local time or UTC as the preferences
// say (the stored UTC value in the tooltip), JSON
// as a one-line preview, booleans as check marks, secrets masked. Shared by the table view,
// copy and export so every surface shows the same text.
class CellFormatter
{
    Q_DECLARE_TR_FUNCTIONS(CellFormatter)
public:
    static QString display(const ColumnSpec &column, const QVariant &value);
    static QString toolTip(const ColumnSpec &column, const QVariant &value);
    static Qt::Alignment alignment(const ColumnSpec &column);
    // A column's starting width in pixels: narrow for numbers and flags, a uuid's first
    // characters for ids (the tooltip has the rest).
    static int preferredWidth(const ColumnSpec &column);
    // A stored UTC datetime as the operator chose to read it (local time unless set to UTC).
    static QString shownDateTime(const QDateTime &utc);
    static void setTimeDisplay(Preferences::TimeDisplay display);
    static Preferences::TimeDisplay timeDisplay();
    static QString nullText();
};
