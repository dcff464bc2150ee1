#include "store/ActionLog.h"

#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Core::Store {

namespace {

    bool failed(const QSqlQuery& query, QString* error)
    {
        *error
            = ActionLog::tr("The NeverSent audit log could not be written: %1").arg(query.lastError().text());
        return false;
    }

    QString now()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    QVariant uidValue(quint32 uid)
    {
        return uid == 0 ? QVariant() : QVariant(uid);
    }

    ActionLog::State stateNamed(const QString& name)
    {
        for (const ActionLog::State state :
            { ActionLog::State::Planned, ActionLog::State::Copied, ActionLog::State::Flagged,
                ActionLog::State::Moved, ActionLog::State::Skipped, ActionLog::State::Stayed }) {
            if (ActionLog::stateName(state) == name)
                return state;
        }
        return ActionLog::State::Planned;
    }

    ActionLog::Action actionFrom(const QSqlQuery& query)
    {
        ActionLog::Action action;
        action.id = query.value(0).toLongLong();
        action.kind = query.value(1).toString();
        action.state = query.value(2).toString();
        action.undoes = query.value(3).toLongLong();
        action.startedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        action.finishedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        return action;
    }

    const QString actionColumns = QStringLiteral("id, kind, state, undoes, started_at, finished_at");

} // namespace

ActionLog::ActionLog(QSqlDatabase database, qint64 accountId)
    : m_database(std::move(database))
    , m_accountId(accountId)
{
}

QString ActionLog::stateName(State state)
{
    switch (state) {
    case State::Planned:
        return QStringLiteral("planned");
    case State::Copied:
        return QStringLiteral("copied");
    case State::Flagged:
        return QStringLiteral("flagged");
    case State::Moved:
        return QStringLiteral("moved");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::Stayed:
        return QStringLiteral("stayed");
    }
    return {};
}

std::optional<qint64> ActionLog::begin(
    const QString& kind, qint64 undoes, const QList<Entry>& entries, QString* error)
{
    TransactionGuard transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO actions (account_id, kind, state, undoes, started_at) VALUES (?, ?, 'running', ?, ?)"));
    query.addBindValue(m_accountId);
    query.addBindValue(kind);
    query.addBindValue(undoes == 0 ? QVariant() : QVariant(undoes));
    query.addBindValue(now());
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    const qint64 actionId = query.lastInsertId().toLongLong();
    query.prepare(
        QStringLiteral("INSERT INTO action_messages (action_id, source_folder, source_uid, message_id, size, "
                       "target_folder, target_uid, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Entry& entry : entries) {
        query.addBindValue(actionId);
        query.addBindValue(entry.sourceFolder);
        query.addBindValue(uidValue(entry.sourceUid));
        query.addBindValue(entry.messageId);
        query.addBindValue(qint64(entry.size));
        query.addBindValue(entry.targetFolder);
        query.addBindValue(uidValue(entry.targetUid));
        query.addBindValue(stateName(entry.state));
        query.addBindValue(now());
        if (!query.exec()) {
            failed(query, error);
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        failed(query, error);
        return std::nullopt;
    }
    return actionId;
}

bool ActionLog::update(const QList<Entry>& entries, QString* error)
{
    if (entries.isEmpty())
        return true;
    TransactionGuard transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE action_messages SET source_uid = ?, target_uid = ?, state = ?, updated_at = ? WHERE id = ?"));
    for (const Entry& entry : entries) {
        query.addBindValue(uidValue(entry.sourceUid));
        query.addBindValue(uidValue(entry.targetUid));
        query.addBindValue(stateName(entry.state));
        query.addBindValue(now());
        query.addBindValue(entry.id);
        if (!query.exec())
            return failed(query, error);
    }
    return transaction.commit() || failed(query, error);
}

bool ActionLog::finish(qint64 actionId, const QString& state, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE actions SET state = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(now());
    query.addBindValue(actionId);
    return query.exec() || failed(query, error);
}

std::optional<ActionLog::Action> ActionLog::action(qint64 actionId) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT %1 FROM actions WHERE id = ? AND account_id = ?").arg(actionColumns));
    query.addBindValue(actionId);
    query.addBindValue(m_accountId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return actionFrom(query);
}

std::optional<ActionLog::Action> ActionLog::lastUndoableClean() const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT %1 FROM actions AS clean WHERE account_id = ? AND kind = 'clean' AND state != 'running' "
        "AND NOT EXISTS (SELECT 1 FROM actions AS undo WHERE undo.undoes = clean.id AND undo.state = 'done') "
        "ORDER BY id DESC LIMIT 1")
                      .arg(actionColumns));
    query.addBindValue(m_accountId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return actionFrom(query);
}

bool ActionLog::isUndone(qint64 cleanId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM actions WHERE undoes = ? AND state = 'done'"));
    query.addBindValue(cleanId);
    return query.exec() && query.next();
}

QList<ActionLog::Action> ActionLog::undosOf(qint64 cleanId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT %1 FROM actions WHERE account_id = ? AND kind = 'undo' AND undoes = ? ORDER BY id")
                      .arg(actionColumns));
    query.addBindValue(m_accountId);
    query.addBindValue(cleanId);
    QList<Action> result;
    if (query.exec()) {
        while (query.next())
            result.append(actionFrom(query));
    }
    return result;
}

QList<ActionLog::Action> ActionLog::running() const
{
    return actionsWhere(QStringLiteral("state = 'running'"), QStringLiteral("id"));
}

QList<ActionLog::Action> ActionLog::all() const
{
    return actionsWhere(QStringLiteral("1"), QStringLiteral("id DESC"));
}

QList<ActionLog::Action> ActionLog::actionsWhere(const QString& condition, const QString& order) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT %1 FROM actions WHERE account_id = ? AND %2 ORDER BY %3")
                      .arg(actionColumns, condition, order));
    query.addBindValue(m_accountId);
    QList<Action> result;
    if (query.exec()) {
        while (query.next())
            result.append(actionFrom(query));
    }
    return result;
}

QList<ActionLog::Entry> ActionLog::entries(qint64 actionId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, source_folder, source_uid, message_id, size, target_folder, target_uid, state "
        "FROM action_messages WHERE action_id = ? ORDER BY id"));
    query.addBindValue(actionId);
    QList<Entry> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.sourceFolder = query.value(1).toString();
        entry.sourceUid = query.value(2).toUInt();
        entry.messageId = query.value(3).toString();
        entry.size = query.value(4).toULongLong();
        entry.targetFolder = query.value(5).toString();
        entry.targetUid = query.value(6).toUInt();
        entry.state = stateNamed(query.value(7).toString());
        result.append(entry);
    }
    return result;
}

} // namespace Core::Store
