#include "session/VerdictPhase.h"

#include "verdict/SentIndex.h"
#include "verdict/VerdictJudge.h"

#include <QHash>

namespace Core::Session {

VerdictPhase::VerdictPhase(Store::ScanCache& cache)
    : m_cache(cache)
{
}

bool VerdictPhase::run(const QStringList& folders, const QStringList& sentFolders,
    const QStringList& myAddresses, const Sink& sink, ScanTotals* totals, QString* error)
{
    Verdict::SentIndex sent;
    for (const QString& folder : sentFolders) {
        const auto cached = m_cache.folder(folder, error);
        if (!cached)
            return false;
        m_cache.loadSent(cached->id, &sent);
    }
    const Verdict::VerdictJudge judge(sentFolders.isEmpty() ? nullptr : &sent, myAddresses);
    for (const QString& folder : folders) {
        const auto cached = m_cache.folder(folder, error);
        if (!cached)
            return false;
        QHash<quint32, QString> changed;
        const bool read = m_cache.forEachScanned(
            cached->id,
            [&](const Store::ScanCache::ScannedMessage& message) {
                const ScanResult result { folder, message.uid, message.size, message.report,
                    judge.judge(message.report) };
                totals->add(result.report, result.judgement);
                const QString verdict = Verdict::verdictName(result.judgement.verdict);
                if (verdict != message.verdict)
                    changed.insert(message.uid, verdict);
                sink(result);
            },
            error);
        if (!read || !m_cache.storeVerdicts(cached->id, changed, error))
            return false;
    }
    return true;
}

} // namespace Core::Session
