#pragma once

#include <QString>

class QIODevice;

namespace Core::Cli {

// The contract for a problem met while running (a path, a server, a password): one
// plain-language line on stderr that says what to do, exit 1.
class RuntimeError {
public:
    static constexpr int ExitCode = 1;
    static int report(QIODevice& err, const QString& message);
};

} // namespace Core::Cli
