#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli watch`: stays connected and reports each new message as it is judged,
// moving new forged bounces to the Trash when asked, until SIGINT or SIGTERM.
class WatchCommand {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::WatchCommand)

public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
