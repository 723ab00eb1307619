#include "tablefilter.h"
#include "ipaddresstext.h"
#include "schema.h"
#include "valuecodec.h"
#include <QDateTime>
#include <QLocale>

namespace {

struct OpName
{
    ColumnFilter::Op op;
    const char *key;
};

// Saved views store these keys: never rename one.
constexpr OpName opNames[] = {
    {ColumnFilter::Op::Contains, "contains"},
    {ColumnFilter::Op::Equals, "equals"},
    {ColumnFilter::Op::NotEquals, "not_equals"},
    {ColumnFilter::Op::AtLeast, "at_least"},
    {ColumnFilter::Op::AtMost, "at_most"},
    {ColumnFilter::Op::Between, "between"},
    {ColumnFilter::Op::IsTrue, "is_true"},
    {ColumnFilter::Op::IsFalse, "is_false"},
    {ColumnFilter::Op::OneOf, "one_of"},
    {ColumnFilter::Op::IsEmpty, "is_empty"},
    {ColumnFilter::Op::IsNotEmpty, "is_not_empty"},
    {ColumnFilter::Op::JsonKeyEquals, "json_key_equals"},
    {ColumnFilter::Op::JsonKeyContains, "json_key_contains"},
    {ColumnFilter::Op::DisplayContains, "display_contains"},
    {ColumnFilter::Op::DisplayEquals, "display_equals"},
    {ColumnFilter::Op::InSubnet, "in_subnet"},
};

constexpr int chipTextLength = 40;

// Chips are one short line: control characters (NUL, newlines) become their visible Unicode
// pictures (U+2400 block) and long text is cut with an ellipsis.
QString chipText(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
        else if (c.unicode() == 0x7f)
            c = QChar(0x2421);
    }
    if (shown.size() > chipTextLength)
        shown = shown.left(chipTextLength - 1) + QChar(0x2026);
    return shown;
}

QString quoted(const QString &text)
{
    return QChar(0x201c) + chipText(text) + QChar(0x201d);
}

const ColumnSpec *findColumn(const TableSpec *table, const QString &name)
{
    if (table)
        return table->column(name);
    for (const TableSpec &t : Schema::tables()) {
        if (const ColumnSpec *c = t.column(name))
            return c;
    }
    return nullptr;
}

// A value as the chip shows it: datetimes in local time as the table cells show them,
// numbers in the user's locale, text quoted.
QString valueText(const ColumnSpec *column, const QVariant &value)
{
    const LogicalType type = column ? column->type : LogicalType::String;
    if (type == LogicalType::DateTime) {
        const QDateTime dt = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime()
                                                                          : ValueCodec::decodeDateTime(value);
        if (dt.isValid()) {
            const QDateTime local = dt.toLocalTime();
            const bool wholeMinute = local.time().second() == 0 && local.time().msec() == 0;
            return local.toString(wholeMinute ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
    }
    if (type == LogicalType::Integer || type == LogicalType::Float) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            return QLocale().toString(number, 'g', QLocale::FloatingPointShortest);
    }
    return quoted(value.toString());
}

} // namespace

QString ColumnFilter::opKey(Op op)
{
    for (const OpName &n : opNames) {
        if (n.op == op)
            return QLatin1String(n.key);
    }
    return {};
}

std::optional<ColumnFilter::Op> ColumnFilter::opFromKey(const QString &key)
{
    for (const OpName &n : opNames) {
        if (key == QLatin1String(n.key))
            return n.op;
    }
    return std::nullopt;
}

QList<ColumnFilter::Op> ColumnFilter::allOps()
{
    QList<Op> ops;
    for (const OpName &n : opNames)
        ops.append(n.op);
    return ops;
}

QString ColumnFilter::opLabel(Op op)
{
    switch (op) {
    case Op::Contains:        return tr("contains");
    case Op::Equals:          return tr("is");
    case Op::NotEquals:       return tr("is not");
    case Op::AtLeast:         return tr("at least (≥)");
    case Op::AtMost:          return tr("at most (≤)");
    case Op::Between:         return tr("between");
    case Op::IsTrue:          return tr("is yes");
    case Op::IsFalse:         return tr("is no");
    case Op::OneOf:           return tr("is one of");
    case Op::IsEmpty:         return tr("is empty");
    case Op::IsNotEmpty:      return tr("is not empty");
    case Op::JsonKeyEquals:   return tr("key is");
    case Op::JsonKeyContains: return tr("key contains");
    case Op::DisplayContains: return tr("name contains");
    case Op::DisplayEquals:   return tr("name is");
    case Op::InSubnet:        return tr("in range (address or CIDR)");
    }
    return {};
}

