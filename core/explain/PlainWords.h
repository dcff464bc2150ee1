#pragma once

#include "analysis/BounceReport.h"

#include <QCoreApplication>
#include <QString>

namespace Core::Explain {

// The few words that name a kind of message or a reason delivery failed, for the
// explanation on screen and for the command line's readable summary alike.
class PlainWords {
    Q_DECLARE_TR_FUNCTIONS(Core::Explain::PlainWords)

public:
    static QString kind(Analysis::MessageKind kind);
    static QString reason(Analysis::Reason reason);
};

} // namespace Core::Explain
