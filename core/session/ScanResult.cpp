#include "session/ScanResult.h"

namespace Core::Session {

void ScanTotals::add(const Analysis::BounceReport& report, const Verdict::Judgement& judgement)
{
    ++scanned;
    bounces += Analysis::isAutomatic(report.kind);
    switch (judgement.verdict) {
    case Verdict::Verdict::Backscatter:
        ++backscatter;
        break;
    case Verdict::Verdict::Genuine:
        ++genuine;
        break;
    case Verdict::Verdict::Unknown:
        ++unknown;
        break;
    case Verdict::Verdict::None:
        unreadable += report.kind == Analysis::MessageKind::Unreadable;
        break;
    }
}

} // namespace Core::Session
