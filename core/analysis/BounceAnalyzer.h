#pragma once

#include "analysis/BounceReport.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Core::Analysis {

// Reads one message like a postmaster would: what kind of automatic reply it is, for
// whom delivery failed and why, and which original message it is about. A pure function
// of the bytes: no I/O, no state, safe to call from any thread. Never throws; a message
// it cannot read comes back as MessageKind::Unreadable with the reason.
class BounceAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(Core::Analysis::BounceAnalyzer)

public:
    static BounceReport analyze(QByteArrayView message);

private:
    // A bounce can arrive wrapped in another message; deeper nests are not followed.
    static constexpr int MaxNesting = 2;
    static BounceReport analyzeAtDepth(QByteArrayView message, int depth);
};

} // namespace Core::Analysis
