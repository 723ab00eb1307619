#include "tablefiltersql.h"
#include "ddl.h"
#include "schema.h"
#include "subnetfiltersql.h"
#include "tenantlens.h"
#include "valuecodec.h"
#include <QDateTime>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace {

using Op = ColumnFilter::Op;

const QString alwaysFalse = QStringLiteral("1 = 0");

// SQLite refuses LIKE patterns over SQLITE_MAX_LIKE_PATTERN_LENGTH (50 000 bytes by default).
constexpr int sqliteLikePatternBytes = 40000;

QString qualified(const QString &alias, const QString &column, Backend backend)
{
    return alias + QLatin1Char('.') + Ddl::quoteIdentifier(column, backend);
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(0));
}

// What SQLite's lower() does without ICU, and what its LIKE folds: A-Z only.
QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 0x20);
    }
    return text;
}

enum class TextMatch { Contains, Equals };

// expr is SQL built from schema names only; the needle is always bound.
SqlFragment textMatch(const QString &expr, const QString &needle, TextMatch match, Backend backend)
{
    if (hasNul(needle))
        return {alwaysFalse, {}};
    QString pattern = TableFilterSql::likePattern(needle);
    if (match == TextMatch::Contains)
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    if (backend == Backend::SQLite && pattern.toUtf8().size() > sqliteLikePatternBytes) {
        // Past LIKE's limit instr() and lower() fold case exactly as LIKE does (ASCII only).
        if (match == TextMatch::Contains)
            return {QStringLiteral("instr(lower(%1), ?) > 0").arg(expr), {asciiLower(needle)}};
        return {QStringLiteral("lower(%1) = ?").arg(expr), {asciiLower(needle)}};
    }
    const QString like = backend == Backend::SQLite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
    return {QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expr, like), {pattern}};
}

SqlFragment exactMatch(const QString &expr, const QString &value)
{
    if (hasNul(value))
        return {alwaysFalse, {}};
    return {expr + QStringLiteral(" = ?"), {value}};
}

SqlFragment negated(const QString &expr, const SqlFragment &match)
{
    return {QStringLiteral("(%1 IS NULL OR NOT (%2))").arg(expr, match.sql), match.values};
}

bool isText(const ColumnSpec &c)
{
    return c.type == LogicalType::String || c.type == LogicalType::Text || c.type == LogicalType::Id;
}

bool isNumber(const ColumnSpec &c)
{
    return c.type == LogicalType::Integer || c.type == LogicalType::Float;
}

// Ids, foreign ids and enum choices hold exact values; free text compares without case.
bool comparesExactly(const ColumnSpec &c)
{
    return c.type == LogicalType::Id || c.isForeignKey() || !c.choices.isEmpty();
}

enum class Rounding { Up, Down, Exact };

// An INTEGER column holds 32 bits (SQLAlchemy's Integer is PostgreSQL's integer): a wider
// bound would fail the whole query there ("out of range for type integer").
constexpr qlonglong lowestInteger = std::numeric_limits<qint32>::min();
constexpr qlonglong highestInteger = std::numeric_limits<qint32>::max();

