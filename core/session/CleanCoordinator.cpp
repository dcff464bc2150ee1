#include "session/CleanCoordinator.h"

#include "session/MailboxWorker.h"

#include <QHash>

namespace Core::Session {

using State = Store::ActionLog::State;

CleanCoordinator::CleanCoordinator(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<CleanReport>();
    qRegisterMetaType<UndoReport>();
}

void CleanCoordinator::setWorker(MailboxWorker* worker)
{
    if (m_worker)
        disconnect(m_worker, nullptr, this, nullptr);
    m_worker = worker;
    m_running = Running::Nothing;
    m_pendingCleans.clear();
    m_lastCleanIds.clear();
    if (worker)
        connect(worker, &MailboxWorker::actionFinished, this, &CleanCoordinator::onActionFinished);
}

bool CleanCoordinator::clean(const QList<ScanResult>& messages)
{
    if (!m_worker || isRunning() || messages.isEmpty())
        return false;
    m_pendingCleans.clear();
    QHash<QString, qsizetype> byFolder;
    for (const ScanResult& message : messages) {
        auto found = byFolder.constFind(message.folder);
        if (found == byFolder.constEnd()) {
            found = byFolder.insert(message.folder, m_pendingCleans.size());
            m_pendingCleans.append({ message.folder, {} });
        }
        m_pendingCleans[*found].uids.append(message.uid);
    }
    m_lastCleanIds.clear();
    m_clean = {};
    m_running = Running::Clean;
    emit cleanStarted();
    startNextClean();
    return true;
}

void CleanCoordinator::startNextClean()
{
    const FolderClean next = m_pendingCleans.takeFirst();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, next] { worker->clean(next.folder, next.uids); }, Qt::QueuedConnection);
}

bool CleanCoordinator::undoLastClean()
{
    if (!canUndo() || !m_worker)
        return false;
    startUndos(std::exchange(m_lastCleanIds, {}));
    return true;
}

bool CleanCoordinator::undo(qint64 cleanActionId)
{
    if (!m_worker || isRunning() || cleanActionId <= 0)
        return false;
    m_lastCleanIds.removeAll(cleanActionId);
    startUndos({ cleanActionId });
    return true;
}

void CleanCoordinator::startUndos(const QList<qint64>& actionIds)
{
    m_undo = {};
    m_pendingUndos = int(actionIds.size());
    m_running = Running::Undo;
    emit undoStarted();
    for (const qint64 id : actionIds)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, id] { worker->undo(id); }, Qt::QueuedConnection);
}

void CleanCoordinator::onActionFinished(bool ok, const QString& error, const MailboxCleaner::Outcome& outcome)
{
    if (m_running == Running::Undo) {
        m_undo.notFound += outcome.notFound;
        if (!ok) {
            m_undo.ok = false;
            m_undo.error = error;
        }
        if (--m_pendingUndos > 0)
            return;
        m_running = Running::Nothing;
        emit undoFinished(m_undo);
        return;
    }
    if (m_running != Running::Clean)
        return; // an answer to nothing this coordinator asked

    if (outcome.actionId > 0)
        m_lastCleanIds.append(outcome.actionId);
    m_clean.moved += outcome.moved;
    m_clean.skipped += outcome.skipped;
    m_clean.flaggedOnly = m_clean.flaggedOnly || outcome.flaggedOnly;
    QHash<QString, QList<quint32>> moved;
    for (const auto& entry : outcome.entries) {
        if (entry.state == State::Moved || entry.state == State::Flagged)
            moved[entry.sourceFolder].append(entry.sourceUid);
    }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        emit messagesMoved(it.key(), it.value());

    if (ok && !m_pendingCleans.isEmpty()) {
        startNextClean();
        return;
    }
    if (!ok) {
        m_pendingCleans.clear();
        m_clean.ok = false;
        m_clean.error = error;
    }
    m_running = Running::Nothing;
    m_clean.undoable = !m_lastCleanIds.isEmpty();
    emit cleanFinished(m_clean);
}

} // namespace Core::Session
