#pragma once

#include "session/MailboxWorker.h"
#include "store/ActionLog.h"

namespace Core::Session {

// The audit log told as a history a person can read and undo from.
class ActionHistory {
public:
    static QList<ActionSummary> summarise(const Store::ActionLog& log);
};

} // namespace Core::Session
