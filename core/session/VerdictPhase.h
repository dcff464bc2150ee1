#pragma once

#include "session/ScanResult.h"
#include "store/ScanCache.h"

#include <QStringList>

#include <functional>

namespace Core::Session {

// The last phase of a scan, once every folder is read: each message the cache holds for
// the folders checked is judged against the sent mail the cache holds, a verdict that
// changed is stored, and each result is handed on and counted. Needs no connection: a
// scan that read nothing new still judges again (the Sent folder may have grown).
class VerdictPhase {
public:
    using Sink = std::function<void(const ScanResult& result)>;

    explicit VerdictPhase(Store::ScanCache& cache);

    // sentFolders empty: nothing can be judged, and every bounce stays "unknown".
    bool run(const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses,
        const Sink& sink, ScanTotals* totals, QString* error);

private:
    Store::ScanCache& m_cache;
};

} // namespace Core::Session
