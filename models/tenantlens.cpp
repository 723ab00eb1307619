#include "tenantlens.h"
#include "ddl.h"
#include "schema.h"

namespace {

const QString tenantColumn = QStringLiteral("tenant_id");

enum class LensKind { None, TenantTable, Direct, Through };

struct Lens
{
    LensKind kind = LensKind::None;
    QString column;                  // the column of t the lens compares
    const TableSpec *via = nullptr;  // Through: the tenant-scoped table the column points at
};

Lens lensFor(const TableSpec &table)
{
    if (table.isTenantScoped())
        return {LensKind::Direct, tenantColumn, nullptr};
    for (const IncomingReference &ref : Schema::referencesTo(table.name)) {
        if (ref.column == tenantColumn)
            return {LensKind::TenantTable, table.primaryKey().name, nullptr};
    }
    // The first such key wins; no table in the schema has two.
    for (const ColumnSpec &c : table.columns) {
        const TableSpec *target = c.isForeignKey() ? Schema::table(c.foreignKey.table) : nullptr;
        if (target && target != &table && target->isTenantScoped())
            return {LensKind::Through, c.name, target};
    }
    return {};
}

QString qualified(const QString &alias, const QString &column, Backend backend)
{
    return alias + QLatin1Char('.') + Ddl::quoteIdentifier(column, backend);
}

} // namespace

bool TenantLens::narrows(const TableSpec &table)
{
    return lensFor(table).kind != LensKind::None;
}

SqlFragment TenantLens::condition(const TableSpec &table, Backend backend, const QStringList &columns,
                                  const QString &tenantId)
{
    const Lens lens = lensFor(table);
    if (lens.kind == LensKind::None || tenantId.isEmpty())
        return {};
    // Show nothing rather than every tenant's rows under a toolbar that names one tenant. No
    // id holds a NUL, and QPSQL would cut the bound value at one.
    if (!columns.contains(lens.column) || tenantId.contains(QChar(0)))
        return {QStringLiteral("1 = 0"), {}};
    const QString expr = qualified(QStringLiteral("t"), lens.column, backend);
    if (lens.kind != LensKind::Through)
        return {expr + QStringLiteral(" = ?"), {tenantId}};
    return {QStringLiteral("%1 IN (SELECT %2 FROM %3 lv WHERE %4 = ?)")
                .arg(expr, qualified(QStringLiteral("lv"), lens.via->primaryKey().name, backend), lens.via->name,
                     qualified(QStringLiteral("lv"), tenantColumn, backend)),
            {tenantId}};
}
