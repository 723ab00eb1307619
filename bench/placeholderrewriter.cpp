#include "placeholderrewriter.h"

std::string PlaceholderRewriter::toDollar(const std::string &sql, int *count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    std::size_t i = 0;
    // Copies a quoted run verbatim; a doubled quote stays inside it (standard SQL: the
    // backslash is no escape, which is what ESCAPE '\' relies on).
    auto copyQuoted = [&](char quote) {
        out += sql[i++];
        while (i < sql.size()) {
            const char c = sql[i++];
            out += c;
            if (c == quote) {
                if (i < sql.size() && sql[i] == quote)
                    out += sql[i++];
                else
                    return;
            }
        }
    };
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == '\'' || c == '"') {
            copyQuoted(c);
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string::npos ? sql.size() : end;
            out.append(sql, i, stop - i);
            i = stop;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t end = sql.find("*/", i + 2);
            const std::size_t stop = end == std::string::npos ? sql.size() : end + 2;
            out.append(sql, i, stop - i);
            i = stop;
        } else if (c == '?') {
            out += '$';
            out += std::to_string(++n);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = n;
    return out;
}
