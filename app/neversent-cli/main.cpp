#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neversent"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    // Messages for people (stderr, the text summary) in their language, else English with
    // its plural forms; JSON stays English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("neversent_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return Core::Cli::CliApplication::run(QCoreApplication::arguments());
}
