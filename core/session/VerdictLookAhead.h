#pragma once

#include "session/MailboxScanner.h"
#include "session/ScanResult.h"
#include "session/VerdictPhase.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <optional>
#include <thread>

namespace Core::Store {
class ScanCache;
}

namespace Core::Session {

// The verdicts a scan gives when the server has nothing new, worked out from the store on
// a thread of its own while the connection is made and the server asked what changed.
// On an unchanged mailbox, the usual rescan, they are the scan's result, and reading the
// store back takes no time of its own. The results are held in memory, so this is done
// only for folders of up to MessageLimit messages in all; a first scan has nothing to go
// on and ends it at once.
class VerdictLookAhead {
public:
    struct Forecast {
        QStringList folders;
        QStringList sentFolders; // as the store knew them: a scan that uses others discards this
        QList<ScanResult> results; // in the order the scan hands them on
        VerdictPhase::ChangedVerdicts changedVerdicts; // to store, as the scan would
    };

    static constexpr qint64 MessageLimit = 20000;

    // Starts at once for a scan with these options; reads `cache`'s store through a
    // connection of its own. Without sent folders in the options, it takes those the store
    // holds sent mail of.
    VerdictLookAhead(const Store::ScanCache& cache, const MailboxScanner::Options& options);
    ~VerdictLookAhead();
    VerdictLookAhead(const VerdictLookAhead&) = delete;
    VerdictLookAhead& operator=(const VerdictLookAhead&) = delete;

    // The scan found something new: the forecast is of no use, and its work stops.
    void abandon();
    // Waits for the work; empty when abandoned or when there was nothing to go on.
    const std::optional<Forecast>& forecast();

private:
    void work(const QString& storePath, qint64 accountId, const QStringList& myAddresses);

    std::optional<Forecast> m_forecast;
    std::atomic<bool> m_abandoned { false };
    std::thread m_thread;
};

} // namespace Core::Session
