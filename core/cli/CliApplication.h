#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Core::Cli {

// neversent-cli: picks the command and hands it the rest of the command line.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::CliApplication)

public:
    static int run(const QStringList& arguments);
};

} // namespace Core::Cli
