#include "session/MailboxWatch.h"

#include "common/LogCategories.h"
#include "imap/ImapConnection.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapProtocol.h"
#include "session/ReconnectBackoff.h"

#include <QMap>

namespace Core::Session {

namespace {

    QByteArray stateOf(const Imap::FolderStatus& status)
    {
        return QByteArray::number(status.uidValidity) + ':' + QByteArray::number(status.uidNext) + ':'
            + QByteArray::number(status.messages);
    }

} // namespace

MailboxWatch::MailboxWatch(Imap::ImapConnection& connection, Store::ScanCache& cache, Store::ActionLog& log,
    MailboxScanner::Reconnect reconnect)
    : m_connection(connection)
    , m_cache(cache)
    , m_log(log)
    , m_reconnect(std::move(reconnect))
{
}

void MailboxWatch::stop()
{
    m_stopped = true;
    m_connection.cancel();
}

Common::Result<MailboxWatch::FolderStates> MailboxWatch::folderStates(const QStringList& folders)
{
    Imap::ImapProtocol protocol(m_connection);
    FolderStates states;
    for (const QString& folder : folders) {
        const auto status = protocol.status(folder);
        if (!status)
            return status.error();
        states.insert(folder, stateOf(*status));
    }
    return states;
}

bool MailboxWatch::connectAgain(const Common::Error& why, const Note& note, Totals* totals)
{
    ReconnectBackoff backoff;
    QString reason = why.message;
    while (!m_stopped) {
        note(tr("The connection was lost (%1). Trying again in %n second(s).", nullptr,
            int(std::chrono::duration_cast<std::chrono::seconds>(backoff.wait()).count()))
                 .arg(reason));
        if (!m_connection.waitUnlessCancelled(backoff.wait()) || m_stopped)
            return false;
        QString error;
        if (m_reconnect(&error)) {
            ++totals->reconnects;
            note(tr("Connected again."));
            return true;
        }
        reason = error;
        backoff.tryFailed();
    }
    return false;
}

MailboxWatch::Done MailboxWatch::moveForged(
    const QList<ScanResult>& forged, const Moved& moved, Totals* totals)
{
    QMap<QString, QList<quint32>> byFolder;
    for (const ScanResult& result : forged)
        byFolder[result.folder].append(result.uid);
    Imap::ImapMailbox mailbox(m_connection);
    MailboxCleaner cleaner(mailbox, m_cache, m_log);
    const auto trash = cleaner.trashFolder();
    if (!trash)
        return trash.error();
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        const auto candidates = cleaner.candidates(it.key(), it.value());
        if (!candidates)
            return candidates.error();
        MailboxCleaner::Outcome outcome;
        const Done cleaned = cleaner.clean(it.key(), *trash, *candidates, &outcome);
        totals->moved += outcome.moved;
        if (outcome.actionId != 0)
            moved(outcome);
        if (!cleaned)
            return cleaned;
    }
    return {};
}

