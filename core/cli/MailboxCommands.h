#pragma once

#include <QStringList>

class QIODevice;

namespace Core::Cli {

// The commands that work on a mailbox, run by neversent-cli-mailbox (CliApplication says
// why they are a program of their own).
class MailboxCommands {
public:
    // command: scan, clean, undo, report or watch; arguments: everything after it.
    static int run(const QString& command, const QStringList& arguments, QIODevice& out, QIODevice& err);
};

} // namespace Core::Cli
