#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

struct TableSpec;

// One condition on one column, as the user built it. Plain data: it names the column by its
// schema name, and TableFilterSql turns it into SQL only after checking that name against the
// schema description, so nothing in here ever reaches the SQL text except as a bound value.
struct ColumnFilter
{
    Q_DECLARE_TR_FUNCTIONS(ColumnFilter)
public:
    enum class Op {
        Contains,         // text: case-insensitive substring (ASCII only on SQLite)
        Equals,           // text: case-insensitive; ids, foreign ids, enums, numbers: exact
        NotEquals,        // the opposite of Equals, empty (NULL) values included
        AtLeast,          // numbers, datetimes: >= value
        AtMost,           // numbers, datetimes: <= value
        Between,          // numbers, datetimes: value..value2, both ends included
        IsTrue,
        IsFalse,
        OneOf,            // value is a QStringList: exact IN (...)
        IsEmpty,          // NULL; '' for text; null, {} and [] for JSON
        IsNotEmpty,
        JsonKeyEquals,    // the value at top-level key jsonKey, as text, case-insensitive
        JsonKeyContains,
        DisplayContains,  // a foreign key by the referenced row's display value (tenant name)
        DisplayEquals,
        InSubnet,         // IP address columns: value is one address or a CIDR range, as typed
    };

    QString column;
    Op op = Op::Contains;
    QVariant value;    // QString, a number, a QDateTime (UTC or local) or a QStringList (OneOf)
    QVariant value2;   // Between's upper end
    QString jsonKey;   // JsonKeyEquals / JsonKeyContains: one key, dots and quotes included
    QString label;     // optional chip text that replaces describe()'s ("Tenant is Acme")

    // Chip text: "Event contains “login”", "Created ≥ 2025-01-01 00:00". The column's label
    // comes from table when given, else from the first schema table with that column.
    QString describe(const TableSpec *table = nullptr) const;
    // Why the value cannot be used, naming the field ("IP address: “10.0.0.300” is not an IP
    // address…"); empty when it can. A filter with a problem is ignored by TableFilterSql.
    // Only values the user types free-form and the SQL cannot take as text are checked (InSubnet).
    QString problem(const TableSpec *table = nullptr) const;

    // For saved views: the op is stored by name, so reordering Op never changes a saved view.
    QVariantMap toMap() const;
    static std::optional<ColumnFilter> fromMap(const QVariantMap &map);

    static QString opKey(Op op);                          // "contains", "at_least"...
    static std::optional<Op> opFromKey(const QString &key);
    static QString opLabel(Op op);                        // translated, for an operator picker
    static QList<Op> allOps();

    bool operator==(const ColumnFilter &other) const;
    bool operator!=(const ColumnFilter &other) const { return !(*this == other); }
};

// Everything that narrows one table's rows: the column filters (AND), the quick search (any
// text column contains it) and the tenant lens (rows of that tenant only).
struct FilterSet
{
    QList<ColumnFilter> filters;
    QString quickSearch;
    QString tenantId;  // the tenant lens; empty when off

    bool isEmpty() const { return filters.isEmpty() && quickSearch.trimmed().isEmpty() && tenantId.isEmpty(); }
    QVariantMap toMap() const;
    static FilterSet fromMap(const QVariantMap &map);  // unreadable filters are dropped

    bool operator==(const FilterSet &other) const;
    bool operator!=(const FilterSet &other) const { return !(*this == other); }
};

// SQL with positional '?' placeholders and the values to bind to them, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
    bool isEmpty() const { return sql.isEmpty(); }
};
