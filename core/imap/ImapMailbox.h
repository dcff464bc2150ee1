#pragma once

#include "imap/ImapProtocol.h"
#include "mail/Mailbox.h"

#include <QCoreApplication>

namespace Core::Imap {

class ImapConnection;

// An IMAP account as a Mail::Mailbox, on the session's connection: UID MOVE where the
// server has it, else UID COPY and \Deleted with UID EXPUNGE of exactly those UIDs
// (UIDPLUS), else the flag alone. Never a plain EXPUNGE or CLOSE: they take other
// programs' \Deleted mail too.
class ImapMailbox final : public Mail::Mailbox {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::ImapMailbox)

public:
    explicit ImapMailbox(ImapConnection& connection);

    Transfer transfer() const override;
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
    ImapConnection& m_connection;
    ImapProtocol m_protocol;
};

} // namespace Core::Imap
