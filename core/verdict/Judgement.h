#pragma once

#include <QString>
#include <QStringList>

namespace Core::Verdict {

enum class Verdict {
    None, // not an automatic reply: nothing to judge
    Backscatter, // the user never sent the original: forged
    Genuine, // the user sent it: a real delivery problem
    Unknown, // cannot tell, and says why
};

struct Judgement {
    Verdict verdict = Verdict::None;
    QStringList evidence; // short plain sentences
};

QString verdictName(Verdict verdict);

} // namespace Core::Verdict
