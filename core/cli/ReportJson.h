#pragma once

#include "analysis/BounceReport.h"
#include "cli/JsonObjectWriter.h"
#include "session/ScanResult.h"
#include "verdict/Judgement.h"

namespace Core::Cli {

// One message object of the CLI contract (docs/cli.md); the caller adds where the
// message came from.
class ReportJson {
public:
    static JsonObjectWriter toJson(const Analysis::BounceReport& report, const Verdict::Judgement& judgement);
    // The line of a message read from a server (scan, watch): with its folder and UID.
    static QByteArray serverLine(const Session::ScanResult& result);
};

} // namespace Core::Cli
