#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Core::Store {

// The audit log of every clean and undo: which messages, from where, to where, and how
// far each got. Each step is written before the server is asked to do it and again when
// it answered, so that after a crash or a cut connection the log says where every
// message is (or what to check to find out).
class ActionLog {
    Q_DECLARE_TR_FUNCTIONS(Core::Store::ActionLog)

public:
    // Where one message stands in an action.
    enum class State {
        Planned, // written before the server was asked; not known to have moved
        Copied, // a copy is in the target, the original still in the source
        Flagged, // copied and flagged \Deleted; the server removes it when deleted mail is emptied
        Moved, // in the target only
        Skipped, // left where it was (changed since the scan, or gone)
        // Still in its folder when an interrupted action was settled. A command the server
        // was still carrying out for the lost connection may yet move it: undo looks for it too.
        Stayed,
    };

    struct Entry {
        qint64 id = 0;
        QString sourceFolder;
        quint32 sourceUid = 0; // 0: not known yet
        QString messageId;
        quint64 size = 0;
        QString targetFolder;
        quint32 targetUid = 0; // 0: not known (no COPYUID)
        State state = State::Planned;
    };

    struct Action {
        qint64 id = 0;
        QString kind; // "clean" or "undo"
        QString state; // "running", "done", "interrupted"
        qint64 undoes = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    ActionLog(QSqlDatabase database, qint64 accountId);

    static QString stateName(State state);

    // The action and all its messages as Planned, in one transaction, before anything moves.
    std::optional<qint64> begin(
        const QString& kind, qint64 undoes, const QList<Entry>& entries, QString* error);
    bool update(const QList<Entry>& entries, QString* error);
    bool finish(qint64 actionId, const QString& state, QString* error);

    std::optional<Action> action(qint64 actionId) const;
    // The newest clean that no finished undo has put back; nothing when there is none.
    std::optional<Action> lastUndoableClean() const;
    bool isUndone(qint64 cleanId) const;
    // The undo actions of a clean, oldest first, finished or not.
    QList<Action> undosOf(qint64 cleanId) const;
    QList<Action> running() const;
    // Every action of the account, newest first.
    QList<Action> all() const;
    QList<Entry> entries(qint64 actionId) const;

private:
    // condition and order are fixed SQL written here, never from outside.
    QList<Action> actionsWhere(const QString& condition, const QString& order) const;

    QSqlDatabase m_database;
    qint64 m_accountId;
};

} // namespace Core::Store
