#include "mail/MaildirMailbox.h"

#include "analysis/MimeHeader.h"
#include "common/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Core::Mail {

MaildirMailbox::MaildirMailbox(QString root, QString trash, Transfer transfer)
    : m_root(std::move(root))
    , m_trash(std::move(trash))
    , m_transfer(transfer)
{
}

Mailbox::Result<QString> MaildirMailbox::trashFolder()
{
    if (m_trash.isEmpty())
        return Common::Error { Common::Problem::Other,
            tr("This mailbox has no Trash folder, so nothing was moved.") };
    return m_trash;
}

Mailbox::Result<MaildirFolder> MaildirMailbox::open(const QString& folder) const
{
    // Names come from the store's own log; still, none may lead out of the mailbox.
    if (folder.isEmpty() || folder.startsWith(u'.') || folder.contains(u'/') || folder.contains(u'\\'))
        return Common::Error::localStorage(tr("There is no folder \"%1\" in this mailbox.").arg(folder));
    QString error;
    auto opened = MaildirFolder::open(QDir(m_root).filePath(folder), &error);
    if (!opened)
        return Common::Error::localStorage(error);
    return std::move(*opened);
}

Mailbox::Result<MaildirFolder*> MaildirMailbox::selected()
{
    if (!m_selected)
        return Common::Error::localStorage(tr("No folder of the mailbox is open."));
    return &*m_selected;
}

Mailbox::Result<quint32> MaildirMailbox::select(const QString& folder)
{
    m_selected.reset();
    auto opened = open(folder);
    if (!opened)
        return opened.error();
    m_selected = std::move(*opened);
    return m_selected->uidValidity();
}

Mailbox::Done MaildirMailbox::leave()
{
    m_selected.reset();
    return {};
}

Mailbox::Identity MaildirMailbox::identityOf(const MaildirFolder::Message& message)
{
    Identity identity { message.uid, quint64(message.size), {} };
    QString error;
    const auto header = MaildirFolder::readHeader(message.filePath, &error);
    if (!header) {
        qCInfo(lcMail) << message.filePath << error;
        return identity;
    }
    identity.messageId = Analysis::MimeHeader::messageIdOfMessage(*header);
    return identity;
}

Mailbox::Done MaildirMailbox::identify(const QList<quint32>& uids, const Visit& visit)
{
    const auto folder = selected();
    if (!folder)
        return folder.error();
    for (const quint32 uid : uids) {
        if (const auto message = (*folder)->message(uid))
            visit(identityOf(*message));
    }
    return {};
}

Mailbox::Done MaildirMailbox::identifyAll(const Visit& visit)
{
    const auto folder = selected();
    if (!folder)
        return folder.error();
    for (const MaildirFolder::Message& message : (*folder)->messages())
        visit(identityOf(message));
    return {};
}

Mailbox::Result<QList<quint32>> MaildirMailbox::deleted()
{
    const auto folder = selected();
    if (!folder)
        return folder.error();
    QList<quint32> result;
    for (const MaildirFolder::Message& message : (*folder)->messages()) {
        if (MaildirFolder::flags(message).contains(u'T'))
            result.append(message.uid);
    }
    return result;
}

QString MaildirMailbox::subfolderFor(const QString& target, const MaildirFolder::Message& message) const
{
    if (target == m_trash)
        return QStringLiteral("cur");
    const bool hasInfo = QFileInfo(message.filePath).fileName().contains(MaildirFolder::InfoSeparator);
    return hasInfo ? QStringLiteral("cur") : QStringLiteral("new");
}

Mailbox::Result<Mailbox::UidMapping> MaildirMailbox::transferTo(
    const QList<quint32>& uids, const QString& target, bool keepOriginal)
{
    const auto source = selected();
    if (!source)
        return source.error();
    auto destination = open(target);
    if (!destination)
        return destination.error();
    UidMapping mapping;
    for (const quint32 uid : uids) {
        const auto message = (*source)->message(uid);
        if (!message)
            continue; // gone: passed over, as a server does
        QString failure;
        const QString subfolder = subfolderFor(target, *message);
        const auto arrived = keepOriginal ? (*source)->copyTo(uid, *destination, subfolder, &failure)
                                          : (*source)->moveTo(uid, *destination, subfolder, &failure);
        if (arrived)
            mapping.insert(uid, *arrived);
        else
            qCInfo(lcMail) << "UID" << uid << "left where it was:" << failure;
    }
    return mapping;
}

Mailbox::Result<Mailbox::UidMapping> MaildirMailbox::move(const QList<quint32>& uids, const QString& target)
{
    return transferTo(uids, target, false);
}

Mailbox::Result<Mailbox::UidMapping> MaildirMailbox::copy(const QList<quint32>& uids, const QString& target)
{
    return transferTo(uids, target, true);
}

Mailbox::Done MaildirMailbox::setDeleted(const QList<quint32>& uids, bool deleted)
{
    const auto folder = selected();
    if (!folder)
        return folder.error();
    for (const quint32 uid : uids) {
        QString error;
        if ((*folder)->message(uid) && !(*folder)->setFlag(uid, u'T', deleted, &error))
            return Common::Error::localStorage(error);
    }
    return {};
}

Mailbox::Done MaildirMailbox::expunge(const QList<quint32>& uids)
{
    const auto folder = selected();
    if (!folder)
        return folder.error();
    for (const quint32 uid : uids) {
        const auto message = (*folder)->message(uid);
        QString error;
        // As UID EXPUNGE: only what is flagged \Deleted goes.
        if (message && MaildirFolder::flags(*message).contains(u'T') && !(*folder)->remove(uid, &error))
            return Common::Error::localStorage(error);
    }
    return {};
}

} // namespace Core::Mail
