#pragma once

#include <QCoreApplication>

class QIODevice;

namespace Core::Cli {

// neversent-cli-mailbox, to which neversent-cli hands the mailbox commands (CliApplication
// says why). It lives where the build and the installation put it, relative to
// neversent-cli's own folder.
class MailboxProgram {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::MailboxProgram)

public:
    // Replaces this process with the mailbox program, given this one's command line
    // unchanged (same process: the caller's signals, exit code and standard streams reach
    // it). Returns only when it cannot start, with the runtime error reported.
    static int handOver(char* argv[], QIODevice& err);
};

} // namespace Core::Cli
