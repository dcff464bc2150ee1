#pragma once

#include "session/MailboxCleaner.h"
#include "session/MailboxScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <atomic>
#include <chrono>
#include <functional>

namespace Core::Imap {
class ImapConnection;
}

namespace Core::Session {

// Keeps watch over a mailbox: the folders of a scan (and the Sent folders, whose new mail
// changes verdicts) are asked for their STATUS every interval, and when one changed, a
// scan reads what is new (the store keeps the rest). Where the server has IDLE, the first
// of the scanned folders (the INBOX) is idled in between: a message that comes there
// starts the next round at once, and the others wait at most the interval. Each message that came after the
// watch began is handed on once, however often the mailbox is scanned again; with
// moveForged, each new forged bounce then goes to the Trash as an audited clean that undo
// takes back. A lost connection is made again (after 1 s, then longer, up to a minute)
// for as long as the watch runs; only a refused login or stop() ends it.
class MailboxWatch {
    Q_DECLARE_TR_FUNCTIONS(Core::Session::MailboxWatch)

public:
    struct Options {
        MailboxScanner::Options scan;
        std::chrono::milliseconds interval { std::chrono::seconds(60) };
        bool moveForged = false;
    };
    struct Totals {
        int scans = 0; // scans run after the first, because something changed
        ScanTotals judged; // the new messages, ordinary mail too
        int moved = 0;
        int reconnects = 0;
    };

    using NewMessage = std::function<void(const ScanResult& result)>;
    using Moved = std::function<void(const MailboxCleaner::Outcome& outcome)>;
    // Things the user may want to know while it runs, in plain words ("the connection was
    // lost; trying again in 4 s").
    using Note = std::function<void(const QString& text)>;
    using Done = Common::Done;

    MailboxWatch(Imap::ImapConnection& connection, Store::ScanCache& cache, Store::ActionLog& log,
        MailboxScanner::Reconnect reconnect);

    // Until stop(), or a failure nothing but the user can mend (a refused login, the
    // store). The connection is made before.
    Done run(const Options& options, const NewMessage& newMessage, const Moved& moved, const Note& note,
        Totals* totals);
    // From any thread (a signal's handler thread, the window): ends run() within moments.
    void stop();

private:
    using FolderStates = QHash<QString, QByteArray>;

    // The state of every watched folder, in one string each.
    Common::Result<FolderStates> folderStates(const QStringList& folders);
    // One look: STATUS of the watched folders, and a scan when one changed.
    Done round(const Options& options, const NewMessage& newMessage, const Moved& moved, const Note& note,
        Totals* totals);
    // Until the next round: IDLE where the server has it, else the interval.
    Done waitForNews(const Options& options);
    // UNSELECT, so that STATUS answers afresh (Dovecot answers it for the selected folder
    // from what the session last saw).
    Done leaveFolder();
    Done moveForged(const QList<ScanResult>& forged, const Moved& moved, Totals* totals);
    // After a lost connection: waits and connects again until it works or stop().
    bool connectAgain(const Common::Error& why, const Note& note, Totals* totals);

    Imap::ImapConnection& m_connection;
    Store::ScanCache& m_cache;
    Store::ActionLog& m_log;
    MailboxScanner::Reconnect m_reconnect;
    std::atomic<bool> m_stopped { false };
    QSet<QPair<QString, quint32>> m_seen;
    FolderStates m_lastStates; // after the last round that scanned
    bool m_baseline = true; // the first round: what it finds was there before
    bool m_recovered = false;
    bool m_idleRefused = false;
};

} // namespace Core::Session
