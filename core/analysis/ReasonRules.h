#pragma once

#include "analysis/BounceReport.h"

#include <QString>

namespace Core::Analysis {

// Why delivery failed, in the fixed vocabulary: from the words of the diagnostic first
// (mail systems put their real reason there and a generic code beside it), then from the
// enhanced status code (RFC 3463, RFC 5248).
class ReasonRules {
public:
    static Reason fromText(const QString& lowerText);
    static bool mentions(Reason reason, const QString& lowerText);
    static Reason fromStatus(const QString& status);
    static Reason decide(const QString& status, const QString& lowerDiagnostic, const QString& lowerContext);
    // "550 5.1.1 ..." -> "5.1.1"
    static QString statusCodeIn(const QString& text);
};

} // namespace Core::Analysis
