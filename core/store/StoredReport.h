#pragma once

#include "analysis/BounceReport.h"

#include <QByteArray>

namespace Core::Store {

// A bounce report as the scan cache keeps it: every field the verdict needs, so that a
// rescan judges cached bounces again (the user's sent mail grows) without fetching them.
// Not the CLI's format, which may grow on its own.
class StoredReport {
public:
    static QByteArray encode(const Analysis::BounceReport& report);
    // encode()'s form, or the JSON that versions before it wrote; a report that cannot be
    // read back is Unreadable, with the reason.
    static Analysis::BounceReport decode(const QByteArray& stored);
};

} // namespace Core::Store
