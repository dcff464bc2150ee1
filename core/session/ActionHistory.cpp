#include "session/ActionHistory.h"

namespace Core::Session {

QList<ActionSummary> ActionHistory::summarise(const Store::ActionLog& log)
{
    QList<ActionSummary> result;
    const QList<Store::ActionLog::Action> actions = log.all();
    for (const Store::ActionLog::Action& action : actions) {
        ActionSummary summary;
        summary.id = action.id;
        summary.kind = action.kind;
        summary.state = action.state;
        summary.undoes = action.undoes;
        summary.undone = action.kind == QLatin1String("clean") && log.isUndone(action.id);
        summary.startedAt = action.startedAt;
        const QList<Store::ActionLog::Entry> entries = log.entries(action.id);
        summary.messages = int(entries.size());
        for (const Store::ActionLog::Entry& entry : entries) {
            if (summary.sourceFolder.isEmpty()) {
                summary.sourceFolder = entry.sourceFolder;
                summary.targetFolder = entry.targetFolder;
            }
            if (entry.state == Store::ActionLog::State::Moved
                || entry.state == Store::ActionLog::State::Flagged)
                ++summary.moved;
        }
        result.append(summary);
    }
    return result;
}

} // namespace Core::Session
