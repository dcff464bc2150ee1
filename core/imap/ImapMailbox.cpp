#include "imap/ImapMailbox.h"

#include "analysis/MimeHeader.h"
#include "imap/FolderRoles.h"
#include "imap/ImapConnection.h"

namespace Core::Imap {

namespace {

    const QByteArray messageIdItem = QByteArrayLiteral("BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]");

    ImapProtocol::Visit identifying(const Mail::Mailbox::Visit& visit)
    {
        return [&visit](const FetchedMessage& message) {
            visit({ message.uid, message.size, Analysis::MimeHeader::messageIdOfMessage(message.bytes) });
        };
    }

} // namespace

ImapMailbox::ImapMailbox(ImapConnection& connection)
    : m_connection(connection)
    , m_protocol(connection)
{
}

Mail::Mailbox::Transfer ImapMailbox::transfer() const
{
    if (m_protocol.hasCapability("MOVE"))
        return Transfer::Move;
    return m_protocol.hasCapability("UIDPLUS") ? Transfer::CopyThenExpunge : Transfer::CopyThenFlag;
}

Mail::Mailbox::Result<QString> ImapMailbox::trashFolder()
{
    const auto folders = m_protocol.folders();
    if (!folders)
        return folders.error();
    for (const FolderInfo& folder : *folders) {
        if (folder.role == FolderRole::Trash)
            return folder.path;
    }
    return Common::Error { Common::Problem::Other,
        tr("No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your "
           "mail program.")
            .arg(m_connection.address().host) };
}

Mail::Mailbox::Result<quint32> ImapMailbox::select(const QString& folder)
{
    const auto opened = m_protocol.open(folder, false);
    if (!opened)
        return opened.error();
    return opened->uidValidity;
}

Mail::Mailbox::Done ImapMailbox::leave()
{
    return m_protocol.leave();
}

Mail::Mailbox::Done ImapMailbox::identify(const QList<quint32>& uids, const Visit& visit)
{
    return m_protocol.fetch(uids, messageIdItem, identifying(visit));
}

Mail::Mailbox::Done ImapMailbox::identifyAll(const Visit& visit)
{
    return m_protocol.fetchAll(messageIdItem, identifying(visit));
}

Mail::Mailbox::Result<QList<quint32>> ImapMailbox::deleted()
{
    return m_protocol.searchUids("DELETED");
}

Mail::Mailbox::Result<Mail::Mailbox::UidMapping> ImapMailbox::move(
    const QList<quint32>& uids, const QString& target)
{
    return m_protocol.move(uids, target);
}

Mail::Mailbox::Result<Mail::Mailbox::UidMapping> ImapMailbox::copy(
    const QList<quint32>& uids, const QString& target)
{
    return m_protocol.copy(uids, target);
}

Mail::Mailbox::Done ImapMailbox::setDeleted(const QList<quint32>& uids, bool deleted)
{
    return deleted ? m_protocol.markDeleted(uids) : m_protocol.clearDeleted(uids);
}

Mail::Mailbox::Done ImapMailbox::expunge(const QList<quint32>& uids)
{
    return m_protocol.expunge(uids);
}

} // namespace Core::Imap