QString ColumnFilter::describe(const TableSpec *table) const
{
    if (!label.isEmpty())
        return label;
    const ColumnSpec *spec = findColumn(table, column);
    const QString name = spec ? spec->displayLabel() : column;
    const bool numeric = spec && (spec->type == LogicalType::Integer || spec->type == LogicalType::Float);
    const QString keyed = QStringLiteral("%1.%2").arg(name, chipText(jsonKey));
    switch (op) {
    case Op::Contains:
        return tr("%1 contains %2").arg(name, quoted(value.toString()));
    case Op::Equals:
        return numeric ? tr("%1 = %2").arg(name, valueText(spec, value))
                       : tr("%1 is %2").arg(name, valueText(spec, value));
    case Op::NotEquals:
        return numeric ? tr("%1 ≠ %2").arg(name, valueText(spec, value))
                       : tr("%1 is not %2").arg(name, valueText(spec, value));
    case Op::AtLeast:
        return tr("%1 ≥ %2").arg(name, valueText(spec, value));
    case Op::AtMost:
        return tr("%1 ≤ %2").arg(name, valueText(spec, value));
    case Op::Between:
        return tr("%1 between %2 and %3").arg(name, valueText(spec, value), valueText(spec, value2));
    case Op::IsTrue:
        return tr("%1: yes").arg(name);
    case Op::IsFalse:
        return tr("%1: no").arg(name);
    case Op::OneOf: {
        QStringList shown;
        for (const QString &item : value.toStringList())
            shown.append(chipText(item));
        return tr("%1 is one of %2").arg(name, shown.join(QStringLiteral(", ")));
    }
    case Op::IsEmpty:
        return tr("%1 is empty").arg(name);
    case Op::IsNotEmpty:
        return tr("%1 is not empty").arg(name);
    case Op::JsonKeyEquals:
        return tr("%1 is %2").arg(keyed, quoted(value.toString()));
    case Op::JsonKeyContains:
        return tr("%1 contains %2").arg(keyed, quoted(value.toString()));
    case Op::DisplayContains:
        return tr("%1 contains %2").arg(name, quoted(value.toString()));
    case Op::DisplayEquals:
        return tr("%1 is %2").arg(name, chipText(value.toString()));
    case Op::InSubnet:
        return tr("%1 in %2").arg(name, chipText(value.toString().trimmed()));
    }
    return name;
}

QString ColumnFilter::problem(const TableSpec *table) const
{
    if (op != Op::InSubnet)
        return {};
    QString why;
    if (IpAddressText::subnet(value.toString(), &why))
        return {};
    const ColumnSpec *spec = findColumn(table, column);
    return tr("%1: %2").arg(spec ? spec->displayLabel() : column, why);
}

QVariantMap ColumnFilter::toMap() const
{
    QVariantMap map;
    map.insert(QStringLiteral("column"), column);
    map.insert(QStringLiteral("op"), opKey(op));
    if (value.isValid())
        map.insert(QStringLiteral("value"), value);
    if (value2.isValid())
        map.insert(QStringLiteral("value2"), value2);
    if (!jsonKey.isEmpty())
        map.insert(QStringLiteral("jsonKey"), jsonKey);
    if (!label.isEmpty())
        map.insert(QStringLiteral("label"), label);
    return map;
}

std::optional<ColumnFilter> ColumnFilter::fromMap(const QVariantMap &map)
{
    const std::optional<Op> op = opFromKey(map.value(QStringLiteral("op")).toString());
    const QString column = map.value(QStringLiteral("column")).toString();
    if (!op || column.isEmpty())
        return std::nullopt;
    ColumnFilter f;
    f.column = column;
    f.op = *op;
    f.value = map.value(QStringLiteral("value"));
    f.value2 = map.value(QStringLiteral("value2"));
    f.jsonKey = map.value(QStringLiteral("jsonKey")).toString();
    f.label = map.value(QStringLiteral("label")).toString();
    return f;
}

bool ColumnFilter::operator==(const ColumnFilter &other) const
{
    return column == other.column && op == other.op && value == other.value && value2 == other.value2
        && jsonKey == other.jsonKey && label == other.label;
}

QVariantMap FilterSet::toMap() const
{
    QVariantList list;
    for (const ColumnFilter &f : filters)
        list.append(f.toMap());
    QVariantMap map;
    map.insert(QStringLiteral("filters"), list);
    map.insert(QStringLiteral("quickSearch"), quickSearch);
    map.insert(QStringLiteral("tenantId"), tenantId);
    return map;
}

FilterSet FilterSet::fromMap(const QVariantMap &map)
{
    FilterSet set;
    for (const QVariant &item : map.value(QStringLiteral("filters")).toList()) {
        if (const std::optional<ColumnFilter> f = ColumnFilter::fromMap(item.toMap()))
            set.filters.append(*f);
    }
    set.quickSearch = map.value(QStringLiteral("quickSearch")).toString();
    set.tenantId = map.value(QStringLiteral("tenantId")).toString();
    return set;
}

bool FilterSet::operator==(const FilterSet &other) const
{
    return filters == other.filters && quickSearch == other.quickSearch && tenantId == other.tenantId;
}
