#include "cli/ReportCommand.h"

#include "analysis/MimeHeader.h"
#include "cli/JsonLine.h"
#include "cli/RuntimeError.h"
#include "cli/ServerOptions.h"
#include "cli/UsageError.h"
#include "domain/DomainPolicyLookup.h"
#include "domain/ItReport.h"
#include "session/MailboxScanner.h"
#include "session/VerdictLookAhead.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QIODevice>
#include <QScopeGuard>
#include <QUrl>

namespace Core::Cli {

namespace {

    Domain::DomainPolicy lookUp(const QString& domain, const QHostAddress& nameserver)
    {
        // A question left unanswered is let go with deleteLater() while Qt's resolver
        // thread still waits for the server; alive at exit, it would hold the program's
        // end forever (the thread hands its answer over with a blocking call).
        const auto letGo
            = qScopeGuard([] { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); });
        Domain::DomainPolicyLookup lookup;
        if (!nameserver.isNull())
            lookup.setNameserver(nameserver);
        std::optional<Domain::DomainPolicy> found;
        QEventLoop loop;
        QObject::connect(
            &lookup, &Domain::DomainPolicyLookup::finished, &loop, [&](const Domain::DomainPolicy& policy) {
                found = policy;
                loop.quit();
            });
        lookup.start(QString::fromLatin1(QUrl::toAce(domain)));
        if (!found)
            loop.exec();
        return *found;
    }

} // namespace

int ReportCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads an IMAP mailbox without changing it, as scan does, and writes a report for the IT "
           "department: the forged bounces over time, where the forged mail came from, a few of them, the "
           "domain's SPF and DMARC records and what could be changed."));
    ServerOptions server;
    const QCommandLineOption folder(
        QStringLiteral("folder"), tr("A folder to check (repeatable; default INBOX)."), tr("NAME"));
    const QCommandLineOption sent(QStringLiteral("sent"),
        tr("A folder of your sent mail (repeatable; default: the Sent folders found)."), tr("NAME"));
    const QCommandLineOption me(
        QStringLiteral("me"), tr("One of your own addresses (repeatable)."), tr("ADDRESS"));
    const QCommandLineOption domain(QStringLiteral("domain"),
        tr("The domain the forged mail claims to come from (default: that of --me, else of --user)."),
        tr("DOMAIN"));
    const QCommandLineOption nameserver(QStringLiteral("nameserver"),
        tr("Ask this DNS server (an IP address) for the domain's records instead of the system's."),
        tr("ADDRESS"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("text (the default) or json."), tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({ folder, sent, me, domain, nameserver, format });
    if (const std::optional<int> exitCode
        = server.parse(parser, QStringLiteral("report"), arguments, out, err))
        return *exitCode;
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"text" && outputFormat != u"json")
        return UsageError::report(err, tr("--format is text or json, not \"%1\".").arg(outputFormat));
    QHostAddress askedServer;
    if (parser.isSet(nameserver) && !askedServer.setAddress(parser.value(nameserver)))
        return UsageError::report(
            err, tr("--nameserver needs an IP address, not \"%1\".").arg(parser.value(nameserver)));

    Session::MailboxScanner::Options options;
    options.folders = parser.values(folder);
    options.sentFolders = parser.values(sent);
    options.myAddresses = parser.values(me);
    Store::ScanCache cache(server.database(), server.accountId());
    Session::VerdictLookAhead lookAhead(cache, options);
    options.lookAhead = &lookAhead;
    QString error;
    Imap::ImapConnection connection;
    if (!server.connect(connection, &error))
        return RuntimeError::report(err, error);
    Domain::ItReport report;
    report.account = tr("%1 on %2").arg(server.userName(), server.address().host);
    report.folders = Session::MailboxScanner::foldersToCheck(options);
    Session::ScanTotals totals;
    Session::MailboxScanner scanner(connection, cache,
        [&](QString* reconnectError) { return server.connect(connection, reconnectError); });
    const auto scanned = scanner.run(
        options, [&](const Session::ScanResult& result) { report.run.add(result); },
        [](const QString&, int, int) {}, &totals);
    connection.disconnect();
    if (!scanned)
        return RuntimeError::report(err, scanned.error().message);

    QString reportedDomain = parser.value(domain);
    if (reportedDomain.isEmpty())
        reportedDomain = Analysis::MimeHeader::domainOf(options.myAddresses.value(0));
    if (reportedDomain.isEmpty())
        reportedDomain = Analysis::MimeHeader::domainOf(server.userName());
    if (!reportedDomain.isEmpty())
        report.policy = lookUp(reportedDomain.trimmed().toLower(), askedServer);

    if (outputFormat == u"json")
        JsonLine::write(out, QJsonObject { { QStringLiteral("report"), report.json() } });
    else
        out.write(report.text().toUtf8());
    return 0;
}

} // namespace Core::Cli
