#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Core::Cli {

// The contract for a command line the program cannot accept: one line on stderr, exit 2.
class UsageError {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::UsageError)

public:
    static constexpr int ExitCode = 2;
    static int report(QIODevice& err, const QString& message);
};

} // namespace Core::Cli
