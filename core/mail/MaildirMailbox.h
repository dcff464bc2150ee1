#pragma once

#include "mail/Mailbox.h"
#include "mail/MaildirFolder.h"

#include <QCoreApplication>

namespace Core::Mail {

// A Maildir (the demo's copy) as a Mail::Mailbox: each subfolder with cur/ and new/ is a
// folder, moving renames a file, copying copies it, IMAP's \Deleted is Maildir's T flag,
// and only an expunge of exactly those UIDs removes a file. The transfer a server without
// MOVE (or without UIDPLUS too) would offer can be asked for, so that the cleaner's ways
// are all tried on files as on a server.
class MaildirMailbox final : public Mailbox {
    Q_DECLARE_TR_FUNCTIONS(Core::Mail::MaildirMailbox)

public:
    // trash: the folder the owner knows to be the Trash; empty when there is none.
    MaildirMailbox(QString root, QString trash, Transfer transfer = Transfer::Move);

    Transfer transfer() const override { return m_transfer; }
    Result<QString> trashFolder() override;
    Result<quint32> select(const QString& folder) override;
    Done leave() override;
    Done identify(const QList<quint32>& uids, const Visit& visit) override;
    Done identifyAll(const Visit& visit) override;
    Result<QList<quint32>> deleted() override;
    Result<UidMapping> move(const QList<quint32>& uids, const QString& target) override;
    Result<UidMapping> copy(const QList<quint32>& uids, const QString& target) override;
    Done setDeleted(const QList<quint32>& uids, bool deleted) override;
    Done expunge(const QList<quint32>& uids) override;

private:
    Result<MaildirFolder> open(const QString& folder) const;
    Result<MaildirFolder*> selected();
    // Where a message arriving in target goes: the Trash takes it as seen (cur/), a folder
    // it comes home to takes it as its name says it was.
    QString subfolderFor(const QString& target, const MaildirFolder::Message& message) const;
    Result<UidMapping> transferTo(const QList<quint32>& uids, const QString& target, bool keepOriginal);
    static Identity identityOf(const MaildirFolder::Message& message);

    QString m_root;
    QString m_trash;
    Transfer m_transfer;
    std::optional<MaildirFolder> m_selected;
};

} // namespace Core::Mail
