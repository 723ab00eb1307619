#pragma once
#include <nlohmann/json.hpp>
#include <string>

// JSON text in the form Python's json.dumps writes it (", " and ": " separators, ASCII only,
// key order kept), straight from an nlohmann value: JsonText's canonical form, and what bulk
// seeding writes for millions of rows without a round trip through text and QString.
// Internal to models (nlohmann_json is a private dependency, so views cannot include this).
class PythonJson
{
public:
    static std::string dumps(const nlohmann::ordered_json &value);
};
