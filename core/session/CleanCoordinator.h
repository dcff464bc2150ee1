#pragma once

#include "session/MailboxCleaner.h"
#include "session/ScanResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Core::Session {

class MailboxWorker;

// The moves a person asks for in the window, run on a MailboxWorker and told back as
// one: a clean of messages from several folders is one clean per folder, one after the
// other, reported together; its undo puts back every one of them. Widget-free, so that
// what the window shows is decided here and tested without a screen.
class CleanCoordinator : public QObject {
    Q_OBJECT

public:
    struct CleanReport {
        bool ok = true;
        QString error; // the first clean that failed; the later folders were not asked
        int moved = 0;
        int skipped = 0; // changed since the scan: left where they were
        bool flaggedOnly = false; // copied and flagged only (a server without MOVE or UIDPLUS)
        bool undoable = false;
    };

    struct UndoReport {
        bool ok = true;
        QString error; // the last undo that failed
        int notFound = 0; // no longer in the Trash: could not be put back
    };

    explicit CleanCoordinator(QObject* parent = nullptr);

    // The worker whose actions this runs; its actionFinished is listened to from now on.
    void setWorker(MailboxWorker* worker);

    bool isRunning() const { return m_running != Running::Nothing; }
    // The last clean moved something that no undo has put back yet.
    bool canUndo() const { return !isRunning() && !m_lastCleanIds.isEmpty(); }

    // Each returns false (and does nothing) while another clean or undo runs.
    bool clean(const QList<ScanResult>& messages);
    bool undoLastClean();
    // One clean of the history, whichever it is.
    bool undo(qint64 cleanActionId);

signals:
    void cleanStarted();
    void undoStarted();
    // As each folder's clean ends: what left it, for the list of results.
    void messagesMoved(const QString& folder, const QList<quint32>& uids);
    void cleanFinished(const Core::Session::CleanCoordinator::CleanReport& report);
    void undoFinished(const Core::Session::CleanCoordinator::UndoReport& report);

private:
    enum class Running { Nothing, Clean, Undo };
    struct FolderClean {
        QString folder;
        QList<quint32> uids;
    };

    void startNextClean();
    void startUndos(const QList<qint64>& actionIds);
    void onActionFinished(bool ok, const QString& error, const MailboxCleaner::Outcome& outcome);

    QPointer<MailboxWorker> m_worker;
    Running m_running = Running::Nothing;
    QList<FolderClean> m_pendingCleans;
    CleanReport m_clean;
    QList<qint64> m_lastCleanIds;
    int m_pendingUndos = 0;
    UndoReport m_undo;
};

} // namespace Core::Session

Q_DECLARE_METATYPE(Core::Session::CleanCoordinator::CleanReport)
Q_DECLARE_METATYPE(Core::Session::CleanCoordinator::UndoReport)