// A number to bind, or std::nullopt when the filter's value is not one. For an integer column
// a fractional bound rounds inward; an exact comparison with a fraction gives an invalid
// QVariant, meaning "matches nothing".
std::optional<QVariant> numberValue(const ColumnSpec &c, const QVariant &value, Rounding rounding)
{
    if (c.type == LogicalType::Integer) {
        bool ok = false;
        const qlonglong whole = value.toLongLong(&ok);  // exact beyond 2^53
        if (ok && value.metaType().id() != QMetaType::Double && value.metaType().id() != QMetaType::Float) {
            if (rounding == Rounding::Exact && (whole < lowestInteger || whole > highestInteger))
                return QVariant();  // no row holds it
            return QVariant(whole);
        }
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    if (c.type != LogicalType::Integer)
        return QVariant(number);
    const double rounded = rounding == Rounding::Up ? std::ceil(number) : std::floor(number);
    if (rounding == Rounding::Exact && rounded != number)
        return QVariant();
    if (std::abs(rounded) > 9.2e18)
        return std::nullopt;
    if (rounding == Rounding::Exact && (rounded < double(lowestInteger) || rounded > double(highestInteger)))
        return QVariant();  // no row holds it
    return QVariant(qlonglong(rounded));
}

std::optional<QVariant> dateTimeValue(const QVariant &value)
{
    // Stored text keeps microseconds, QDateTime only milliseconds: a bound given as such text
    // (a chart bucket's last instant, .999999) is bound as it is, padded to six digits.
    if (value.metaType().id() == QMetaType::QString) {
        static const QRegularExpression stored(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?$"));
        const QString text = value.toString();
        if (stored.match(text).hasMatch() && ValueCodec::decodeDateTime(text).isValid()) {
            const QString fraction = text.size() > 19 ? text.mid(20) : QString();
            return QVariant(text.left(19) + QLatin1Char('.') + fraction.leftJustified(6, QLatin1Char('0')));
        }
    }
    const QDateTime dt = value.metaType().id() == QMetaType::QDateTime ? value.toDateTime()
                                                                      : ValueCodec::decodeDateTime(value);
    if (!dt.isValid())
        return std::nullopt;
    return QVariant(ValueCodec::encodeDateTime(dt));
}

std::optional<QVariant> boundValue(const ColumnSpec &c, const QVariant &value, Rounding rounding)
{
    return c.type == LogicalType::DateTime ? dateTimeValue(value) : numberValue(c, value, rounding);
}

SqlFragment compare(const QString &expr, const char *op, const QVariant &bound)
{
    if (!bound.isValid())
        return {alwaysFalse, {}};
    return {QStringLiteral("%1 %2 ?").arg(expr, QLatin1String(op)), {bound}};
}

SqlFragment rangeCondition(const ColumnSpec &c, const QString &expr, const ColumnFilter &f)
{
    if (f.op == Op::AtLeast || f.op == Op::AtMost) {
        const bool atLeast = f.op == Op::AtLeast;
        const auto bound = boundValue(c, f.value, atLeast ? Rounding::Up : Rounding::Down);
        if (bound && c.type == LogicalType::Integer) {
            const qlonglong value = bound->toLongLong();
            if ((atLeast && value > highestInteger) || (!atLeast && value < lowestInteger))
                return {alwaysFalse, {}};
            return compare(expr, atLeast ? ">=" : "<=", QVariant(qBound(lowestInteger, value, highestInteger)));
        }
        return bound ? compare(expr, atLeast ? ">=" : "<=", *bound) : SqlFragment();
    }
    QVariant low = f.value;
    QVariant high = f.value2;
    const auto lowProbe = boundValue(c, low, Rounding::Exact);
    const auto highProbe = boundValue(c, high, Rounding::Exact);
    if (!lowProbe || !highProbe)
        return {};
    // Ends given the wrong way round still mean the range between them.
    const bool swapped = c.type == LogicalType::DateTime ? lowProbe->toString() > highProbe->toString()
                                                         : low.toDouble() > high.toDouble();
    if (swapped)
        std::swap(low, high);
    const auto lowBound = boundValue(c, low, Rounding::Up);
    const auto highBound = boundValue(c, high, Rounding::Down);
    if (c.type == LogicalType::Integer) {
        // Ends past what the column can hold are cut to it: the same rows, and a valid query.
        const qlonglong low32 = qMax(lowBound->toLongLong(), lowestInteger);
        const qlonglong high32 = qMin(highBound->toLongLong(), highestInteger);
        if (low32 > high32)
            return {alwaysFalse, {}};
        return {QStringLiteral("%1 BETWEEN ? AND ?").arg(expr), {QVariant(low32), QVariant(high32)}};
    }
    return {QStringLiteral("%1 BETWEEN ? AND ?").arg(expr), {*lowBound, *highBound}};
}

// The value at one top-level key, as text (see the header for what "as text" means).
SqlFragment jsonKeyMatch(const QString &expr, const ColumnFilter &f, Backend backend)
{
    const QString needle = f.value.toString();
    if (hasNul(f.jsonKey) || hasNul(needle))
        return {alwaysFalse, {}};
    const TextMatch match = f.op == Op::JsonKeyContains ? TextMatch::Contains : TextMatch::Equals;
    if (backend == Backend::PostgreSQL) {
        // ->> takes the key as text on json and jsonb alike; NULL when absent or not an object.
        const SqlFragment m = textMatch(QStringLiteral("(%1 ->> CAST(? AS TEXT))").arg(expr), needle, match, backend);
        return {m.sql, QVariantList{f.jsonKey} + m.values};
    }
    // json_valid first: json_each raises an error on malformed text, which would fail the
    // whole query over one bad row.
    const QString valueText = QStringLiteral(
        "CASE jk.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN NULL "
        "ELSE CAST(jk.value AS TEXT) END");
    const SqlFragment m = textMatch(valueText, needle, match, backend);
    return {QStringLiteral("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(%1) THEN %1 END) AS jk "
                           "WHERE jk.key = ? AND %2)").arg(expr, m.sql),
            QVariantList{f.jsonKey} + m.values};
}

SqlFragment emptyCondition(const ColumnSpec &c, const QString &expr, Backend backend)
{
    if (c.type == LogicalType::Json) {
        if (backend == Backend::SQLite)
            return {QStringLiteral("(%1 IS NULL OR %1 = '' OR CASE WHEN json_valid(%1) THEN json(%1) "
                                   "IN ('null', '{}', '[]') ELSE 0 END)").arg(expr), {}};
        // Whitespace goes first so "{ }" counts; whitespace inside strings cannot turn a
        // string into null, {} or [].
        return {QStringLiteral("(%1 IS NULL OR translate(CAST(%1 AS TEXT), ' ' || chr(9) || chr(10) || chr(13), '') "
                               "IN ('null', '{}', '[]'))").arg(expr), {}};
    }
    if (isText(c))
        return {QStringLiteral("(%1 IS NULL OR %1 = '')").arg(expr), {}};
    return {expr + QStringLiteral(" IS NULL"), {}};
}

SqlFragment displayMatch(const ColumnSpec &c, const QString &expr, const ColumnFilter &f, Backend backend)
{
    const TableSpec *target = Schema::table(c.foreignKey.table);
    if (!target || !target->hasColumn(target->displayColumn))
        return {};
    const SqlFragment m = textMatch(qualified(QStringLiteral("dv"), target->displayColumn, backend),
                                    f.value.toString(),
                                    f.op == Op::DisplayContains ? TextMatch::Contains : TextMatch::Equals, backend);
    return {QStringLiteral("%1 IN (SELECT %2 FROM %3 dv WHERE %4)")
                .arg(expr, qualified(QStringLiteral("dv"), c.foreignKey.column, backend), target->name, m.sql),
            m.values};
}

SqlFragment equalsCondition(const ColumnSpec &c, const QString &expr, const ColumnFilter &f, Backend backend)
{
    if (isNumber(c)) {
        const auto bound = numberValue(c, f.value, Rounding::Exact);
        return bound ? compare(expr, "=", *bound) : SqlFragment();
    }
    const QString text = f.value.toString();
    if (text.isEmpty())
        return {};
    return comparesExactly(c) ? exactMatch(expr, text) : textMatch(expr, text, TextMatch::Equals, backend);
}

SqlFragment oneOf(const QString &expr, const QVariant &value)
{
    QStringList items;
    bool dropped = false;
    for (const QString &item : value.toStringList()) {
        if (hasNul(item))
            dropped = true;  // no stored value holds a NUL
        else if (!items.contains(item))
            items.append(item);
    }
    if (items.isEmpty())
        return dropped ? SqlFragment{alwaysFalse, {}} : SqlFragment();
    QStringList marks;
    QVariantList values;
    for (const QString &item : items) {
        marks.append(QStringLiteral("?"));
        values.append(item);
    }
    return {QStringLiteral("%1 IN (%2)").arg(expr, marks.join(QStringLiteral(", "))), values};
}

SqlFragment quickSearchCondition(const TableSpec &table, Backend backend, const QStringList &columns, const QString &text)
{
    const QString needle = text.trimmed();
    const QStringList searched = TableFilterSql::quickSearchColumns(table, columns);
    if (needle.isEmpty() || searched.isEmpty())
        return {};
    if (hasNul(needle))
        return {alwaysFalse, {}};
    QStringList parts;
    QVariantList values;
    for (const QString &column : searched) {
        const SqlFragment m = textMatch(qualified(QStringLiteral("t"), column, backend), needle, TextMatch::Contains, backend);
        parts.append(m.sql);
        values += m.values;
    }
    return {QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values};
}

} // namespace

QString TableFilterSql::likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return escaped;
}

