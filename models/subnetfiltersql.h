#pragma once
#include "backend.h"
#include "tablefilter.h"

// The SQL of ColumnFilter::Op::InSubnet: whether a text column holds an IP address inside
// the range the user typed (see IpAddressText for what counts as an address). The database
// does the matching, one bound range, never rows loaded into the app:
//  - SQLite calls SqliteFunctions::inSubnet, which asks QHostAddress;
//  - PostgreSQL casts to inet and uses <<=, but only after the text matched
//    IpAddressText::pattern() in a CASE: a cast of 'unknown' would fail the whole query, and
//    PostgreSQL 15 has no pg_input_is_valid(). The zone id is cut off before the cast (inet
//    has none) and an IPv4-mapped address is turned into its IPv4 address.
class SubnetFilterSql
{
public:
    // expr: a column expression built from schema names only. Empty when text is not an
    // address or range (the filter is then ignored; ColumnFilter::problem() says why).
    static SqlFragment condition(const QString &expr, const QString &text, Backend backend);
};
