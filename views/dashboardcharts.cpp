#include "dashboardcharts.h"
#include "dashboardqueries.h"
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPalette>
#include <QShortcut>
#include <QTableWidget>
#include <QValueAxis>
#include <QWidget>
#include <cmath>

void DashboardCharts::clickOnEnter(QTableWidget *table, void (QTableWidget::*clicked)(int, int))
{
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto *enter = new QShortcut(table);
        enter->setKey(QKeySequence(key));
        enter->setContext(Qt::WidgetShortcut);
        QObject::connect(enter, &QShortcut::activated, table, [table, clicked] {
            if (table->currentRow() >= 0)
                emit (table->*clicked)(table->currentRow(), table->currentColumn());
        });
    }
}

QChartView *DashboardCharts::makeChartView(QWidget *parent)
{
    auto *chart = new QChart;  // the view takes it in setChart() below
    // The theme first: it resets colours, so series added later keep the ones set on them.
    const bool dark = parent && parent->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);  // figures must be right on first paint
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QBarCategoryAxis *DashboardCharts::categoryAxis(QChart *chart)
{
    auto *axis = new QBarCategoryAxis(chart);
    axis->setTruncateLabels(false);
    return axis;
}

QString DashboardCharts::rowLabel(const QString &tenant, const QString &key, const QStringList &taken)
{
    // Untruncated axis labels that are too long run off the chart's edge: cut the middle.
    constexpr int maxChars = 22;  // at 1280 px a panel's chart gives its labels about 170 px
    QString label = tr("%1 \u00B7 %2").arg(tenant, key);
    if (label.size() > maxChars)
        label = label.left(maxChars / 2 - 1) + QStringLiteral("\u2026") + label.right(maxChars / 2);
    while (taken.contains(label))
        label += QLatin1Char(' ');  // categories must differ; the space does not show
    return label;
}

QValueAxis *DashboardCharts::countAxis(QChart *chart, double highest, bool empty)
{
    auto *axis = new QValueAxis(chart);
    // Ticks at whole numbers: a %d format over fractional ticks would print 0, 0, 0, 1.
    double step = 1;
    while (highest / step > 5)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, step * std::max(1.0, std::ceil(highest * 1.05 / step)));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setVisible(!empty);
    return axis;
}

QHash<QDateTime, int> DashboardCharts::bucketIndex(const QList<QDateTime> &starts)
{
    QHash<QDateTime, int> index;
    for (int i = 0; i < starts.size(); ++i)
        index.insert(starts.at(i), i);
    return index;
}

void DashboardCharts::clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
}

QList<QDateTime> DashboardCharts::bucketStarts(const DashboardScope &scope)
{
    QList<QDateTime> starts;
    if (!scope.from.isValid() || !scope.to.isValid())
        return starts;
    QDateTime start(DashboardQueries::bucketStart(scope.from.toUTC().date(), scope.bucket), QTime(0, 0), Qt::UTC);
    for (int guard = 0; start < scope.to && guard < 400; ++guard) {
        starts.append(start);
        start = bucketEnd(start, scope.bucket);
    }
    return starts;
}

QDateTime DashboardCharts::bucketEnd(const QDateTime &start, DashboardBucket bucket)
{
    switch (bucket) {
    case DashboardBucket::Day:
        return start.addDays(1);
    case DashboardBucket::Week:
        return start.addDays(7);
    case DashboardBucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QStringList DashboardCharts::bucketLabels(const QList<QDateTime> &starts, DashboardBucket bucket)
{
    // English month names whatever the locale: the axis stays the same in screenshots and tests.
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QStringList labels;
    for (const QDateTime &start : starts) {
        labels.append(bucket == DashboardBucket::Month ? c.toString(start.date(), QStringLiteral("MMM yyyy"))
                                                       : c.toString(start.date(), QStringLiteral("MMM dd")));
    }
    return labels;
}

QString DashboardCharts::bucketName(const QDateTime &start, DashboardBucket bucket)
{
    const QString day = start.date().toString(Qt::ISODate);
    switch (bucket) {
    case DashboardBucket::Day:
        return day;
    case DashboardBucket::Week:
        return tr("week of %1").arg(day);
    case DashboardBucket::Month:
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(start.date(), QStringLiteral("MMMM yyyy"));
    }
    return day;
}

QColor DashboardCharts::levelColor(QuotaLevel level)
{
    switch (level) {
    case QuotaLevel::Ok:
        return QColor(0x3c, 0x9d, 0x6b);
    case QuotaLevel::Amber:
        return QColor(0xe6, 0x9b, 0x00);
    case QuotaLevel::Red:
        return QColor(0xe0, 0x3e, 0x3e);
    }
    return QColor(Qt::gray);
}

QColor DashboardCharts::levelBackground(QuotaLevel level)
{
    if (level == QuotaLevel::Ok)
        return QColor();
    QColor color = levelColor(level);
    color.setAlpha(110);
    return color;
}

QColor DashboardCharts::statusColor(const QString &status)
{
    if (status == QLatin1String("completed") || status == QLatin1String("active"))
        return QColor(0x3c, 0x9d, 0x6b);
    if (status == QLatin1String("failed") || status == QLatin1String("expired"))
        return QColor(0xe0, 0x3e, 0x3e);
    if (status == QLatin1String("running"))
        return QColor(0x3f, 0x8f, 0xd8);
    if (status == QLatin1String("pending") || status == QLatin1String("cancelled"))
        return QColor(0xe6, 0x9b, 0x00);
    return QColor(0x8c, 0x8c, 0x9a);
}

QColor DashboardCharts::paletteColor(int index)
{
    static const QList<QColor> colors = {QColor(0x3f, 0x8f, 0xd8), QColor(0x9b, 0x6b, 0xd6), QColor(0x2f, 0xb3, 0xb3),
                                         QColor(0xd9, 0x6a, 0xa7), QColor(0xa0, 0xb8, 0x3a), QColor(0xe0, 0x84, 0x4a),
                                         QColor(0x6c, 0x7f, 0xe0), QColor(0x8c, 0x8c, 0x9a)};
    return colors.at(index % colors.size());
}

QString DashboardCharts::number(double value)
{
    const QLocale locale;
    if (value == double(qint64(value)))
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', std::abs(value) >= 100 ? 1 : 2);
}

QString DashboardCharts::milliseconds(double ms)
{
    if (ms < 10)
        return tr("%1 ms").arg(ms, 0, 'f', 1);  // a quick query is not "0 ms"
    if (ms < 1000)
        return tr("%1 ms").arg(qRound(ms));
    return tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}
