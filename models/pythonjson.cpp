#include "pythonjson.h"

namespace {

using Json = nlohmann::ordered_json;

// nlohmann's compact dump has no spaces; Python's json.dumps writes ", " and ": ". Both read
// back alike, but matching the platform keeps diffs between the app's and Python's writes
// quiet. Scalars and keys are nlohmann's own output (ASCII-escaped, as ensure_ascii=True).
void write(const Json &value, std::string &out)
{
    if (value.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            out += Json(it.key()).dump(-1, ' ', true);
            out += ": ";
            write(it.value(), out);
        }
        out += '}';
    } else if (value.is_array()) {
        out += '[';
        bool first = true;
        for (const Json &element : value) {
            if (!first)
                out += ", ";
            first = false;
            write(element, out);
        }
        out += ']';
    } else {
        out += value.dump(-1, ' ', true);
    }
}

} // namespace

std::string PythonJson::dumps(const nlohmann::ordered_json &value)
{
    std::string out;
    out.reserve(128);
    write(value, out);
    return out;
}
