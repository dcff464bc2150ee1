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
    std::optional<QString> trashFolder(QString* error) override;
    std::optional<quint32> select(const QString& folder, QString* error) override;
    bool leave(QString* error) override;
    bool identify(const QList<quint32>& uids, const std::function<void(const Identity&)>& visit,
        QString* error) override;
    bool identifyAll(const std::function<void(const Identity&)>& visit, QString* error) override;
    std::optional<QList<quint32>> deleted(QString* error) override;
    std::optional<UidMapping> move(
        const QList<quint32>& uids, const QString& target, QString* error) override;
    std::optional<UidMapping> copy(
        const QList<quint32>& uids, const QString& target, QString* error) override;
    bool setDeleted(const QList<quint32>& uids, bool deleted, QString* error) override;
    bool expunge(const QList<quint32>& uids, QString* error) override;
    bool connectionLost() const override;

private:
    ImapConnection& m_connection;
    ImapProtocol m_protocol;
};

} // namespace Core::Imap
