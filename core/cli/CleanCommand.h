#pragma once

#include <QStringList>

class QIODevice;

namespace Core::Cli {

// `neversent-cli clean`: moves the messages of the last scan with the chosen verdicts to
// the Trash, and nothing else.
class CleanCommand {
public:
    static int run(const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
