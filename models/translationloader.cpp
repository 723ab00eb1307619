#include "translationloader.h"
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

// The translators installed last, so that a second call (a test switching languages) can
// take them out again. Owned by the application object.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QString TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    for (const QPointer<QTranslator> &old : installedTranslators()) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installedTranslators().clear();

    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("afadmin"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return {};  // no catalogue for this language: English throughout, Qt's strings included
    }
    installedTranslators().append(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators().append(qt);
    } else {
        delete qt;  // Qt's catalogue is not installed: its few strings stay English
    }
    QCoreApplication::installTranslator(own);
    return own->language().section(QLatin1Char('_'), 0, 0);
}
