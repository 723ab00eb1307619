#pragma once
#include "rawdriver.h"

struct sqlite3;
struct sqlite3_stmt;

// sqlite3_prepare_v2 + sqlite3_bind_* + sqlite3_step over every row, on a read-only handle.
class SqliteRawDriver : public RawDriver
{
public:
    ~SqliteRawDriver() override;
    static std::unique_ptr<RawDriver> open(const std::string &path, std::string *error);

    Timing time(const RawStatement &statement) override;
    RawRows rows(const RawStatement &statement, int maxRows, std::string *error) override;

private:
    explicit SqliteRawDriver(sqlite3 *db) : m_db(db) {}
    sqlite3_stmt *prepare(const RawStatement &statement, std::string *error);

    sqlite3 *m_db = nullptr;
};
