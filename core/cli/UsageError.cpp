#include "cli/UsageError.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Core::Cli {

int UsageError::report(QIODevice& err, const QString& message)
{
    const QString line = tr("neversent-cli: %1 Try --help.").arg(message.simplified());
    err.write(line.toUtf8() + '\n');
    return ExitCode;
}

} // namespace Core::Cli
