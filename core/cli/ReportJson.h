#pragma once

#include "analysis/BounceReport.h"
#include "verdict/Judgement.h"

#include <QJsonObject>

namespace Core::Cli {

// One message object of the CLI contract (docs/cli.md).
class ReportJson {
public:
    static QJsonObject toJson(const Analysis::BounceReport& report, const Verdict::Judgement& judgement);
};

} // namespace Core::Cli
