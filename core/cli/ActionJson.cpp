#include "cli/ActionJson.h"

namespace Core::Cli {

QJsonObject ActionJson::entry(const Store::ActionLog::Entry& entry)
{
    QJsonObject object {
        { QStringLiteral("folder"), entry.sourceFolder },
        { QStringLiteral("uid"), qint64(entry.sourceUid) },
        { QStringLiteral("message_id"),
            entry.messageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.messageId) },
        { QStringLiteral("state"), Store::ActionLog::stateName(entry.state) },
        { QStringLiteral("target_folder"), entry.targetFolder },
        { QStringLiteral("target_uid"),
            entry.targetUid == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(entry.targetUid)) },
    };
    return object;
}

} // namespace Core::Cli
