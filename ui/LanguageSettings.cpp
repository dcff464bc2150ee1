#include "LanguageSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Gui {

namespace {

    const QString LanguageKey = QStringLiteral("language");

} // namespace

QStringList LanguageSettings::available()
{
    QStringList languages;
    const QStringList catalogues
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("neversent_*.qm") }, QDir::Files);
    for (const QString& catalogue : catalogues)
        languages.append(catalogue.section(u'_', 1).section(u'.', 0, 0));
    languages.sort();
    return languages;
}

QString LanguageSettings::chosen()
{
    const QString language = QSettings().value(LanguageKey).toString();
    return available().contains(language) ? language : QString();
}

void LanguageSettings::choose(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

QLocale LanguageSettings::locale()
{
    const QString language = chosen();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void LanguageSettings::install()
{
    const QLocale language = locale();
    QLocale::setDefault(language);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // A language without a catalogue (or the C locale) still gets English plural forms.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(language, QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("neversent_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace Gui
