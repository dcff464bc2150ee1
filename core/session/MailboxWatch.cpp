#include "session/MailboxWatch.h"

#include "common/LogCategories.h"
#include "imap/ImapConnection.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapProtocol.h"

#include <QMap>

namespace Core::Session {

namespace {

    constexpr std::chrono::milliseconds FirstRetry { 1000 };
    constexpr std::chrono::milliseconds LongestRetry { 60000 };

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
        states.insert(folder,
            QByteArray::number(status->uidValidity) + ':' + QByteArray::number(status->uidNext) + ':'
                + QByteArray::number(status->messages));
    }
    return states;
}

bool MailboxWatch::connectAgain(const Common::Error& why, const Note& note, Totals* totals)
{
    std::chrono::milliseconds wait = FirstRetry;
    QString reason = why.message;
    while (!m_stopped) {
        note(tr("The connection was lost (%1). Trying again in %n second(s).", nullptr,
            int(std::chrono::duration_cast<std::chrono::seconds>(wait).count()))
                 .arg(reason));
        if (!m_connection.waitUnlessCancelled(wait) || m_stopped)
            return false;
        QString error;
        if (m_reconnect(&error)) {
            ++totals->reconnects;
            note(tr("Connected again."));
            return true;
        }
        reason = error;
        wait = std::min(wait * 2, LongestRetry);
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

MailboxWatch::Done MailboxWatch::run(const Options& options, const NewMessage& newMessage, const Moved& moved,
    const Note& note, Totals* totals)
{
    Totals ignored;
    if (!totals)
        totals = &ignored;
    const QStringList scanned = MailboxScanner::foldersToCheck(options.scan);
    FolderStates lastStates;
    bool baseline = true;
    bool recovered = false;
    while (!m_stopped) {
        // The folders' states before the scan: mail that comes during it changes them
        // again, and the next round reads it.
        QStringList watched = scanned;
        const QStringList sent
            = options.scan.sentFolders.isEmpty() ? m_cache.sentFolderNames() : options.scan.sentFolders;
        for (const QString& folder : sent) {
            if (!watched.contains(folder))
                watched.append(folder);
        }
        Common::Error failure;
        const auto states = folderStates(watched);
        if (!states) {
            failure = states.error();
        } else if (baseline || *states != lastStates) {
            if (options.moveForged && !recovered) {
                // A clean a crash left halfway is settled before any new one.
                Imap::ImapMailbox mailbox(m_connection);
                MailboxCleaner cleaner(mailbox, m_cache, m_log);
                if (const Done settled = cleaner.recover(); !settled)
                    return settled;
                recovered = true;
            }
            // A scanner per round: what one knows of the connection ends with it.
            MailboxScanner scanner(m_connection, m_cache, m_reconnect);
            QList<ScanResult> fresh;
            ScanTotals scanTotals;
            const Done done = scanner.run(
                options.scan,
                [&](const ScanResult& result) {
                    const QPair<QString, quint32> key { result.folder, result.uid };
                    if (m_seen.contains(key))
                        return;
                    m_seen.insert(key);
                    if (!baseline)
                        fresh.append(result);
                },
                [](const QString&, int, int) {}, &scanTotals);
            // STATUS of the selected folder may answer from what the session last saw
            // (Dovecot does): none stays selected between rounds.
            if (done) {
                if (const Done left = Imap::ImapProtocol(m_connection).leave(); !left)
                    failure = left.error();
            }
            if (done) {
                if (!baseline)
                    ++totals->scans;
                else
                    note(tr("Watching: %n message(s) already there; new ones are judged as they come.",
                        nullptr, int(m_seen.size())));
                baseline = false;
                lastStates = *states;
                QList<ScanResult> forged;
                for (const ScanResult& result : std::as_const(fresh)) {
                    totals->judged.add(result.report, result.judgement);
                    if (result.judgement.verdict == Verdict::Verdict::Backscatter)
                        forged.append(result);
                    newMessage(result);
                }
                if (options.moveForged && !forged.isEmpty()) {
                    if (const Done cleaned = moveForged(forged, moved, totals); !cleaned)
                        failure = cleaned.error();
                }
            } else {
                failure = done.error();
            }
        }
        if (m_stopped)
            break;
        if (failure.kind != Common::Problem::None && failure.kind != Common::Problem::Other) {
            if (failure.kind == Common::Problem::LoginRefused
                || failure.kind == Common::Problem::LocalStorage)
                return failure;
            qCInfo(lcMail) << "watch:" << failure.message;
            if (!connectAgain(failure, note, totals))
                break;
            // What changed while the link was down is read at once.
            lastStates.clear();
            continue;
        }
        if (!failure.message.isEmpty()) {
            qCInfo(lcMail) << "watch:" << failure.message;
            note(failure.message);
        }
        if (!m_connection.waitUnlessCancelled(options.interval))
            break;
    }
    return {};
}

} // namespace Core::Session
