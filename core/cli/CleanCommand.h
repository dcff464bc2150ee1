#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli clean`: moves the messages of the last scan with the chosen verdicts to
// the Trash, and nothing else.
class CleanCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::CleanCommand)

public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
