#pragma once
#include "dashboardresults.h"
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QTableWidget;
class QValueAxis;
class QWidget;

// What the dashboard's panels share in drawing: chart views themed after the palette, the time
// axis of a scope (every bucket, empty ones included, so gaps show as gaps), bucket labels and
// the colours of quota levels and statuses. Drawing is Qt Charts' own; nothing here paints.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    // A chart view with a chart themed dark or light after the widget's palette.
    static QChartView *makeChartView(QWidget *parent);
    // Enter on a row does what a click on it does, so a panel's list works from the keyboard.
    static void clickOnEnter(QTableWidget *table, void (QTableWidget::*clicked)(int, int));
    // A category axis whose labels are shown whole: Qt's default cuts them to "..." long
    // before they run out of room (tenant names, dates on a rotated axis).
    static QBarCategoryAxis *categoryAxis(QChart *chart);
    // Series and axes removed, ready for a new result.
    static void clear(QChart *chart);

    // The UTC start of each bucket in [scope.from, scope.to), oldest first.
    static QList<QDateTime> bucketStarts(const DashboardScope &scope);
    static QDateTime bucketEnd(const QDateTime &start, DashboardBucket bucket);  // exclusive
    static QHash<QDateTime, int> bucketIndex(const QList<QDateTime> &starts);     // start -> position
    // Axis text for each start: "Jan 08" per day and week, "Jan 2024" per month; unique.
    static QStringList bucketLabels(const QList<QDateTime> &starts, DashboardBucket bucket);
    // "Week of 2024-01-08", "2024-01-08", "January 2024": for crumbs and tooltips.
    static QString bucketName(const QDateTime &start, DashboardBucket bucket);

    // Solid colours that read on a dark and on a light background alike.
    static QColor levelColor(QuotaLevel level);
    static QColor statusColor(const QString &status);  // executions and subscriptions
    // A table cell's background for a level: the level colour, see-through, so the palette's
    // own text colour stays readable on it in dark and light themes.
    static QColor levelBackground(QuotaLevel level);
    static QColor paletteColor(int index);  // series beyond the named ones

    // A bar's category: "Tenant · key", middle-elided to fit a chart's axis, unique among taken.
    static QString rowLabel(const QString &tenant, const QString &key, const QStringList &taken);
    // A count axis along the bars: whole-number ticks up to highest; hidden when nothing is drawn.
    static QValueAxis *countAxis(QChart *chart, double highest, bool empty);
    static QString number(double value);    // "1,234" or "12.5"
    static QString milliseconds(double ms); // "312 ms", "1.4 s"
};
