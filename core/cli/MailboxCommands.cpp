#include "cli/MailboxCommands.h"

#include "cli/CleanCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ScanCommand.h"
#include "cli/UndoCommand.h"
#include "cli/WatchCommand.h"

namespace Core::Cli {

int MailboxCommands::run(const QString& command, const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    if (command == u"scan")
        return ScanCommand::run(arguments, out, err);
    if (command == u"clean")
        return CleanCommand::run(arguments, out, err);
    if (command == u"undo")
        return UndoCommand::run(arguments, out, err);
    if (command == u"report")
        return ReportCommand::run(arguments, out, err);
    Q_ASSERT(command == u"watch");
    return WatchCommand::run(arguments, out, err);
}

} // namespace Core::Cli
