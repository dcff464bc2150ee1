#pragma once

#include "store/ActionLog.h"

#include <QJsonObject>

namespace Core::Cli {

// One message of a clean or undo in the CLI's JSON: where it was, where it is now.
class ActionJson {
public:
    static QJsonObject entry(const Store::ActionLog::Entry& entry);
};

} // namespace Core::Cli
