#pragma once
#include <QLocale>
#include <QString>

class QCoreApplication;

// The interface language: Qt's own strings (dialog buttons, shortcuts) from the system's
// qt6-translations-l10n, afadmin's from the catalogue built into the binary (:/i18n). Both
// follow the locale's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English needs none.
class TranslationLoader
{
public:
    // Replaces the translators a previous call installed. Returns the language whose afadmin
    // catalogue was loaded ("de"), or an empty string when the interface stays English.
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale::system());
};
