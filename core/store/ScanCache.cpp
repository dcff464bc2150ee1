#include "store/ScanCache.h"

#include "common/ArrivingBatches.h"
#include "store/StoredReport.h"
#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Core::Store {

namespace {

    bool failed(const QSqlError& failure, QString* error)
    {
        *error = ScanCache::tr("The NeverSent store could not be written: %1").arg(failure.text());
        return false;
    }

    bool failed(const QSqlQuery& query, QString* error)
    {
        return failed(query.lastError(), error);
    }

    QString joined(const QStringList& list)
    {
        return list.join(u'\n');
    }

    QStringList split(const QString& text)
    {
        return text.isEmpty() ? QStringList() : text.split(u'\n');
    }

} // namespace

ScanCache::ScanCache(QSqlDatabase database, qint64 accountId)
    : m_database(std::move(database))
    , m_accountId(accountId)
{
}

std::optional<qint64> ScanCache::accountId(
    QSqlDatabase database, const QString& server, const QString& user, QString* error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO accounts (server, user_name) VALUES (?, ?)"));
    query.addBindValue(server);
    query.addBindValue(user);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    query.prepare(QStringLiteral("SELECT id FROM accounts WHERE server = ? AND user_name = ?"));
    query.addBindValue(server);
    query.addBindValue(user);
    if (!query.exec() || !query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<ScanCache::Folder> ScanCache::folder(const QString& name, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO folders (account_id, name) VALUES (?, ?)"));
    query.addBindValue(m_accountId);
    query.addBindValue(name);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    QString failure;
    std::optional<Folder> made = knownFolder(name, &failure);
    if (!made)
        *error
            = failure.isEmpty() ? tr("The NeverSent store could not keep the folder %1.").arg(name) : failure;
    return made;
}

std::optional<ScanCache::Folder> ScanCache::knownFolder(const QString& name, QString* error) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT id, uid_validity, uid_next, highest_modseq FROM folders WHERE account_id = ? AND name = ?"));
    query.addBindValue(m_accountId);
    query.addBindValue(name);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Folder folder;
    folder.id = query.value(0).toLongLong();
    folder.uidValidity = query.value(1).toUInt();
    folder.uidNext = query.value(2).toUInt();
    folder.highestModSeq = query.value(3).toULongLong();
    return folder;
}

QStringList ScanCache::sentFolderNames() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT name FROM folders f WHERE account_id = ? "
                       "AND EXISTS (SELECT 1 FROM sent_messages s WHERE s.folder_id = f.id) ORDER BY id"));
    query.addBindValue(m_accountId);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

bool ScanCache::adoptFolderSeparator(QChar separator, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT folder_separator FROM accounts WHERE id = ?"));
    query.addBindValue(m_accountId);
    if (!query.exec() || !query.next())
        return failed(query, error);
    if (!query.value(0).isNull())
        return true;
    TransactionGuard transaction(m_database);
    if (separator != u'/') {
        const QString to(separator);
        const QStringList renames {
            QStringLiteral("UPDATE folders SET name = replace(name, '/', ?) WHERE account_id = ?"),
            QStringLiteral("UPDATE action_messages SET source_folder = replace(source_folder, '/', ?) "
                           "WHERE action_id IN (SELECT id FROM actions WHERE account_id = ?)"),
            QStringLiteral("UPDATE action_messages SET target_folder = replace(target_folder, '/', ?) "
                           "WHERE action_id IN (SELECT id FROM actions WHERE account_id = ?)"),
        };
        for (const QString& rename : renames) {
            query.prepare(rename);
            query.addBindValue(to);
            query.addBindValue(m_accountId);
            if (!query.exec())
                return failed(query, error);
        }
    }
    query.prepare(QStringLiteral("UPDATE accounts SET folder_separator = ? WHERE id = ?"));
    query.addBindValue(QString(separator));
    query.addBindValue(m_accountId);
    if (!query.exec())
        return failed(query, error);
    if (!transaction.commit())
        return failed(query, error);
    return true;
}

