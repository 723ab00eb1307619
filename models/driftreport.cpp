#include "driftreport.h"
#include <algorithm>

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString DriftItem::line() const
{
    if (column.isEmpty())
        return DriftReport::tr("%1: %2").arg(table, problem);
    return DriftReport::tr("%1.%2: %3").arg(table, column, problem);
}

DriftReport DriftReport::notAgentFactoryDatabase(const QString &reason)
{
    DriftReport report;
    report.m_notAgentFactoryReason = reason;
    return report;
}

void DriftReport::append(const DriftItem &item)
{
    m_items.append(item);
}

QList<DriftItem> DriftReport::itemsFor(const QString &table) const
{
    QList<DriftItem> found;
    for (const DriftItem &item : m_items) {
        if (sameName(item.table, table))
            found.append(item);
    }
    return found;
}

bool DriftReport::isTableMissing(const QString &table) const
{
    if (!isAgentFactoryDatabase())
        return true;
    for (const DriftItem &item : m_items) {
        if (item.kind == DriftItem::Kind::MissingTable && sameName(item.table, table))
            return true;
    }
    return false;
}

bool DriftReport::isColumnMissing(const QString &table, const QString &column) const
{
    if (isTableMissing(table))
        return true;
    for (const DriftItem &item : m_items) {
        if (item.kind == DriftItem::Kind::MissingColumn && sameName(item.table, table) && sameName(item.column, column))
            return true;
    }
    return false;
}

bool DriftReport::hasDrift(const QString &table) const
{
    return !isAgentFactoryDatabase() || !itemsFor(table).isEmpty();
}

QString DriftReport::reasonFor(const QString &table, const QString &column) const
{
    if (!isAgentFactoryDatabase())
        return m_notAgentFactoryReason;
    QStringList reasons;
    if (!column.isEmpty()) {
        for (const DriftItem &item : itemsFor(table)) {
            if (sameName(item.column, column))
                reasons.append(item.problem);
        }
        return reasons.join(QStringLiteral("; "));
    }
    const QList<DriftItem> items = itemsFor(table);
    for (const DriftItem &item : items) {
        if (item.column.isEmpty())
            reasons.append(item.problem);
    }
    for (const DriftItem &item : items) {
        if (!item.column.isEmpty())
            reasons.append(tr("%1: %2").arg(item.column, item.problem));
    }
    return reasons.join(QLatin1Char('\n'));
}

QStringList DriftReport::lines() const
{
    QStringList result;
    for (const DriftItem &item : m_items)
        result.append(item.line());
    return result;
}

int DriftReport::oldMigrationCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const DriftItem &item) { return item.fromOldMigration; }));
}
