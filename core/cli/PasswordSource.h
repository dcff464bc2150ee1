#pragma once

#include <QString>

namespace Core::Cli {

// The password comes from a file or an environment variable, never from the command line
// where every user of the machine can read it.
class PasswordSource {
public:
    // Empty, with the reason in *error, when it cannot be read.
    static QString fromFile(const QString& path, QString* error);
    static QString fromEnvironment(const QString& variable, QString* error);
};

} // namespace Core::Cli
