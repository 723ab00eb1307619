#include "jsontext.h"
#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::ordered_json;

// nlohmann's compact dump has no spaces; Python's json.dumps writes ", " and ": ". Both read
// back alike, but matching the platform keeps diffs between the app's and Python's writes quiet.
void writePythonStyle(const Json &value, std::string &out)
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
            writePythonStyle(it.value(), out);
        }
        out += '}';
    } else if (value.is_array()) {
        out += '[';
        bool first = true;
        for (const Json &element : value) {
            if (!first)
                out += ", ";
            first = false;
            writePythonStyle(element, out);
        }
        out += ']';
    } else {
        out += value.dump(-1, ' ', true);
    }
}

void positionOf(const std::string &text, std::size_t byte, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (std::size_t i = 0; i + 1 < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++*line;
            *column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

} // namespace

JsonText::Parsed JsonText::parse(const QString &text)
{
    Parsed result;
    const std::string utf8 = text.toStdString();
    try {
        const Json value = Json::parse(utf8);
        std::string out;
        writePythonStyle(value, out);
        result.ok = true;
        result.canonical = QString::fromStdString(out);
    } catch (const Json::parse_error &e) {
        positionOf(utf8, e.byte, &result.line, &result.column);
        result.error = tr("Invalid JSON at line %1, column %2.").arg(result.line).arg(result.column);
    }
    return result;
}

QString JsonText::pretty(const QString &text)
{
    try {
        return QString::fromStdString(Json::parse(text.toStdString()).dump(2));
    } catch (const Json::exception &) {
        return text;
    }
}

QString JsonText::preview(const QString &text, int maxLength)
{
    QString oneLine = text.simplified();
    if (oneLine.size() > maxLength)
        oneLine = oneLine.left(maxLength - 1) + QChar(0x2026);
    return oneLine;
}
