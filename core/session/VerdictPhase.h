#pragma once

#include "session/ScanResult.h"
#include "store/ScanCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace Core::Session {

// The last phase of a scan, once every folder is read: each message the cache holds for
// the folders checked is judged against the sent mail the cache holds, a verdict that
// changed is stored, and each result is handed on and counted. Needs no connection: a
// scan that read nothing new still judges again (the Sent folder may have grown).
class VerdictPhase {
    Q_DECLARE_TR_FUNCTIONS(Core::Session::VerdictPhase)

public:
    using Sink = std::function<void(const ScanResult& result)>;
    // By folder: the verdicts that differ from those stored (empty: none any more).
    using ChangedVerdicts = QHash<QString, QHash<quint32, QString>>;

    explicit VerdictPhase(Store::ScanCache& cache);

    // sentFolders empty: nothing can be judged, and every bounce stays "unknown".
    bool run(const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses,
        const Sink& sink, ScanTotals* totals, QString* error);

    // The judging alone: reads the cache and writes nothing. `keepGoing` is asked before
    // each message; false stops the reading, and the call fails with an empty error.
    bool judge(const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses,
        const Sink& sink, ChangedVerdicts* changed, QString* error,
        const std::function<bool()>& keepGoing = {});
    bool storeVerdicts(const ChangedVerdicts& changed, QString* error);

private:
    Store::ScanCache& m_cache;
};

} // namespace Core::Session