bool ScanCache::resetFolder(const Folder& folder, quint32 uidValidity, QString* error)
{
    TransactionGuard transaction(m_database, TransactionGuard::Durability::ProgramCrash);
    QSqlQuery query(m_database);
    for (const QString& table : { QStringLiteral("scanned_messages"), QStringLiteral("sent_messages") }) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE folder_id = ?").arg(table));
        query.addBindValue(folder.id);
        if (!query.exec())
            return failed(query, error);
    }
    query.prepare(QStringLiteral(
        "UPDATE folders SET uid_validity = ?, uid_next = NULL, highest_modseq = NULL WHERE id = ?"));
    query.addBindValue(uidValidity);
    query.addBindValue(folder.id);
    if (!query.exec())
        return failed(query, error);
    if (!transaction.commit())
        return failed(query, error);
    return true;
}

bool ScanCache::setFolderState(const Folder& folder, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE folders SET uid_validity = ?, uid_next = ?, highest_modseq = ? WHERE id = ?"));
    query.addBindValue(folder.uidValidity);
    query.addBindValue(folder.uidNext);
    query.addBindValue(qint64(folder.highestModSeq));
    query.addBindValue(folder.id);
    return query.exec() || failed(query, error);
}

QList<quint32> ScanCache::uids(const QString& table, qint64 folderId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uid FROM %1 WHERE folder_id = ? ORDER BY uid").arg(table));
    query.addBindValue(folderId);
    QList<quint32> result;
    if (query.exec()) {
        while (query.next())
            result.append(query.value(0).toUInt());
    }
    return result;
}

QList<quint32> ScanCache::scannedUids(qint64 folderId) const
{
    return uids(QStringLiteral("scanned_messages"), folderId);
}

qint64 ScanCache::scannedCount(qint64 folderId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM scanned_messages WHERE folder_id = ?"));
    query.addBindValue(folderId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<quint32> ScanCache::sentUids(qint64 folderId) const
{
    return uids(QStringLiteral("sent_messages"), folderId);
}

bool ScanCache::forget(qint64 folderId, const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    TransactionGuard transaction(m_database, TransactionGuard::Durability::ProgramCrash);
    QSqlQuery query(m_database);
    for (const QString& table : { QStringLiteral("scanned_messages"), QStringLiteral("sent_messages") }) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE folder_id = ? AND uid = ?").arg(table));
        for (const quint32 uid : uids) {
            query.addBindValue(folderId);
            query.addBindValue(uid);
            if (!query.exec())
                return failed(query, error);
        }
    }
    return transaction.commit() || failed(query, error);
}

bool ScanCache::storeScanned(qint64 folderId, const QList<ScannedMessage>& messages, QString* error)
{
    TransactionGuard transaction(m_database, TransactionGuard::Durability::ProgramCrash);
    QSqlQuery query(m_database);
    // Replacing a row drops its verdict with it (the foreign key cascades).
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO scanned_messages (folder_id, uid, size, message_id, report) "
                       "VALUES (?, ?, ?, ?, ?)"));
    QHash<quint32, QString> verdicts;
    for (const ScannedMessage& message : messages) {
        query.addBindValue(folderId);
        query.addBindValue(message.uid);
        query.addBindValue(qint64(message.size));
        query.addBindValue(message.messageId);
        query.addBindValue(
            message.encodedReport.isEmpty() ? StoredReport::encode(message.report) : message.encodedReport);
        if (!query.exec())
            return failed(query, error);
        if (!message.verdict.isEmpty())
            verdicts.insert(message.uid, message.verdict);
    }
    return writeVerdicts(folderId, verdicts, error) && (transaction.commit() || failed(query, error));
}

