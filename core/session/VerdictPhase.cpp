#include "session/VerdictPhase.h"

#include "verdict/SentIndex.h"
#include "verdict/VerdictJudge.h"

namespace Core::Session {

namespace {

    std::optional<Store::ScanCache::Folder> knownFolder(
        const Store::ScanCache& cache, const QString& name, QString* error)
    {
        QString failure;
        std::optional<Store::ScanCache::Folder> folder = cache.knownFolder(name, &failure);
        if (!folder)
            *error = failure.isEmpty() ? VerdictPhase::tr("The folder %1 has not been read yet.").arg(name)
                                       : failure;
        return folder;
    }

} // namespace

VerdictPhase::VerdictPhase(Store::ScanCache& cache)
    : m_cache(cache)
{
}

bool VerdictPhase::run(const QStringList& folders, const QStringList& sentFolders,
    const QStringList& myAddresses, const Sink& sink, ScanTotals* totals, QString* error)
{
    ChangedVerdicts changed;
    const auto countAndHandOn = [&](const ScanResult& result) {
        totals->add(result.report, result.judgement);
        sink(result);
    };
    return judge(folders, sentFolders, myAddresses, countAndHandOn, &changed, error)
        && storeVerdicts(changed, error);
}

bool VerdictPhase::judge(const QStringList& folders, const QStringList& sentFolders,
    const QStringList& myAddresses, const Sink& sink, ChangedVerdicts* changed, QString* error,
    const std::function<bool()>& keepGoing)
{
    Verdict::SentIndex sent;
    for (const QString& folder : sentFolders) {
        const auto cached = knownFolder(m_cache, folder, error);
        if (!cached)
            return false;
        m_cache.loadSent(cached->id, &sent);
    }
    const Verdict::VerdictJudge judge(sentFolders.isEmpty() ? nullptr : &sent, myAddresses);
    for (const QString& folder : folders) {
        const auto cached = knownFolder(m_cache, folder, error);
        if (!cached)
            return false;
        QHash<quint32, QString>& changedHere = (*changed)[folder];
        const bool read = m_cache.forEachScanned(
            cached->id,
            [&](const Store::ScanCache::ScannedMessage& message) {
                const ScanResult result { folder, message.uid, message.size, message.report,
                    judge.judge(message.report) };
                const QString verdict = Verdict::verdictName(result.judgement.verdict);
                if (verdict != message.verdict)
                    changedHere.insert(message.uid, verdict);
                sink(result);
            },
            error, keepGoing);
        if (!read)
            return false;
    }
    return true;
}

bool VerdictPhase::storeVerdicts(const ChangedVerdicts& changed, QString* error)
{
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (it->isEmpty())
            continue;
        const auto cached = knownFolder(m_cache, it.key(), error);
        if (!cached || !m_cache.storeVerdicts(cached->id, *it, error))
            return false;
    }
    return true;
}

} // namespace Core::Session
