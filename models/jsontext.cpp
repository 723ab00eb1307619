#include "jsontext.h"
#include "pythonjson.h"
#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::ordered_json;

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
        result.ok = true;
        result.canonical = QString::fromStdString(PythonJson::dumps(value));
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
