#include "savedviews.h"
#include <QCollator>
#include <QSettings>
#include <QUrl>

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString decoded(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toLatin1());
}

} // namespace

QVariantMap SavedView::toMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("filters"), filters.toMap());
    map.insert(QStringLiteral("sortColumn"), sortColumn);
    // By name, not Qt's enum value, so the settings read plainly.
    map.insert(QStringLiteral("sortOrder"),
               sortOrder == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc"));
    return map;
}

SavedView SavedView::fromMap(const QVariantMap &map)
{
    SavedView view;
    view.filters = FilterSet::fromMap(map.value(QStringLiteral("filters")).toMap());
    view.sortColumn = map.value(QStringLiteral("sortColumn")).toString();
    view.sortOrder = map.value(QStringLiteral("sortOrder")).toString() == QLatin1String("desc") ? Qt::DescendingOrder
                                                                                              : Qt::AscendingOrder;
    return view;
}

bool SavedView::operator==(const SavedView &other) const
{
    return filters == other.filters && sortColumn == other.sortColumn && sortOrder == other.sortOrder;
}

SavedViews::SavedViews(QSettings *settings)
    : m_settings(settings)
{
}

QString SavedViews::group(const QString &table)
{
    return QStringLiteral("views/") + encoded(table);
}

QString SavedViews::key(const QString &table, const QString &name)
{
    return group(table) + QLatin1Char('/') + encoded(name.trimmed());
}

QStringList SavedViews::names(const QString &table) const
{
    m_settings->beginGroup(group(table));
    const QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    QStringList result;
    for (const QString &k : keys)
        result.append(decoded(k));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

bool SavedViews::save(const QString &table, const QString &name, const SavedView &view)
{
    if (table.isEmpty() || name.trimmed().isEmpty())
        return false;
    m_settings->setValue(key(table, name), view.toMap());
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

std::optional<SavedView> SavedViews::load(const QString &table, const QString &name) const
{
    const QVariant stored = m_settings->value(key(table, name));
    if (!stored.isValid())
        return std::nullopt;
    return SavedView::fromMap(stored.toMap());
}

void SavedViews::remove(const QString &table, const QString &name)
{
    m_settings->remove(key(table, name));
    m_settings->sync();
}
