#include "cli/RuntimeError.h"

#include <QIODevice>

namespace Core::Cli {

int RuntimeError::report(QIODevice& err, const QString& message)
{
    err.write(message.simplified().toUtf8() + '\n');
    return ExitCode;
}

} // namespace Core::Cli
