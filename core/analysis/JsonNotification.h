#pragma once

#include "analysis/BounceReport.h"

#include <QString>

#include <optional>

namespace Core::Analysis {

// Bounce and complaint notices sent as JSON in the mail body (Amazon SES through SNS):
// a mail system family that puts its fields in JSON rather than in RFC 3464 blocks.
class JsonNotification {
public:
    // The report when text holds such a notice, nothing otherwise.
    static std::optional<BounceReport> read(const QString& text);
};

} // namespace Core::Analysis
