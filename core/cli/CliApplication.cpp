#include "cli/CliApplication.h"

#include "cli/ClassifyCommand.h"
#include "cli/UsageError.h"

#include <QFile>
#include <QLocale>
#include <QTranslator>

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

    bool isMailboxCommand(const QString& command)
    {
        return command == u"scan" || command == u"clean" || command == u"undo" || command == u"report"
            || command == u"watch";
    }

} // namespace

int CliApplication::start(int argc, char* argv[], const MailboxCommands& mailboxCommands)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("neversent"));
    QCoreApplication::setOrganizationName(QStringLiteral("NeverSent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEVERSENT_VERSION));
    // Messages for people (stderr, the text summary) in their language, else English with
    // its plural forms; JSON stays English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("neversent"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("neversent_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return run(QCoreApplication::arguments(), mailboxCommands);
}

int CliApplication::run(const QStringList& arguments, const MailboxCommands& mailboxCommands)
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
    if (isMailboxCommand(command))
        return mailboxCommands(command, rest, out, err);
    return UsageError::report(err, tr("Unknown command \"%1\".").arg(command));
}

} // namespace Core::Cli