MailboxWatch::Done MailboxWatch::round(const Options& options, const NewMessage& newMessage,
    const Moved& moved, const Note& note, Totals* totals)
{
    // The folders' states before the scan: mail that comes during it changes them again,
    // and the next round reads it.
    QStringList watched = MailboxScanner::foldersToCheck(options.scan);
    const QStringList sent
        = options.scan.sentFolders.isEmpty() ? m_cache.sentFolderNames() : options.scan.sentFolders;
    for (const QString& folder : sent) {
        if (!watched.contains(folder))
            watched.append(folder);
    }
    const auto states = folderStates(watched);
    if (!states)
        return states.error();
    if (!m_baseline && *states == m_lastStates)
        return {};
    if (options.moveForged && !m_recovered) {
        // A clean a crash left halfway is settled before any new one.
        Imap::ImapMailbox mailbox(m_connection);
        MailboxCleaner cleaner(mailbox, m_cache, m_log);
        if (const Done settled = cleaner.recover(); !settled)
            return settled;
        m_recovered = true;
    }
    // A scanner per round: what one knows of the connection ends with it. The link it
    // makes again after a loss counts as the watch's own would.
    MailboxScanner scanner(m_connection, m_cache, [this, totals](QString* error) {
        const bool connected = m_reconnect(error);
        totals->reconnects += connected ? 1 : 0;
        return connected;
    });
    QList<ScanResult> fresh;
    ScanTotals scanTotals;
    const Done done = scanner.run(
        options.scan,
        [&](const ScanResult& result) {
            const QPair<QString, quint32> key { result.folder, result.uid };
            if (m_seen.contains(key))
                return;
            m_seen.insert(key);
            if (!m_baseline)
                fresh.append(result);
        },
        [](const QString&, int, int) {}, &scanTotals);
    if (!done)
        return done;
    // None stays selected between rounds.
    if (const Done left = leaveFolder(); !left)
        return left;
    if (!m_baseline)
        ++totals->scans;
    else
        note(tr("Watching: %n message(s) already there; new ones are judged as they come.", nullptr,
            int(m_seen.size())));
    m_baseline = false;
    m_lastStates = *states;
    QList<ScanResult> forged;
    for (const ScanResult& result : std::as_const(fresh)) {
        totals->judged.add(result.report, result.judgement);
        if (result.judgement.verdict == Verdict::Verdict::Backscatter)
            forged.append(result);
        newMessage(result);
    }
    if (options.moveForged && !forged.isEmpty())
        return moveForged(forged, moved, totals);
    return {};
}

MailboxWatch::Done MailboxWatch::waitForNews(const Options& options)
{
    Imap::ImapProtocol protocol(m_connection);
    const QString folder = MailboxScanner::foldersToCheck(options.scan).value(0);
    if (m_idleRefused || !protocol.hasCapability("IDLE") || !m_lastStates.contains(folder)) {
        m_connection.waitUnlessCancelled(options.interval);
        return {};
    }
    const auto opened = protocol.open(folder, true);
    if (!opened)
        return opened.error();
    // Mail that came during the last round is read at once.
    if (stateOf(*opened) == m_lastStates.value(folder)) {
        const auto changed = protocol.waitForChange(
            std::min<std::chrono::milliseconds>(options.interval, Imap::ImapProtocol::LongestIdle));
        if (!changed && changed.error().kind != Common::Problem::ServerRefused)
            return changed.error();
        if (!changed) {
            qCInfo(lcMail) << "watch: no IDLE:" << changed.error().message;
            m_idleRefused = true;
            if (const Done left = leaveFolder(); !left)
                return left;
            m_connection.waitUnlessCancelled(options.interval);
            return {};
        }
    }
    return leaveFolder();
}

MailboxWatch::Done MailboxWatch::leaveFolder()
{
    // A scan that found nothing new selected nothing, and the server refuses to leave then.
    const Done left = Imap::ImapProtocol(m_connection).leave();
    return left || !left.error().endsConnection() ? Done() : left;
}

MailboxWatch::Done MailboxWatch::run(const Options& options, const NewMessage& newMessage, const Moved& moved,
    const Note& note, Totals* totals)
{
    Totals ignored;
    if (!totals)
        totals = &ignored;
    m_baseline = true;
    m_recovered = false;
    m_idleRefused = false;
    m_lastStates.clear();
    while (!m_stopped) {
        Done done = round(options, newMessage, moved, note, totals);
        if (done && !m_stopped)
            done = waitForNews(options);
        if (m_stopped)
            break;
        if (done)
            continue;
        const Common::Error& failure = done.error();
        if (failure.kind == Common::Problem::LoginRefused || failure.kind == Common::Problem::LocalStorage)
            return failure;
        qCInfo(lcMail) << "watch:" << failure.message;
        if (failure.kind == Common::Problem::Other) {
            // Not the connection's fault: said, and tried again at the next interval.
            note(failure.message);
            if (!m_connection.waitUnlessCancelled(options.interval))
                break;
            continue;
        }
        if (!connectAgain(failure, note, totals))
            break;
        // What changed while the link was down is read at once.
        m_lastStates.clear();
    }
    return {};
}

} // namespace Core::Session
