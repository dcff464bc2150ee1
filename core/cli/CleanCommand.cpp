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
    QList<Session::MailboxCleaner::Candidate> candidates;
    if (!cleaner.recover(&error) || !cleaner.candidates(parser.value(folder), verdicts, &candidates, &error))
        return RuntimeError::report(err, error);
    const std::optional<QString> trash = cleaner.trashFolder(&error);
    if (!trash)
        return RuntimeError::report(err, error);

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
    const bool ok = cleaner.clean(parser.value(folder), *trash, candidates, &outcome, &error);
    for (const auto& entry : std::as_const(outcome.entries))
        JsonLine::write(out, ActionJson::entry(entry));
    if (!ok) {
        if (cleaner.connectionLost())
            error = tr("The connection to %1 was lost while moving messages (%2). Nothing is lost: run the "
                       "same command again to finish.")
                        .arg(server.address().host, error);
        return RuntimeError::report(err, error);
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
