#pragma once

#include <QCoreApplication>
#include <QString>

namespace Core::Cli {

// The password (or access token) comes from a file or an environment variable, never from
// the command line where every user of the machine can read it.
class PasswordSource {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::PasswordSource)

public:
    enum class Secret {
        Password,
        AccessToken,
    };

    // Empty, with the reason in *error, when it cannot be read.
    static QString fromFile(const QString& path, Secret secret, QString* error);
    static QString fromEnvironment(const QString& variable, Secret secret, QString* error);
};

} // namespace Core::Cli
