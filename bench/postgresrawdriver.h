#pragma once
#include "rawdriver.h"

struct pg_conn;

// PQexecParams with text parameters of unspecified type (the server infers them, as it does
// for the literals QPSQL sends), every row read with PQgetvalue.
class PostgresRawDriver : public RawDriver
{
public:
    ~PostgresRawDriver() override;
    static std::unique_ptr<RawDriver> open(const std::string &conninfo, std::string *error);

    Timing time(const RawStatement &statement) override;
    RawRows rows(const RawStatement &statement, int maxRows, std::string *error) override;

private:
    explicit PostgresRawDriver(pg_conn *connection) : m_connection(connection) {}

    pg_conn *m_connection = nullptr;
};
