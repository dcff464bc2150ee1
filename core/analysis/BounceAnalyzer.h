#pragma once

#include "analysis/BounceReport.h"

#include <QByteArrayView>

namespace Core::Analysis {

// Reads one message like a postmaster would: what kind of automatic reply it is, for
// whom delivery failed and why, and which original message it is about. A pure function
// of the bytes: no I/O, no state, safe to call from any thread. Never throws; a message
// it cannot read comes back as MessageKind::Unreadable with the reason.
class BounceAnalyzer {
public:
    static BounceReport analyze(QByteArrayView message);
};

} // namespace Core::Analysis
