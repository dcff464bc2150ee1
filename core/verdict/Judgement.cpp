#include "verdict/Judgement.h"

namespace Core::Verdict {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Backscatter:
        return QStringLiteral("backscatter");
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::None:
        break;
    }
    return {};
}

} // namespace Core::Verdict
