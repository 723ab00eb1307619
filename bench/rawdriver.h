#pragma once
#include "rawstatement.h"
#include <memory>
#include <string>

struct ConnectionSettings;

// The floor the model is measured against: the database's own C API (sqlite3, libpq) running
// the very SQL text and values the model ran, with nothing of Qt in the timed path.
class RawDriver
{
public:
    struct Timing
    {
        double ms = 0;         // prepare/send, execute, and every row read
        long long rows = 0;
        std::string error;     // empty on success
        bool ok() const { return error.empty(); }
    };

    virtual ~RawDriver() = default;
    // Runs the statement and reads every column of every row, as the model's worker does.
    virtual Timing time(const RawStatement &statement) = 0;
    // For choosing parameters, untimed: at most maxRows rows as text.
    virtual RawRows rows(const RawStatement &statement, int maxRows, std::string *error) = 0;

    // A driver for the settings' backend, or nullptr with *error set.
    static std::unique_ptr<RawDriver> open(const ConnectionSettings &settings, std::string *error);
};
