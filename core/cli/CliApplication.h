#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Core::Cli {

// neversent-cli: picks the command and hands it the rest of the command line.
//
// The commands that work on a mailbox (scan, clean, undo, report, watch) need the IMAP,
// network, database and keychain code and the libraries under it; classify needs none of
// them, and loading them took 3 to 4 ms of every classify run (a twelfth of classifying
// the test corpus, a third of classifying one file). So neversent-cli is built without
// them and hands those commands to neversent-cli-mailbox, as git hands commands to the
// programs in its libexec folder; both run this same dispatcher.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::CliApplication)

public:
    // Runs a mailbox command; the same arguments as ClassifyCommand::run, after its name.
    using MailboxCommands = std::function<int(
        const QString& command, const QStringList& arguments, QIODevice& out, QIODevice& err)>;

    // The program: its name, its translations, then run() on its command line.
    static int start(int argc, char* argv[], const MailboxCommands& mailboxCommands);
    static int run(const QStringList& arguments, const MailboxCommands& mailboxCommands);
};

} // namespace Core::Cli
