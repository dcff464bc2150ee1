#include "cli/ScanCommand.h"

#include "cli/JsonLine.h"
#include "cli/ReportJson.h"
#include "cli/RuntimeError.h"
#include "cli/ServerOptions.h"
#include "common/ArrivingBatches.h"
#include "session/MailboxScanner.h"
#include "session/VerdictLookAhead.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonObject>
#include <QThreadPool>

#include <unistd.h>

namespace Core::Cli {

int ScanCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads an IMAP mailbox without changing it and says which messages are "
           "bounces for mail you never sent."));
    ServerOptions server;
    const QCommandLineOption folder(
        QStringLiteral("folder"), tr("A folder to check (repeatable; default INBOX)."), tr("NAME"));
    const QCommandLineOption sent(QStringLiteral("sent"),
        tr("A folder of your sent mail (repeatable; default: the Sent folders found)."), tr("NAME"));
    const QCommandLineOption me(
        QStringLiteral("me"), tr("One of your own addresses (repeatable)."), tr("ADDRESS"));
    parser.addOptions({ folder, sent, me });
    if (const std::optional<int> exitCode = server.parse(parser, QStringLiteral("scan"), arguments, out, err))
        return *exitCode;
    QString error;

    QElapsedTimer clock;
    clock.start();
    Session::MailboxScanner::Options options;
    options.folders = parser.values(folder);
    options.sentFolders = parser.values(sent);
    options.myAddresses = parser.values(me);
    Store::ScanCache cache(server.database(), server.accountId());
    // The store is read while the connection is made: on an unchanged mailbox, that is
    // most of the scan.
    Session::VerdictLookAhead lookAhead(cache, options);
    options.lookAhead = &lookAhead;
    Imap::ImapConnection connection;
    if (!server.connect(connection, &error))
        return RuntimeError::report(err, error);

    const bool showProgress = isatty(STDERR_FILENO) == 1;
    Session::ScanTotals totals;
    Session::MailboxScanner scanner(connection, cache,
        [&](QString* reconnectError) { return server.connect(connection, reconnectError); });
    // Lines are made on every core, a batch at a time while the results of the next are
    // gathered, and written in order: on an unchanged mailbox, making them is most of the
    // time the scan takes.
    constexpr qsizetype RenderBatch = 1000;
    Common::ArrivingBatches<Session::ScanResult, QByteArray> lines(
        *QThreadPool::globalInstance(),
        [](const Session::ScanResult& result) { return ReportJson::serverLine(result); }, RenderBatch);
    const auto write = [&](const QByteArray& line) { out.write(line); };
    const auto scanned = scanner.run(
        options,
        [&](const Session::ScanResult& result) {
            lines.add(result);
            lines.takeOlder(write);
        },
        [&](const QString& phase, int done, int total) {
            if (showProgress)
                err.write(QStringLiteral("\r%1: %2/%3").arg(phase).arg(done).arg(total).toUtf8());
        },
        &totals);
    lines.takeAll(write);
    if (showProgress)
        err.write("\n");
    connection.disconnect();
    if (!scanned)
        return RuntimeError::report(err, scanned.error().message);
    QJsonObject summary {
        { QStringLiteral("scanned"), totals.scanned },
        { QStringLiteral("bounces"), totals.bounces },
        { QStringLiteral("backscatter"), totals.backscatter },
        { QStringLiteral("genuine"), totals.genuine },
        { QStringLiteral("unknown"), totals.unknown },
        { QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0 },
        { QStringLiteral("fetched_headers"), totals.fetchedHeaders },
        { QStringLiteral("fetched_bodies"), totals.fetchedBodies },
        { QStringLiteral("fetched_in_parts"), totals.fetchedInParts },
        { QStringLiteral("reconnects"), totals.reconnects },
    };
    JsonLine::writeSummary(out, summary);
    return 0;
}

} // namespace Core::Cli
