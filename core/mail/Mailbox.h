#pragma once

#include "common/Error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Core::Mail {

// A mail store as the cleaner sees it: folders of messages numbered by UIDs, one folder
// selected at a time, and the few ways mail can leave a folder. An IMAP account
// (Imap::ImapMailbox) and a Maildir (Mail::MaildirMailbox, the demo) are the two kinds,
// so that the code that moves people's mail is one and the demo runs it too.
class Mailbox {
public:
    // How messages leave a folder: the best the store can do.
    enum class Transfer {
        Move, // in one step (IMAP MOVE, a file rename)
        CopyThenExpunge, // copied, flagged \Deleted, and exactly those removed (UIDPLUS)
        CopyThenFlag, // copied and flagged \Deleted only: the mail program removes them later
    };

    // What a message is known by: its Message-ID, else (a message without one) its size.
    struct Identity {
        quint32 uid = 0;
        quint64 size = 0;
        QString messageId; // without angle brackets; empty when it has none
    };

    // Source UID -> UID in the target folder, where the store says it (IMAP's COPYUID).
    using UidMapping = QHash<quint32, quint32>;

    template <typename T> using Result = Common::Result<T>;
    using Done = Common::Done;
    using Visit = std::function<void(const Identity&)>;

    virtual ~Mailbox() = default;

    // A failure whose kind ends the connection (Common::Error::endsConnection()) needs a
    // new one to go on; any other leaves the mailbox usable.

    virtual Transfer transfer() const = 0;
    // The folder the store or its name calls Trash; the error says what the user can do.
    virtual Result<QString> trashFolder() = 0;
    // Selects folder to change it; returns its UIDVALIDITY.
    virtual Result<quint32> select(const QString& folder) = 0;
    // Leaves the selected folder without removing anything from it.
    virtual Done leave() = 0;

    // The identity of each of uids still in the selected folder; gone ones are left out.
    virtual Done identify(const QList<quint32>& uids, const Visit& visit) = 0;
    // The same for every message in the selected folder.
    virtual Done identifyAll(const Visit& visit) = 0;
    // The messages of the selected folder flagged \Deleted: on their way out already.
    virtual Result<QList<quint32>> deleted() = 0;

    // Exactly these messages of the selected folder; a UID no longer there is passed over.
    virtual Result<UidMapping> move(const QList<quint32>& uids, const QString& target) = 0;
    virtual Result<UidMapping> copy(const QList<quint32>& uids, const QString& target) = 0;
    virtual Done setDeleted(const QList<quint32>& uids, bool deleted) = 0;
    // Removes exactly these messages, never any other \Deleted one. Only where transfer()
    // is CopyThenExpunge.
    virtual Done expunge(const QList<quint32>& uids) = 0;
};

} // namespace Core::Mail
