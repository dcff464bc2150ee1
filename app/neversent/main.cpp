#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
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
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
