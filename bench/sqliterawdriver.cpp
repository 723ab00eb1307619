#include "sqliterawdriver.h"
#include <chrono>
#include <sqlite3.h>

SqliteRawDriver::~SqliteRawDriver()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<RawDriver> SqliteRawDriver::open(const std::string &path, std::string *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close_v2(db);
        return nullptr;
    }
    // The model's connection waits as long for a writer's lock.
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<RawDriver>(new SqliteRawDriver(db));
}

sqlite3_stmt *SqliteRawDriver::prepare(const RawStatement &statement, std::string *error)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, statement.sql.c_str(), int(statement.sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = sqlite3_errmsg(m_db);
        return nullptr;
    }
    int index = 1;
    for (const RawValue &value : statement.values) {
        switch (value.kind) {
        case RawValue::Kind::Null:
            sqlite3_bind_null(stmt, index);
            break;
        case RawValue::Kind::Integer:
        case RawValue::Kind::Boolean:
            sqlite3_bind_int64(stmt, index, value.integer);
            break;
        case RawValue::Kind::Real:
            sqlite3_bind_double(stmt, index, value.real);
            break;
        case RawValue::Kind::Text:
            sqlite3_bind_text(stmt, index, value.text.c_str(), int(value.text.size()), SQLITE_STATIC);
            break;
        }
        ++index;
    }
    return stmt;
}

RawDriver::Timing SqliteRawDriver::time(const RawStatement &statement)
{
    Timing timing;
    const auto start = std::chrono::steady_clock::now();
    sqlite3_stmt *stmt = prepare(statement, &timing.error);
    if (!stmt)
        return timing;
    const int columns = sqlite3_column_count(stmt);
    std::size_t touched = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        // Read every value as the worker does (it converts each one), not just step past it.
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_TEXT || sqlite3_column_type(stmt, c) == SQLITE_BLOB) {
                sqlite3_column_text(stmt, c);
                touched += std::size_t(sqlite3_column_bytes(stmt, c));
            } else {
                touched += std::size_t(sqlite3_column_int64(stmt, c) & 1);
            }
        }
        ++timing.rows;
    }
    if (rc != SQLITE_DONE)
        timing.error = sqlite3_errmsg(m_db);
    sqlite3_finalize(stmt);
    timing.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    (void)touched;
    return timing;
}

RawRows SqliteRawDriver::rows(const RawStatement &statement, int maxRows, std::string *error)
{
    RawRows result;
    sqlite3_stmt *stmt = prepare(statement, error);
    if (!stmt)
        return result;
    const int columns = sqlite3_column_count(stmt);
    int rc = SQLITE_ROW;
    while (int(result.size()) < maxRows && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        std::vector<std::optional<std::string>> row;
        for (int c = 0; c < columns; ++c) {
            if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
                row.emplace_back(std::nullopt);
            else
                row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                             std::size_t(sqlite3_column_bytes(stmt, c))));
        }
        result.push_back(std::move(row));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        *error = sqlite3_errmsg(m_db);
    sqlite3_finalize(stmt);
    return result;
}
