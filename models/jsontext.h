#pragma once
#include <QCoreApplication>
#include <QString>

// JSON text as the platform stores it, parsed and written by nlohmann_json (never by hand).
class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
public:
    struct Parsed
    {
        bool ok = false;
        QString canonical;  // json.dumps form: ", " and ": " separators, ASCII only, key order kept
        QString error;      // translated message when !ok
        int line = 0;       // 1-based position of the error
        int column = 0;
    };
    static Parsed parse(const QString &text);
    static QString pretty(const QString &text);                  // indented, or the text unchanged when invalid
    static QString preview(const QString &text, int maxLength);  // one line, for table cells
};
