#pragma once

#include "mail/Mailbox.h"
#include "store/ActionLog.h"
#include "store/ScanCache.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Core::Session {

// Moves messages of the last scan to the Trash and puts them back, never losing one, on
// any Mail::Mailbox (an IMAP account, the demo's Maildir): each UID is checked to still
// hold the message that was scanned and not to be on its way out (\Deleted) already,
// exactly those UIDs move (in one step, else copied, flagged \Deleted and removed, else
// copied and flagged only), and every step is in the audit log before and after the
// store does it. Nothing here expunges a folder as a whole: other programs' \Deleted
// mail stays.
class MailboxCleaner {
    Q_DECLARE_TR_FUNCTIONS(Core::Session::MailboxCleaner)

public:
    struct Candidate {
        quint32 uid = 0;
        QString messageId;
        quint64 size = 0;
        QString verdict;
    };

    struct Outcome {
        qint64 actionId = 0;
        QString trash;
        QList<Store::ActionLog::Entry> entries; // each message and where it ended
        int moved = 0; // clean: now in the Trash; undo: now back home (counted as the server moved them)
        int skipped = 0;
        // Undo: put back already by an earlier undo of the same clean that was cut short.
        int alreadyBack = 0;
        // Undo: left with the clean but no longer in the Trash (emptied, or moved by another program).
        int notFound = 0;
        // The server can neither MOVE nor UID EXPUNGE: the originals are only flagged
        // \Deleted and go when the mail program empties deleted items.
        bool flaggedOnly = false;
    };

    MailboxCleaner(Mail::Mailbox& mailbox, Store::ScanCache& cache, Store::ActionLog& log);

    template <typename T> using Result = Common::Result<T>;
    using Done = Common::Done;

    // The messages of the last scan of folder with one of the verdicts.
    Result<QList<Candidate>> candidates(const QString& folder, const QStringList& verdicts) const;
    // Exactly these messages of the last scan of folder (any verdict).
    Result<QList<Candidate>> candidates(const QString& folder, const QList<quint32>& uids) const;
    // The folder the server or its name calls Trash.
    Result<QString> trashFolder();

    // A failure whose kind ends the connection left the rest for the next clean or undo
    // (the log knows where each message is); outcome tells what was done before it.
    Done clean(
        const QString& folder, const QString& trash, const QList<Candidate>& messages, Outcome* outcome);
    Done undo(qint64 actionId, Outcome* outcome);
    // Settles actions a crash or a cut connection left running: asks the server where
    // each of their messages is now and writes that down.
    Done recover();

private:
    Result<QList<Candidate>> candidatesWhere(const QString& folder,
        const std::function<bool(const Store::ScanCache::ScannedMessage&)>& wanted) const;
    // entries: all in one source folder, selected read-write, with their UIDs there. Counts
    // in outcome only what the server says it moved.
    Done transfer(QList<Store::ActionLog::Entry>& entries, const QString& target, Outcome* outcome);
    enum class Deleted {
        Left, // on its way out already: as good as gone
        Counted, // still there
    };
    // The UIDs among entries that still hold the message logged for them.
    Result<QSet<quint32>> stillThere(const QList<Store::ActionLog::Entry>& entries, Deleted deletedOnes);
    // The UID of each entry's message in the selected folder, found by its Message-ID (else
    // by its size, when only one message has it) among the UIDs not claimed yet, which it
    // then claims; 0 where it is not there. Reads the folder's Message-IDs in one command.
    Result<QList<quint32>> findAgain(
        const QList<const Store::ActionLog::Entry*>& entries, QSet<quint32>& claimed);
    Done forgetMoved(const QString& folder, const QList<Store::ActionLog::Entry>& entries);
    // A refusal the user can act on.
    static Common::Error refusal(const QString& message);

    Mail::Mailbox& m_mailbox;
    Store::ScanCache& m_cache;
    Store::ActionLog& m_log;
};

} // namespace Core::Session
