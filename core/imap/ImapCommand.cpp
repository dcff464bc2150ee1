#include "imap/ImapCommand.h"

#include "imap/UidSet.h"

#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

const QByteArray ImapCommand::StatusItems = QByteArrayLiteral("MESSAGES UIDNEXT UIDVALIDITY");

QByteArray ImapCommand::mailboxName(const QString& folder, QChar separator)
{
    const char separatorByte = separator.toLatin1();
    const auto path = vmime::utility::path::fromString(
        folder.toStdString(), std::string(1, separatorByte), vmime::charsets::UTF_8);
    return QByteArray::fromStdString(vmime::net::imap::IMAPUtils::quoteString(
        vmime::net::imap::IMAPUtils::pathToString(separatorByte, path)));
}

QByteArray ImapCommand::list(const QByteArrayList& returns)
{
    if (returns.isEmpty())
        return QByteArrayLiteral(R"(LIST "" "*")");
    return R"(LIST "" "*" RETURN ()" + returns.join(' ') + ')';
}

QByteArray ImapCommand::status(const QByteArray& mailbox)
{
    return "STATUS " + mailbox + " (" + StatusItems + ')';
}

QByteArray ImapCommand::open(const QByteArray& mailbox, bool readOnly, bool condStore)
{
    return (readOnly ? "EXAMINE " : "SELECT ") + mailbox + (condStore ? " (CONDSTORE)" : "");
}

QByteArray ImapCommand::unselect()
{
    return QByteArrayLiteral("UNSELECT");
}

QByteArray ImapCommand::idle()
{
    return QByteArrayLiteral("IDLE");
}

const QByteArray ImapCommand::IdleDone = QByteArrayLiteral("DONE\r\n");

QByteArray ImapCommand::search(const QByteArray& criteria)
{
    return "UID SEARCH " + criteria;
}

QByteArray ImapCommand::fetch(const QByteArray& uidSet, const QByteArray& item)
{
    return "UID FETCH " + uidSet + " (UID RFC822.SIZE " + item + ')';
}

QByteArray ImapCommand::structures(const QList<quint32>& uids)
{
    return "UID FETCH " + UidSet::format(uids) + " (UID BODYSTRUCTURE)";
}

QByteArray ImapCommand::sections(quint32 uid, const QList<QByteArray>& items)
{
    return "UID FETCH " + QByteArray::number(uid) + " (UID " + items.join(' ') + ')';
}

QByteArray ImapCommand::transfer(
    const QByteArray& verb, const QList<quint32>& uids, const QByteArray& mailbox)
{
    return "UID " + verb + ' ' + UidSet::format(uids) + ' ' + mailbox;
}

QByteArray ImapCommand::setDeleted(const QList<quint32>& uids, bool deleted)
{
    return "UID STORE " + UidSet::format(uids) + (deleted ? " +" : " -") + "FLAGS.SILENT (\\Deleted)";
}

QByteArray ImapCommand::expunge(const QList<quint32>& uids)
{
    return "UID EXPUNGE " + UidSet::format(uids);
}

} // namespace Core::Imap
