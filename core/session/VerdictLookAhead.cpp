#include "session/VerdictLookAhead.h"

#include "store/Database.h"
#include "store/ScanCache.h"

#include <QFileInfo>
#include <QSqlDatabase>

namespace Core::Session {

VerdictLookAhead::VerdictLookAhead(const Store::ScanCache& cache, const MailboxScanner::Options& options)
{
    m_forecast.emplace();
    m_forecast->folders = MailboxScanner::foldersToCheck(options);
    m_forecast->sentFolders = options.sentFolders;
    m_thread
        = std::thread(&VerdictLookAhead::work, this, cache.storePath(), cache.account(), options.myAddresses);
}

VerdictLookAhead::~VerdictLookAhead()
{
    abandon();
    if (m_thread.joinable())
        m_thread.join();
}

void VerdictLookAhead::abandon()
{
    m_abandoned = true;
}

const std::optional<VerdictLookAhead::Forecast>& VerdictLookAhead::forecast()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_abandoned)
        m_forecast.reset();
    return m_forecast;
}

void VerdictLookAhead::work(const QString& storePath, qint64 accountId, const QStringList& myAddresses)
{
    QString connection;
    const auto judged = [&] {
        QSqlDatabase database;
        QString error;
        if (!QFileInfo::exists(storePath) || !Store::Database::open(storePath, &database, &error))
            return false;
        connection = database.connectionName();
        Store::ScanCache cache(database, accountId);
        if (m_forecast->sentFolders.isEmpty())
            m_forecast->sentFolders = cache.sentFolderNames();
        qint64 messages = 0;
        for (const QString& folder : std::as_const(m_forecast->folders)) {
            const auto known = cache.knownFolder(folder, &error);
            if (!known || known->uidValidity == 0)
                return false;
            messages += cache.scannedCount(known->id);
        }
        if (messages > MessageLimit)
            return false;
        m_forecast->results.reserve(messages);
        return VerdictPhase(cache).judge(
            m_forecast->folders, m_forecast->sentFolders, myAddresses,
            [this](const ScanResult& result) { m_forecast->results.append(result); },
            &m_forecast->changedVerdicts, &error, [this] { return !m_abandoned; });
    }();
    // Qt SQL connections belong to their thread, and this one ends here.
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
    if (!judged)
        m_abandoned = true;
}

} // namespace Core::Session