QList<ColumnFilter::Op> TableFilterSql::opsFor(const ColumnSpec &c)
{
    QList<Op> ops;
    if (c.type == LogicalType::Boolean)
        ops = {Op::IsTrue, Op::IsFalse};
    else if (isNumber(c))
        ops = {Op::Equals, Op::NotEquals, Op::AtLeast, Op::AtMost, Op::Between};
    else if (c.type == LogicalType::DateTime)
        ops = {Op::AtLeast, Op::AtMost, Op::Between};
    else if (c.type == LogicalType::Json)
        return {Op::JsonKeyEquals, Op::JsonKeyContains, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
    else if (c.type == LogicalType::Id)
        return {Op::Equals, Op::NotEquals, Op::OneOf, Op::Contains};
    else if (c.isForeignKey())
        ops = {Op::DisplayEquals, Op::DisplayContains, Op::Equals, Op::NotEquals, Op::OneOf};
    else if (!c.choices.isEmpty())
        return {Op::OneOf, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    else if (c.isIpAddress)
        return {Op::InSubnet, Op::Contains, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    else
        return {Op::Contains, Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    if (c.nullable)
        ops += QList<Op>{Op::IsEmpty, Op::IsNotEmpty};
    return ops;
}

QStringList TableFilterSql::quickSearchColumns(const TableSpec &table, const QStringList &columns)
{
    QStringList searched;
    for (const ColumnSpec &c : table.columns) {
        const bool text = c.type == LogicalType::String || c.type == LogicalType::Text;
        if (text && !c.isForeignKey() && !c.isSecret() && columns.contains(c.name))
            searched.append(c.name);
    }
    return searched;
}

bool TableFilterSql::isNarrowedByLens(const TableSpec &table)
{
    return TenantLens::narrows(table);
}

SqlFragment TableFilterSql::columnCondition(const TableSpec &table, Backend backend, const QStringList &columns,
                                            const ColumnFilter &f)
{
    // The whitelist: the schema's column, present in the database, with an op its type offers.
    const ColumnSpec *spec = table.column(f.column);
    if (!spec || !columns.contains(spec->name) || !opsFor(*spec).contains(f.op))
        return {};
    const ColumnSpec &c = *spec;
    const QString expr = qualified(QStringLiteral("t"), c.name, backend);
    switch (f.op) {
    case Op::Contains: {
        const QString needle = f.value.toString();
        if (needle.isEmpty())
            return {};
        const bool castJson = c.type == LogicalType::Json && backend == Backend::PostgreSQL;
        return textMatch(castJson ? QStringLiteral("CAST(%1 AS TEXT)").arg(expr) : expr, needle, TextMatch::Contains, backend);
    }
    case Op::Equals:
        return equalsCondition(c, expr, f, backend);
    case Op::NotEquals: {
        const SqlFragment equals = equalsCondition(c, expr, f, backend);
        return equals.isEmpty() ? equals : negated(expr, equals);
    }
    case Op::AtLeast:
    case Op::AtMost:
    case Op::Between:
        return rangeCondition(c, expr, f);
    case Op::IsTrue:
    case Op::IsFalse:
        return {expr + QStringLiteral(" = ?"), {f.op == Op::IsTrue}};
    case Op::OneOf:
        return oneOf(expr, f.value);
    case Op::IsEmpty:
        return emptyCondition(c, expr, backend);
    case Op::IsNotEmpty: {
        // emptyCondition is never NULL, so NOT() keeps exactly the other rows.
        const SqlFragment empty = emptyCondition(c, expr, backend);
        return {QStringLiteral("NOT (%1)").arg(empty.sql), empty.values};
    }
    case Op::JsonKeyEquals:
    case Op::JsonKeyContains:
        if (f.jsonKey.isEmpty() || f.value.toString().isEmpty())
            return {};
        return jsonKeyMatch(expr, f, backend);
    case Op::DisplayContains:
    case Op::DisplayEquals:
        if (f.value.toString().isEmpty())
            return {};
        return displayMatch(c, expr, f, backend);
    case Op::InSubnet:
        return SubnetFilterSql::condition(expr, f.value.toString(), backend);
    }
    return {};
}

bool TableFilterSql::applies(const TableSpec &table, const QStringList &columns, const ColumnFilter &filter)
{
    return !columnCondition(table, Backend::SQLite, columns, filter).isEmpty();
}

SqlFragment TableFilterSql::condition(const TableSpec &table, Backend backend, const QStringList &columns,
                                      const FilterSet &set)
{
    QList<SqlFragment> parts;
    if (!set.tenantId.isEmpty())
        parts.append(TenantLens::condition(table, backend, columns, set.tenantId));
    for (const ColumnFilter &f : set.filters)
        parts.append(columnCondition(table, backend, columns, f));
    parts.append(quickSearchCondition(table, backend, columns, set.quickSearch));

    QStringList sql;
    QVariantList values;
    for (const SqlFragment &part : parts) {
        if (part.isEmpty())
            continue;
        // Parenthesised, so a caller can AND its own conditions after these.
        sql.append(QStringLiteral("(%1)").arg(part.sql));
        values += part.values;
    }
    return {sql.join(QStringLiteral(" AND ")), values};
}

SqlFragment TableFilterSql::where(const TableSpec &table, Backend backend, const QStringList &columns,
                                  const FilterSet &set)
{
    SqlFragment c = condition(table, backend, columns, set);
    if (!c.isEmpty())
        c.sql.prepend(QStringLiteral(" WHERE "));
    return c;
}
