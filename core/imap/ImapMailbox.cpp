#include "imap/ImapMailbox.h"

#include "analysis/MimeHeader.h"
#include "imap/FolderRoles.h"
#include "imap/ImapConnection.h"

namespace Core::Imap {

namespace {

    const QByteArray messageIdItem = QByteArrayLiteral("BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]");

    std::function<void(const FetchedMessage&)> identifying(
        const std::function<void(const Mail::Mailbox::Identity&)>& visit)
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

std::optional<QString> ImapMailbox::trashFolder(QString* error)
{
    const auto folders = m_protocol.folders(error);
    if (!folders)
        return std::nullopt;
    for (const FolderInfo& folder : *folders) {
        if (folder.role == FolderRole::Trash)
            return folder.path;
    }
    *error = tr("No Trash folder was found on %1, so nothing was moved. Create a folder named Trash in your "
                "mail program.")
                 .arg(m_connection.address().host);
    return std::nullopt;
}

std::optional<quint32> ImapMailbox::select(const QString& folder, QString* error)
{
    const auto opened = m_protocol.open(folder, false, error);
    if (!opened)
        return std::nullopt;
    return opened->uidValidity;
}

bool ImapMailbox::leave(QString* error)
{
    return m_protocol.leave(error);
}

bool ImapMailbox::identify(
    const QList<quint32>& uids, const std::function<void(const Identity&)>& visit, QString* error)
{
    return m_protocol.fetch(uids, messageIdItem, identifying(visit), error);
}

bool ImapMailbox::identifyAll(const std::function<void(const Identity&)>& visit, QString* error)
{
    return m_protocol.fetchAll(messageIdItem, identifying(visit), error);
}

std::optional<QList<quint32>> ImapMailbox::deleted(QString* error)
{
    return m_protocol.searchUids("DELETED", error);
}

std::optional<Mail::Mailbox::UidMapping> ImapMailbox::move(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return m_protocol.move(uids, target, error);
}

std::optional<Mail::Mailbox::UidMapping> ImapMailbox::copy(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return m_protocol.copy(uids, target, error);
}

bool ImapMailbox::setDeleted(const QList<quint32>& uids, bool deleted, QString* error)
{
    return deleted ? m_protocol.markDeleted(uids, error) : m_protocol.clearDeleted(uids, error);
}

bool ImapMailbox::expunge(const QList<quint32>& uids, QString* error)
{
    return m_protocol.expunge(uids, error);
}

bool ImapMailbox::connectionLost() const
{
    return m_protocol.connectionLost();
}

} // namespace Core::Imap
