#include "postgresrawdriver.h"
#include <chrono>
#include <libpq-fe.h>

namespace {

struct Parameters
{
    std::vector<const char *> values;
};

// Pointers into the statement's own strings: built before the clock starts.
Parameters parametersOf(const RawStatement &statement)
{
    Parameters p;
    for (const RawValue &value : statement.values)
        p.values.push_back(value.kind == RawValue::Kind::Null ? nullptr : value.text.c_str());
    return p;
}

PGresult *execute(PGconn *connection, const RawStatement &statement, const Parameters &p)
{
    return PQexecParams(connection, statement.sql.c_str(), int(p.values.size()), nullptr,
                        p.values.empty() ? nullptr : p.values.data(), nullptr, nullptr, 0);
}

} // namespace

PostgresRawDriver::~PostgresRawDriver()
{
    PQfinish(m_connection);
}

std::unique_ptr<RawDriver> PostgresRawDriver::open(const std::string &conninfo, std::string *error)
{
    PGconn *connection = PQconnectdb(conninfo.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        *error = PQerrorMessage(connection);
        PQfinish(connection);
        return nullptr;
    }
    return std::unique_ptr<RawDriver>(new PostgresRawDriver(connection));
}

RawDriver::Timing PostgresRawDriver::time(const RawStatement &statement)
{
    Timing timing;
    const Parameters p = parametersOf(statement);
    const auto start = std::chrono::steady_clock::now();
    PGresult *result = execute(m_connection, statement, p);
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        const int rows = PQntuples(result);
        const int columns = PQnfields(result);
        std::size_t touched = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                touched += std::size_t(PQgetlength(result, r, c)) + std::size_t(*PQgetvalue(result, r, c) & 1);
        }
        (void)touched;
        timing.rows = rows;
    } else {
        timing.error = PQresultErrorMessage(result);
    }
    PQclear(result);
    timing.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return timing;
}

RawRows PostgresRawDriver::rows(const RawStatement &statement, int maxRows, std::string *error)
{
    RawRows rows;
    PGresult *result = execute(m_connection, statement, parametersOf(statement));
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result) && r < maxRows; ++r) {
            std::vector<std::optional<std::string>> row;
            for (int c = 0; c < PQnfields(result); ++c) {
                if (PQgetisnull(result, r, c))
                    row.emplace_back(std::nullopt);
                else
                    row.emplace_back(std::string(PQgetvalue(result, r, c), std::size_t(PQgetlength(result, r, c))));
            }
            rows.push_back(std::move(row));
        }
    } else {
        *error = PQresultErrorMessage(result);
    }
    PQclear(result);
    return rows;
}
