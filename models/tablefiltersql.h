#pragma once
#include "backend.h"
#include "tablefilter.h"
#include <QStringList>

struct ColumnSpec;
struct TableSpec;

// Turns a FilterSet into a WHERE clause for one table, aliased t (subqueries inside use the
// aliases dv, lv and jk, so a caller's joins must not). Identifiers come only from
// the schema description: a filter naming a column that the TableSpec lacks, that the
// connected database lacks (columns), or using an op its type does not offer is ignored.
// Every user value is bound, and LIKE patterns escape %, _ and \ (ESCAPE '\').
//
// Matching rules, the same on both backends unless said:
//  - text contains / equals: case-insensitive LIKE on SQLite (ASCII letters only, as SQLite
//    folds case), ILIKE on PostgreSQL (every letter, per the database's locale);
//  - ids, foreign ids, enum choices and numbers compare exactly; NotEquals keeps NULLs;
//  - datetimes bind ValueCodec's naive-UTC text: PostgreSQL casts it to timestamp, SQLite
//    compares it as text, which orders the same because SQLAlchemy's text is fixed-width;
//  - integer columns round range ends inward (≥ 2.5 is ≥ 3) so PostgreSQL never sees 2.5
//    bound against an integer;
//  - JSON key filters look at one top-level key of an object and compare the value's text:
//    a string's characters, a number or true/false as written, an object or array as JSON
//    text (compact on SQLite, as stored on PostgreSQL). SQLite reads keys with json_each,
//    because its json_extract paths (3.40) cannot name a key holding a quote and miss keys
//    stored \u-escaped, which is how SQLAlchemy writes every non-ASCII key;
//  - InSubnet (IP address columns): the database tests the range, see SubnetFilterSql and
//    IpAddressText for what counts as an address; text that is no address or range makes
//    the filter ignored (ColumnFilter::problem() says why);
//  - a NUL character in filter text matches nothing (NotEquals: everything): PostgreSQL text
//    cannot hold NUL, QPSQL would cut the bound value at it and SQLite's LIKE stops at it.
class TableFilterSql
{
public:
    // " WHERE a AND b", or empty when nothing applies.
    static SqlFragment where(const TableSpec &table, Backend backend, const QStringList &columns,
                             const FilterSet &set);
    // The same conditions without " WHERE ", for a caller that ANDs its own (keyset paging).
    static SqlFragment condition(const TableSpec &table, Backend backend, const QStringList &columns,
                                 const FilterSet &set);
    // One filter's condition; empty when the filter is ignored (see above).
    static SqlFragment columnCondition(const TableSpec &table, Backend backend, const QStringList &columns,
                                       const ColumnFilter &filter);
    static bool applies(const TableSpec &table, const QStringList &columns, const ColumnFilter &filter);

    // Which ops a column's logical type offers, in the order an operator picker lists them.
    static QList<ColumnFilter::Op> opsFor(const ColumnSpec &column);
    // The quick search's columns: text columns present in the database, not ids, foreign
    // keys (uuids would match almost any short hex-like word), secrets or JSON.
    static QStringList quickSearchColumns(const TableSpec &table, const QStringList &columns);

    // Whether FilterSet::tenantId narrows this table (see TenantLens): every table but plans.
    static bool isNarrowedByLens(const TableSpec &table);

    // text with \, % and _ escaped for LIKE ... ESCAPE '\'.
    static QString likePattern(const QString &text);
};
