#pragma once

#include "imap/FolderRoles.h"
#include "session/MailboxCleaner.h"
#include "session/MailboxScanner.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Core::Session {

// A folder as the main window offers it for scanning.
struct MailboxFolder {
    QString name; // as the worker's scan() and clean() take it
    Imap::FolderRole role = Imap::FolderRole::Other;
    int messages = 0;
    // Most of its latest messages look like automatic replies: worth offering for a scan.
    bool mayHoldBounces = false;
};

// One past clean or undo, for the action history.
struct ActionSummary {
    qint64 id = 0;
    QString kind; // "clean" or "undo"
    QString state; // "running", "done", "interrupted"
    qint64 undoes = 0; // for an undo: the clean it put back
    bool undone = false; // for a clean: a finished undo put it back
    QDateTime startedAt;
    QString sourceFolder;
    QString targetFolder;
    int messages = 0; // messages the action was asked to move
    int moved = 0; // of them, moved (or copied and flagged)
};

// The one mailbox a window works on, owned by a thread of its own: the window calls its
// slots through queued connections and hears back through its signals, which carry
// plain values only. An IMAP account (Session::AccountWorker) and the bundled demo mailbox
// (Demo::DemoWorker) are the two kinds; the window cannot tell them apart.
class MailboxWorker : public QObject {
    Q_OBJECT

public:
    explicit MailboxWorker(QObject* parent = nullptr);

    // May be called from any thread: stops the running job within a second, and every job
    // asked for before it that has not started yet. A job asked for after it runs.
    void cancel();

    // A worker on the same mailbox with a connection of its own, for waitForNewMail()
    // beside the jobs of this one; none where nothing tells of new mail (the demo's files,
    // which the window looks through every few minutes). Called on the thread that made
    // this worker; it reads only what this worker was made with.
    virtual std::unique_ptr<MailboxWorker> newMailWaiter() { return nullptr; }

public slots:
    virtual void listFolders() = 0;
    virtual void scan(
        const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses)
        = 0;
    // Moves exactly these messages of the last scan of folder to the Trash.
    virtual void clean(const QString& folder, const QList<quint32>& uids) = 0;
    // actionId 0: the newest clean not yet undone.
    virtual void undo(qint64 actionId) = 0;
    virtual void listActions() = 0;
    // On a newMailWaiter(): until cancel(), newMailArrived() each time a message comes into
    // folder or leaves it, as the server tells (IMAP IDLE); a lost connection is made again.
    // Ends at once where the server has no IDLE. Only workers that give a waiter have it.
    virtual void waitForNewMail(const QString& folder);

protected:
    // On the worker's thread, as a job starts: a cancel() came after the job was asked for.
    bool cancelledBeforeStart() const { return m_cancelsAsked.load() != m_cancelsSettled; }
    // From any thread: makes the running job stop.
    virtual void stopRunningJob() = 0;

signals:
    void foldersListed(bool ok, const QString& error, const QList<Core::Session::MailboxFolder>& folders);
    void progress(const QString& phase, int done, int total);
    void messageScanned(const Core::Session::ScanResult& result);
    void scanFinished(bool ok, const QString& error, const Core::Session::ScanTotals& totals);
    void actionFinished(bool ok, const QString& error, const Core::Session::MailboxCleaner::Outcome& outcome);
    void actionsListed(const QList<Core::Session::ActionSummary>& actions);
    void newMailArrived();

private:
    std::atomic<quint64> m_cancelsAsked { 0 };
    quint64 m_cancelsSettled = 0; // on the worker's thread only
};

} // namespace Core::Session

Q_DECLARE_METATYPE(Core::Session::MailboxFolder)
Q_DECLARE_METATYPE(Core::Session::ActionSummary)
Q_DECLARE_METATYPE(Core::Session::ScanResult)
Q_DECLARE_METATYPE(Core::Session::ScanTotals)
Q_DECLARE_METATYPE(Core::Session::MailboxCleaner::Outcome)
