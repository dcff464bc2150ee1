#include "AppController.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("neversent"));
    QApplication::setApplicationDisplayName(QStringLiteral("NeverSent"));
    QApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.neversent.NeverSent"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.neversent.NeverSent.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explains and cleans up bounce messages for mail you never sent."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Open the bundled sample mailbox (a temporary copy) instead of a mail account."));
    const QCommandLineOption store(QStringLiteral("db"), QApplication::translate("main", "The NeverSent store to use."),
        QApplication::translate("main", "file"), Core::Store::Database::defaultPath());
    parser.addOption(demo);
    parser.addOption(store);
    parser.process(app);

    Ui::MainWindow window;
    Ui::AppController controller(&window, parser.value(store));
    window.show();
    controller.start(parser.isSet(demo));
    return QApplication::exec();
}
