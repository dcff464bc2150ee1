#pragma once

#include "mail/MaildirFolder.h"
#include "mail/MaildirMailbox.h"
#include "session/MailboxWorker.h"
#include "store/ActionLog.h"
#include "store/ScanCache.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace Core::Demo {

// The demo mailbox behind the same interface as an IMAP account: scans, cleans and
// undoes on a Maildir (a copy DemoMailbox made) instead of a server. Each subfolder with
// cur/ and new/ is a folder; cleaning renames files into Trash/cur and never deletes one.
// What a scan saw and every clean and undo go to a SQLite store inside the Maildir, so
// the demo leaves nothing behind when its copy is removed. Like the account worker it
// lives on a thread of its own and answers through its signals only.
class DemoWorker : public Session::MailboxWorker {
    Q_OBJECT

public:
    explicit DemoWorker(QString maildirRoot, QObject* parent = nullptr);
    ~DemoWorker() override;

public slots:
    void listFolders() override;
    void scan(
        const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses) override;
    void clean(const QString& folder, const QList<quint32>& uids) override;
    void undo(qint64 actionId) override;
    void listActions() override;

protected:
    void stopRunningJob() override;

private:
    struct ScanContext;

    // Store made on first use, on the worker's own thread.
    bool openStore(QString* error);
    bool prepare(QString* error);
    QList<Session::MailboxFolder> folders() const;
    std::optional<Mail::MaildirFolder> openFolder(const QString& name, QString* error) const;
    bool indexSent(const QStringList& sentFolders, ScanContext& context, QString* error);
    bool scanFolder(const QString& folder, ScanContext& context, QString* error);
    // The demo's files as the cleaner moves them.
    std::optional<Mail::MaildirMailbox> mailbox(QString* error) const;
    QString cancelledOr(const QString& error) const;

    QString m_root;
    std::unique_ptr<Store::ScanCache> m_cache;
    std::unique_ptr<Store::ActionLog> m_log;
    std::atomic<bool> m_cancelled { false };
};

} // namespace Core::Demo
