#pragma once
#include <QList>
#include <QString>
#include <QStringList>

// One hostile input: a name for the test's row and the text as it reaches the app (invalid
// UTF-8 already through QString::fromUtf8, as a pasted or piped byte string arrives).
struct HostileCase
{
    QString name;
    QString text;
};

// The inputs issue 8's hostile-input proofs type into every filter, search and form field and
// pass to every afadmin-cli option: SQL metacharacters and classic injections, sqlmap-style
// time/boolean/error/stacked payloads and their encodings, LIKE wildcards and backslashes,
// unicode confusables and bidi marks, NUL and control characters, invalid UTF-8, a 1 MiB
// string, numbers and dates at and past their limits, JSON oddities, path traversal, format
// strings, CSV formula injection, markup and shell metacharacters.
class HostileCorpus
{
public:
    static const QList<HostileCase> &all();  // every case, each name unique
    static QString megabyte();               // the 1 MiB case's text (1,048,576 characters)

    // Whether a person could type text key by key: short, and without the control characters
    // a line edit drops when typed. The other cases reach a field by paste (Ctrl+V).
    static bool isTypeable(const QString &text);

    // Text a database driver writes, which must never reach a label, status bar or message box.
    static QStringList rawDriverMarkers();
    // The first marker found in shown, ignoring any marker the input itself contains (a field's
    // message may quote what was typed); empty when none.
    static QString rawDriverText(const QString &shown, const QString &input);
};
