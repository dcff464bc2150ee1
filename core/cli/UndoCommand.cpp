#include "cli/UndoCommand.h"

#include "cli/ActionJson.h"
#include "cli/JsonLine.h"
#include "cli/RuntimeError.h"
#include "cli/ServerOptions.h"
#include "cli/UsageError.h"
#include "imap/ImapMailbox.h"
#include "session/MailboxCleaner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace Core::Cli {

int UndoCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Puts the messages of a clean action back where they were."));
    ServerOptions server;
    const QCommandLineOption action(
        QStringLiteral("action"), tr("The clean action to undo (default: the last one)."), tr("ID"));
    parser.addOption(action);
    if (const std::optional<int> exitCode = server.parse(parser, QStringLiteral("undo"), arguments, out, err))
        return *exitCode;
    QString error;
    bool validId = true;
    const qint64 requested = parser.isSet(action) ? parser.value(action).toLongLong(&validId) : 0;
    if (!validId || (parser.isSet(action) && requested <= 0))
        return UsageError::report(
            err, tr("--action takes the number of a clean action, as clean printed it."));
    Imap::ImapConnection connection;
    if (!server.connect(connection, &error))
        return RuntimeError::report(err, error);

    Store::ScanCache cache(server.database(), server.accountId());
    Store::ActionLog log(server.database(), server.accountId());
    Imap::ImapMailbox mailbox(connection);
    Session::MailboxCleaner cleaner(mailbox, cache, log);
    if (const auto recovered = cleaner.recover(); !recovered)
        return RuntimeError::report(err, recovered.error().message);
    qint64 actionId = requested;
    if (actionId == 0) {
        const auto last = log.lastUndoableClean();
        if (!last)
            return RuntimeError::report(err, tr("There is no clean to undo for this account."));
        actionId = last->id;
    }
    Session::MailboxCleaner::Outcome outcome;
    const auto undone = cleaner.undo(actionId, &outcome);
    for (const auto& entry : std::as_const(outcome.entries))
        JsonLine::write(out, ActionJson::entry(entry));
    if (!undone) {
        if (undone.error().kind == Common::Problem::ConnectionLost)
            return RuntimeError::report(err,
                tr("The connection to %1 was lost while putting messages back (%2). Nothing is lost: run "
                   "the same command again to finish.")
                    .arg(server.address().host, undone.error().message));
        return RuntimeError::report(err, undone.error().message);
    }
    JsonLine::writeSummary(out,
        QJsonObject { { QStringLiteral("restored"), outcome.moved },
            { QStringLiteral("skipped"), outcome.skipped },
            { QStringLiteral("already_back"), outcome.alreadyBack },
            { QStringLiteral("not_found"), outcome.notFound }, { QStringLiteral("action"), outcome.actionId },
            { QStringLiteral("undoes"), actionId } });
    return 0;
}

} // namespace Core::Cli
