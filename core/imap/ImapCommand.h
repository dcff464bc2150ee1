#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

namespace Core::Imap {

// The text of every command the project says itself (RFC 3501, 4315, 6851, 7162, 5819, 2177),
// built in one place. UID sets are written compactly ("1:5,9"); folder names as the
// server spells them (modified UTF-7, quoted, with its separator).
class ImapCommand {
public:
    // What tells whether a folder changed since the last scan.
    static const QByteArray StatusItems;

    static QByteArray mailboxName(const QString& folder, QChar separator);

    // LIST of every folder, with these RETURN options ("SPECIAL-USE", "STATUS (...)").
    static QByteArray list(const QByteArrayList& returns);
    static QByteArray status(const QByteArray& mailbox);
    // EXAMINE (nothing changes, nothing is marked read) or SELECT; with CONDSTORE the
    // opening also says HIGHESTMODSEQ.
    static QByteArray open(const QByteArray& mailbox, bool readOnly, bool condStore);
    static QByteArray unselect();
    // IDLE (RFC 2177); the client ends it with Done, a line of its own without a tag.
    static QByteArray idle();
    static const QByteArray IdleDone;
    static QByteArray search(const QByteArray& criteria);
    // UID FETCH of one section with each message's UID and size; uidSet is "1:*" or a set.
    static QByteArray fetch(const QByteArray& uidSet, const QByteArray& item);
    static QByteArray structures(const QList<quint32>& uids);
    static QByteArray sections(quint32 uid, const QList<QByteArray>& items);
    // verb is MOVE or COPY.
    static QByteArray transfer(const QByteArray& verb, const QList<quint32>& uids, const QByteArray& mailbox);
    static QByteArray setDeleted(const QList<quint32>& uids, bool deleted);
    static QByteArray expunge(const QList<quint32>& uids);
};

} // namespace Core::Imap
