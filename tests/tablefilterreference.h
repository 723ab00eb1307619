#pragma once
#include "backend.h"
#include "tablefilter.h"
#include "tablefilterfixture.h"
#include <QSet>
#include <optional>

struct TableSpec;

// What each filter means, computed in C++ over rows read back from the database: the tests
// compare TableFilterSql's SQL against this, so it shares none of that SQL. It assumes every
// filter in a set applies (the tests check that separately).
class TableFilterReference
{
public:
    // foldsUnicode: whether the backend folds case beyond ASCII (PostgreSQL with a UTF-8
    // locale does; SQLite's LIKE never does).
    TableFilterReference(const RefTables &tables, Backend backend, bool foldsUnicode);

    QSet<QString> ids(const TableSpec &table, const FilterSet &set) const;
    bool matches(const TableSpec &table, const RefRow &row, const ColumnFilter &filter) const;

    struct JsonMember
    {
        enum class Kind { String, Number, True, False, Null, Object, Array };
        QString key;   // decoded
        Kind kind = Kind::Null;
        QString raw;   // the value's text as stored
        QString text;  // a string's decoded characters
    };
    // The top-level members of a JSON object; empty for any other JSON; nullopt when invalid.
    static std::optional<QList<JsonMember>> members(const QString &json);
    static QString minified(const QString &json);  // whitespace outside strings removed

private:
    QString fold(const QString &text) const;
    bool containsText(const QVariant &value, const QString &needle) const;
    bool equalsText(const QVariant &value, const QString &needle) const;
    std::optional<QString> jsonValueText(const JsonMember &member) const;
    bool inLens(const TableSpec &table, const RefRow &row, const QString &tenantId) const;
    bool quickMatch(const TableSpec &table, const RefRow &row, const QString &needle) const;
    const RefRow *rowById(const QString &table, const QString &id) const;

    RefTables m_tables;
    Backend m_backend;
    bool m_foldsUnicode;
};
