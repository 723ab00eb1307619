#pragma once
#include <string>

// libpq numbers its placeholders ($1, $2...) where the models' SQL uses positional '?' (what
// QSqlQuery binds). Rewrites one into the other, leaving '?' inside quoted strings, quoted
// identifiers and comments alone. Plain C++: the raw path has no Qt in it.
class PlaceholderRewriter
{
public:
    // Returns the rewritten text; *count (when given) receives the number of placeholders.
    static std::string toDollar(const std::string &sql, int *count = nullptr);
};
