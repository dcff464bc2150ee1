#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("neversent"));
    QApplication::setApplicationDisplayName(QStringLiteral("NeverSent"));
    QApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
