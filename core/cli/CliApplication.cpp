#include "cli/CliApplication.h"

#include "cli/ClassifyCommand.h"
#include "cli/CleanCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ScanCommand.h"
#include "cli/UndoCommand.h"
#include "cli/UsageError.h"
#include "cli/WatchCommand.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace Core::Cli {

namespace {

    QString helpText()
    {
        return CliApplication::tr("Usage: neversent-cli COMMAND [OPTIONS]\n"
                                  "\n"
                                  "Explains bounce messages and tells forged ones from real ones.\n"
                                  "\n"
                                  "Commands:\n"
                                  "  classify   read message files, folders or mbox files offline\n"
                                  "  scan       read an IMAP mailbox without changing it\n"
                                  "  clean      move the forged bounces of the last scan to the Trash\n"
                                  "  undo       put the messages of a clean back where they were\n"
                                  "  report     scan, then write a report for the IT department\n"
                                  "  watch      stay connected and judge new mail as it comes\n"
                                  "\n"
                                  "Options:\n"
                                  "  -h, --help     show this help, or a command's help after the command\n"
                                  "  -v, --version  show the version\n");
    }

} // namespace

int CliApplication::run(const QStringList& arguments)
{
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (arguments.size() < 2)
        return UsageError::report(err, tr("No command given."));
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out.write(helpText().toUtf8());
        return 0;
    }
    if (command == u"--version" || command == u"-v") {
        out.write(QStringLiteral("neversent-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return 0;
    }
    if (command == u"classify")
        return ClassifyCommand::run(rest, out, err);
    if (command == u"scan")
        return ScanCommand::run(rest, out, err);
    if (command == u"clean")
        return CleanCommand::run(rest, out, err);
    if (command == u"undo")
        return UndoCommand::run(rest, out, err);
    if (command == u"report")
        return ReportCommand::run(rest, out, err);
    if (command == u"watch")
        return WatchCommand::run(rest, out, err);
    return UsageError::report(err, tr("Unknown command \"%1\".").arg(command));
}

} // namespace Core::Cli
