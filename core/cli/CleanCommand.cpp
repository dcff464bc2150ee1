#include "cli/CleanCommand.h"

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

int CleanCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves the messages of the last scan with the given verdicts to the Trash."));
    ServerOptions server;
    const QCommandLineOption folder(QStringLiteral("folder"),
        tr("The scanned folder to clean (default INBOX)."), tr("NAME"), QStringLiteral("INBOX"));
    const QCommandLineOption verdict(QStringLiteral("verdict"),
        tr("Move messages with this verdict: backscatter, genuine or unknown (repeatable; default "
           "backscatter)."),
        tr("VERDICT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Say what would move and move nothing."));
    parser.addOptions({ folder, verdict, dryRun });
    if (const std::optional<int> exitCode
        = server.parse(parser, QStringLiteral("clean"), arguments, out, err))
        return *exitCode;
    QString error;
    const QStringList verdicts
        = parser.isSet(verdict) ? parser.values(verdict) : QStringList { QStringLiteral("backscatter") };
    for (const QString& name : verdicts) {
        if (name != u"backscatter" && name != u"genuine" && name != u"unknown")
            return UsageError::report(
                err, tr("Unknown verdict \"%1\": use backscatter, genuine or unknown.").arg(name));
    }
    Imap::ImapConnection connection;
    if (!server.connect(connection, &error))
        return RuntimeError::report(err, error);

    Store::ScanCache cache(server.database(), server.accountId());
    Store::ActionLog log(server.database(), server.accountId());
    Imap::ImapMailbox mailbox(connection);
    Session::MailboxCleaner cleaner(mailbox, cache, log);
    if (const auto recovered = cleaner.recover(); !recovered)
        return RuntimeError::report(err, recovered.error().message);
    const auto found = cleaner.candidates(parser.value(folder), verdicts);
    if (!found)
        return RuntimeError::report(err, found.error().message);
    const QList<Session::MailboxCleaner::Candidate>& candidates = *found;
    const auto trash = cleaner.trashFolder();
    if (!trash)
        return RuntimeError::report(err, trash.error().message);

    if (parser.isSet(dryRun)) {
        for (const auto& candidate : std::as_const(candidates)) {
            JsonLine::write(out,
                { { QStringLiteral("folder"), parser.value(folder) },
                    { QStringLiteral("uid"), qint64(candidate.uid) },
                    { QStringLiteral("message_id"),
                        candidate.messageId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(candidate.messageId) },
                    { QStringLiteral("verdict"), candidate.verdict },
                    { QStringLiteral("state"), QStringLiteral("would-move") } });
        }
        JsonLine::writeSummary(out,
            QJsonObject { { QStringLiteral("moved"), 0 },
                { QStringLiteral("would_move"), int(candidates.size()) }, { QStringLiteral("trash"), *trash },
                { QStringLiteral("action"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("dry_run"), true } });
        return 0;
    }

    Session::MailboxCleaner::Outcome outcome;
    const auto cleaned = cleaner.clean(parser.value(folder), *trash, candidates, &outcome);
    for (const auto& entry : std::as_const(outcome.entries))
        JsonLine::write(out, ActionJson::entry(entry));
    if (!cleaned) {
        if (cleaned.error().kind == Common::Problem::ConnectionLost)
            return RuntimeError::report(err,
                tr("The connection to %1 was lost while moving messages (%2). Nothing is lost: run the "
                   "same command again to finish.")
                    .arg(server.address().host, cleaned.error().message));
        return RuntimeError::report(err, cleaned.error().message);
    }
    if (outcome.flaggedOnly)
        err.write(tr("This server cannot remove single messages: the moved ones are marked as deleted in %1 "
                     "and disappear when "
                     "your mail program empties deleted items.\n")
                      .arg(parser.value(folder))
                      .toUtf8());
    JsonLine::writeSummary(out,
        QJsonObject { { QStringLiteral("moved"), outcome.moved },
            { QStringLiteral("skipped"), outcome.skipped }, { QStringLiteral("trash"), outcome.trash },
            { QStringLiteral("action"), outcome.actionId },
            { QStringLiteral("flagged_only"), outcome.flaggedOnly } });
    return 0;
}

} // namespace Core::Cli
