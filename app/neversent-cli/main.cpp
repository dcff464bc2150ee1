#include "cli/CliApplication.h"
#include "cli/MailboxProgram.h"

int main(int argc, char* argv[])
{
    // scan, clean, undo, report and watch run in neversent-cli-mailbox: CliApplication
    // says why.
    return Core::Cli::CliApplication::start(
        argc, argv, [argv](const QString&, const QStringList&, QIODevice&, QIODevice& err) {
            return Core::Cli::MailboxProgram::handOver(argv, err);
        });
}
