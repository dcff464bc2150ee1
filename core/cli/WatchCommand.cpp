#include "cli/WatchCommand.h"

#include "cli/ActionJson.h"
#include "cli/JsonLine.h"
#include "cli/ReportJson.h"
#include "cli/RuntimeError.h"
#include "cli/ServerOptions.h"
#include "cli/UsageError.h"
#include "session/MailboxWatch.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <thread>

namespace Core::Cli {

namespace {

    void flush(QIODevice& device)
    {
        if (auto* file = qobject_cast<QFileDevice*>(&device))
            file->flush();
    }

    // SIGINT and SIGTERM end the watch cleanly: they are blocked in every thread and
    // taken by one that waits for them (sigwait), which may then do what a signal
    // handler may not (lock, wake the connection).
    class StopSignals {
    public:
        explicit StopSignals(std::function<void()> stop)
        {
            sigemptyset(&m_signals);
            sigaddset(&m_signals, SIGINT);
            sigaddset(&m_signals, SIGTERM);
            pthread_sigmask(SIG_BLOCK, &m_signals, &m_before);
            m_waiter = std::thread([this, stop = std::move(stop)] {
                int signal = 0;
                sigwait(&m_signals, &signal);
                if (!m_finished)
                    stop();
            });
        }
        ~StopSignals()
        {
            m_finished = true;
            pthread_kill(m_waiter.native_handle(), SIGTERM);
            m_waiter.join();
            pthread_sigmask(SIG_SETMASK, &m_before, nullptr);
        }
        StopSignals(const StopSignals&) = delete;
        StopSignals& operator=(const StopSignals&) = delete;

    private:
        sigset_t m_signals;
        sigset_t m_before;
        std::atomic<bool> m_finished { false };
        std::thread m_waiter;
    };

} // namespace

int WatchCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stays connected to an IMAP mailbox and reports each new message as soon as it is judged, until "
           "interrupted (Ctrl+C, SIGTERM)."));
    ServerOptions server;
    const QCommandLineOption folder(
        QStringLiteral("folder"), tr("A folder to watch (repeatable; default INBOX)."), tr("NAME"));
    const QCommandLineOption sent(QStringLiteral("sent"),
        tr("A folder of your sent mail (repeatable; default: the Sent folders found)."), tr("NAME"));
    const QCommandLineOption me(
        QStringLiteral("me"), tr("One of your own addresses (repeatable)."), tr("ADDRESS"));
    const QCommandLineOption moveForged(QStringLiteral("move-forged"),
        tr("Move each new forged bounce to the Trash, as a clean that undo can take back."));
    const QCommandLineOption interval(QStringLiteral("interval"),
        tr("How often to ask the server whether anything changed, in seconds (default 60); new mail in the "
           "first folder comes at once where the server has IMAP IDLE."),
        tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ folder, sent, me, moveForged, interval });
    if (const std::optional<int> exitCode
        = server.parse(parser, QStringLiteral("watch"), arguments, out, err))
        return *exitCode;
    bool number = false;
    const int seconds = parser.value(interval).toInt(&number);
    if (!number || seconds < 1 || seconds > 3600)
        return UsageError::report(err,
            tr("--interval is a number of seconds from 1 to 3600, not \"%1\".").arg(parser.value(interval)));

    QElapsedTimer clock;
    clock.start();
    Session::MailboxWatch::Options options;
    options.scan.folders = parser.values(folder);
    options.scan.sentFolders = parser.values(sent);
    options.scan.myAddresses = parser.values(me);
    options.interval = std::chrono::seconds(seconds);
    options.moveForged = parser.isSet(moveForged);
    Store::ScanCache cache(server.database(), server.accountId());
    Store::ActionLog log(server.database(), server.accountId());
    QString error;
    Imap::ImapConnection connection;
    if (!server.connect(connection, &error))
        return RuntimeError::report(err, error);
    Session::MailboxWatch watch(connection, cache, log,
        [&](QString* reconnectError) { return server.connect(connection, reconnectError); });
    Session::MailboxWatch::Totals totals;
    Common::Done watched;
    {
        const StopSignals stopSignals([&watch] { watch.stop(); });
        err.write(tr("Watching %1 on %2. Ctrl+C ends it.\n")
                      .arg(Session::MailboxScanner::foldersToCheck(options.scan).join(QStringLiteral(", ")),
                          server.address().host)
                      .toUtf8());
        watched = watch.run(
            options,
            [&](const Session::ScanResult& result) {
                out.write(ReportJson::serverLine(result));
                flush(out);
            },
            [&](const Session::MailboxCleaner::Outcome& outcome) {
                for (const auto& entry : outcome.entries) {
                    QJsonObject line = ActionJson::entry(entry);
                    line.insert(QStringLiteral("action"), outcome.actionId);
                    JsonLine::write(out, line);
                }
                flush(out);
            },
            [&](const QString& note) { err.write((note + u'\n').toUtf8()); }, &totals);
    }
    connection.disconnect();
    if (!watched)
        return RuntimeError::report(err, watched.error().message);
    JsonLine::writeSummary(out,
        QJsonObject {
            { QStringLiteral("new"), totals.judged.scanned },
            { QStringLiteral("backscatter"), totals.judged.backscatter },
            { QStringLiteral("genuine"), totals.judged.genuine },
            { QStringLiteral("unknown"), totals.judged.unknown },
            { QStringLiteral("moved"), totals.moved },
            { QStringLiteral("scans"), totals.scans },
            { QStringLiteral("reconnects"), totals.reconnects },
            { QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0 },
        });
    return 0;
}

} // namespace Core::Cli
