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

std::optional<QString> MaildirMailbox::trashFolder(QString* error)
{
    if (m_trash.isEmpty()) {
        *error = tr("This mailbox has no Trash folder, so nothing was moved.");
        return std::nullopt;
    }
    return m_trash;
}

std::optional<MaildirFolder> MaildirMailbox::open(const QString& folder, QString* error) const
{
    // Names come from the store's own log; still, none may lead out of the mailbox.
    if (folder.isEmpty() || folder.startsWith(u'.') || folder.contains(u'/') || folder.contains(u'\\')) {
        *error = tr("There is no folder \"%1\" in this mailbox.").arg(folder);
        return std::nullopt;
    }
    return MaildirFolder::open(QDir(m_root).filePath(folder), error);
}

MaildirFolder* MaildirMailbox::selected(QString* error)
{
    if (!m_selected) {
        *error = tr("No folder of the mailbox is open.");
        return nullptr;
    }
    return &*m_selected;
}

std::optional<quint32> MaildirMailbox::select(const QString& folder, QString* error)
{
    m_selected = open(folder, error);
    if (!m_selected)
        return std::nullopt;
    return m_selected->uidValidity();
}

bool MaildirMailbox::leave(QString*)
{
    m_selected.reset();
    return true;
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

bool MaildirMailbox::identify(
    const QList<quint32>& uids, const std::function<void(const Identity&)>& visit, QString* error)
{
    const MaildirFolder* folder = selected(error);
    if (!folder)
        return false;
    for (const quint32 uid : uids) {
        if (const auto message = folder->message(uid))
            visit(identityOf(*message));
    }
    return true;
}

bool MaildirMailbox::identifyAll(const std::function<void(const Identity&)>& visit, QString* error)
{
    const MaildirFolder* folder = selected(error);
    if (!folder)
        return false;
    for (const MaildirFolder::Message& message : folder->messages())
        visit(identityOf(message));
    return true;
}

std::optional<QList<quint32>> MaildirMailbox::deleted(QString* error)
{
    const MaildirFolder* folder = selected(error);
    if (!folder)
        return std::nullopt;
    QList<quint32> result;
    for (const MaildirFolder::Message& message : folder->messages()) {
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

std::optional<Mailbox::UidMapping> MaildirMailbox::transferTo(
    const QList<quint32>& uids, const QString& target, bool keepOriginal, QString* error)
{
    MaildirFolder* source = selected(error);
    if (!source)
        return std::nullopt;
    auto destination = open(target, error);
    if (!destination)
        return std::nullopt;
    UidMapping mapping;
    for (const quint32 uid : uids) {
        const auto message = source->message(uid);
        if (!message)
            continue; // gone: passed over, as a server does
        QString failure;
        const QString subfolder = subfolderFor(target, *message);
        const auto arrived = keepOriginal ? source->copyTo(uid, *destination, subfolder, &failure)
                                          : source->moveTo(uid, *destination, subfolder, &failure);
        if (arrived)
            mapping.insert(uid, *arrived);
        else
            qCInfo(lcMail) << "UID" << uid << "left where it was:" << failure;
    }
    return mapping;
}

std::optional<Mailbox::UidMapping> MaildirMailbox::move(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return transferTo(uids, target, false, error);
}

std::optional<Mailbox::UidMapping> MaildirMailbox::copy(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return transferTo(uids, target, true, error);
}

bool MaildirMailbox::setDeleted(const QList<quint32>& uids, bool deleted, QString* error)
{
    MaildirFolder* folder = selected(error);
    if (!folder)
        return false;
    for (const quint32 uid : uids) {
        if (folder->message(uid) && !folder->setFlag(uid, u'T', deleted, error))
            return false;
    }
    return true;
}

bool MaildirMailbox::expunge(const QList<quint32>& uids, QString* error)
{
    MaildirFolder* folder = selected(error);
    if (!folder)
        return false;
    for (const quint32 uid : uids) {
        const auto message = folder->message(uid);
        // As UID EXPUNGE: only what is flagged \Deleted goes.
        if (message && MaildirFolder::flags(*message).contains(u'T') && !folder->remove(uid, error))
            return false;
    }
    return true;
}

} // namespace Core::Mail