bool ScanCache::storeSent(qint64 folderId, const QList<SentMessage>& messages, QString* error)
{
    TransactionGuard transaction(m_database, TransactionGuard::Durability::ProgramCrash);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sent_messages (folder_id, uid, message_id, recipients, subject, sent_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SentMessage& message : messages) {
        query.addBindValue(folderId);
        query.addBindValue(message.uid);
        query.addBindValue(message.entry.messageId);
        query.addBindValue(joined(message.entry.recipients));
        query.addBindValue(message.entry.subject);
        // Seconds since the epoch, cheap to read back for every sent message on each scan.
        query.addBindValue(
            message.entry.date.isValid() ? QVariant(message.entry.date.toSecsSinceEpoch()) : QVariant());
        if (!query.exec())
            return failed(query, error);
    }
    return transaction.commit() || failed(query, error);
}

bool ScanCache::storeVerdicts(qint64 folderId, const QHash<quint32, QString>& verdicts, QString* error)
{
    TransactionGuard transaction(m_database, TransactionGuard::Durability::ProgramCrash);
    if (!writeVerdicts(folderId, verdicts, error))
        return false;
    return transaction.commit() || failed(m_database.lastError(), error);
}

bool ScanCache::writeVerdicts(qint64 folderId, const QHash<quint32, QString>& verdicts, QString* error)
{
    QSqlQuery set(m_database);
    set.prepare(QStringLiteral("INSERT OR REPLACE INTO verdicts (folder_id, uid, verdict) VALUES (?, ?, ?)"));
    QSqlQuery clear(m_database);
    clear.prepare(QStringLiteral("DELETE FROM verdicts WHERE folder_id = ? AND uid = ?"));
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
        QSqlQuery& query = it.value().isEmpty() ? clear : set;
        query.addBindValue(folderId);
        query.addBindValue(it.key());
        if (!it.value().isEmpty())
            query.addBindValue(it.value());
        if (!query.exec())
            return failed(query, error);
    }
    return true;
}

bool ScanCache::forEachScanned(qint64 folderId, const std::function<void(const ScannedMessage&)>& visit,
    QString* error, const std::function<bool()>& keepGoing) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT s.uid, s.size, s.message_id, s.report, v.verdict FROM scanned_messages s "
                       "LEFT JOIN verdicts v ON v.folder_id = s.folder_id AND v.uid = s.uid "
                       "WHERE s.folder_id = ? ORDER BY s.uid"));
    query.addBindValue(folderId);
    if (!query.exec()) {
        *error = tr("The NeverSent store could not be read: %1").arg(query.lastError().text());
        return false;
    }
    // Decoding the reports is most of the work of reading them back: it runs on every
    // core, a batch at a time while the next is read, so memory stays flat in the size
    // of the folder.
    constexpr qsizetype DecodeBatch = 1000;
    struct Row {
        ScannedMessage message;
        QByteArray report;
    };
    Common::ArrivingBatches<Row, ScannedMessage> decoded(
        *QThreadPool::globalInstance(),
        [](const Row& row) {
            ScannedMessage message = row.message;
            message.report = StoredReport::decode(row.report);
            return message;
        },
        DecodeBatch);
    while ((!keepGoing || keepGoing()) && query.next()) {
        Row row;
        row.message.uid = query.value(0).toUInt();
        row.message.size = query.value(1).toULongLong();
        row.message.messageId = query.value(2).toString();
        row.report = query.value(3).toByteArray(); // a blob, or the JSON text of older versions
        row.message.verdict = query.value(4).toString();
        decoded.add(std::move(row));
        decoded.takeOlder(visit);
    }
    decoded.takeAll(visit);
    return true;
}

void ScanCache::loadSent(qint64 folderId, Verdict::SentIndex* index) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT message_id, recipients, subject, sent_at FROM sent_messages WHERE folder_id = ?"));
    query.addBindValue(folderId);
    if (!query.exec())
        return;
    while (query.next()) {
        Verdict::SentIndex::Entry entry;
        entry.messageId = query.value(0).toString();
        entry.recipients = split(query.value(1).toString());
        entry.subject = query.value(2).toString();
        if (!query.value(3).isNull())
            entry.date = QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        if (!entry.messageId.isEmpty() || !entry.recipients.isEmpty())
            index->add(entry);
    }
}

} // namespace Core::Store
