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

    // The messages of the last scan of folder with one of the verdicts.
    bool candidates(
        const QString& folder, const QStringList& verdicts, QList<Candidate>* result, QString* error) const;
    // Exactly these messages of the last scan of folder (any verdict).
    bool candidates(
        const QString& folder, const QList<quint32>& uids, QList<Candidate>* result, QString* error) const;
    // The folder the server or its name calls Trash.
    std::optional<QString> trashFolder(QString* error);

    bool clean(const QString& folder, const QString& trash, const QList<Candidate>& messages,
        Outcome* outcome, QString* error);
    bool undo(qint64 actionId, Outcome* outcome, QString* error);
    // Settles actions a crash or a cut connection left running: asks the server where
    // each of their messages is now and writes that down.
    bool recover(QString* error);

    bool connectionLost() const { return m_mailbox.connectionLost(); }

private:
    bool candidatesWhere(const QString& folder,
        const std::function<bool(const Store::ScanCache::ScannedMessage&)>& wanted, QList<Candidate>* result,
        QString* error) const;
    // entries: all in one source folder, selected read-write, with their UIDs there. Counts
    // in outcome only what the server says it moved.
    bool transfer(
        QList<Store::ActionLog::Entry>& entries, const QString& target, Outcome* outcome, QString* error);
    enum class Deleted {
        Left, // on its way out already: as good as gone
        Counted, // still there
    };
    // The UIDs among entries that still hold the message logged for them.
    std::optional<QSet<quint32>> stillThere(
        const QList<Store::ActionLog::Entry>& entries, Deleted deletedOnes, QString* error);
    // The UID of each entry's message in the selected folder, found by its Message-ID (else
    // by its size, when only one message has it) among the UIDs not claimed yet, which it
    // then claims; 0 where it is not there. Reads the folder's Message-IDs in one command.
    std::optional<QList<quint32>> findAgain(
        const QList<const Store::ActionLog::Entry*>& entries, QSet<quint32>& claimed, QString* error);
    bool forgetMoved(const QString& folder, const QList<Store::ActionLog::Entry>& entries, QString* error);

    Mail::Mailbox& m_mailbox;
    Store::ScanCache& m_cache;
    Store::ActionLog& m_log;
};

} // namespace Core::Session
