#include "AppController.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("neversent"));
    QApplication::setApplicationDisplayName(QStringLiteral("NeverSent"));
    QApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.neversent.NeverSent"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.neversent.NeverSent.svg")));

    Gui::LanguageSettings::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explains and cleans up bounce messages for mail you never sent."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate(
            "main", "Open the bundled sample mailbox (a temporary copy) instead of a mail account."));
    const QCommandLineOption store(QStringLiteral("db"),
        QApplication::translate("main", "The NeverSent store to use."),
        QApplication::translate("main", "file"), Core::Store::Database::defaultPath());
    const QCommandLineOption background(QStringLiteral("background"),
        QApplication::translate("main",
            "Start in the system tray, keeping watch, when \"Keep watching when the window is closed\" is "
            "on."));
    parser.addOption(demo);
    parser.addOption(store);
    parser.addOption(background);
    parser.process(app);

    Gui::MainWindow window;
    Gui::AppController controller(&window, parser.value(store));
    if (!parser.isSet(background) || !window.waitsInTray())
        window.show();
    controller.start(parser.isSet(demo));
    return QApplication::exec();
}
