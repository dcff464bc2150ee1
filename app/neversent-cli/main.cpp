#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neversent"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    return Core::Cli::CliApplication::run(QCoreApplication::arguments());
}
