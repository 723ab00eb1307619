#pragma once
#include "tablefilter.h"
#include <QStringList>
#include <optional>

class QSettings;

// A named view of one table: its filters, quick search, tenant lens and sort.
struct SavedView
{
    FilterSet filters;
    QString sortColumn;  // a column name; empty for the table's default order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    QVariantMap toMap() const;
    static SavedView fromMap(const QVariantMap &map);
    bool operator==(const SavedView &other) const;
};

// Named views per table, in QSettings under "views/<table>/<name>" as a QVariantMap (QSettings
// serialises the nested maps, lists and datetimes itself). Names are stored percent-encoded, so
// a "/" or "\" in a name never becomes a settings group.
class SavedViews
{
public:
    explicit SavedViews(QSettings *settings);  // not owned

    QStringList names(const QString &table) const;  // sorted for a menu
    bool save(const QString &table, const QString &name, const SavedView &view);  // false: blank name
    std::optional<SavedView> load(const QString &table, const QString &name) const;
    void remove(const QString &table, const QString &name);

private:
    static QString key(const QString &table, const QString &name);
    static QString group(const QString &table);

    QSettings *m_settings;
};
