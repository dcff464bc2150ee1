#pragma once

#include "analysis/BounceReport.h"
#include "verdict/Judgement.h"
#include "verdict/SentIndex.h"

#include <QCoreApplication>
#include <QStringList>

namespace Core::Verdict {

// Decides whether the user really sent the message a bounce is about. Calling a real
// bounce forged would hide a delivery problem the user must act on, so every doubt
// comes out as Unknown, never as Backscatter.
class VerdictJudge {
    Q_DECLARE_TR_FUNCTIONS(Core::Verdict::VerdictJudge)

public:
    // How far apart a bounce and the sent message it answers can be: delay notices
    // arrive days later, and clocks and time zones are wrong.
    static constexpr qint64 MatchWindowSeconds = 7 * 24 * 3600;

    // sent may be null: no sent mail was given, so nothing can be decided.
    VerdictJudge(const SentIndex* sent, QStringList myAddresses);

    Judgement judge(const Analysis::BounceReport& report) const;

private:
    // The Sent check could not decide (the bounce is older than the sent mail, or gives
    // nothing to compare): what the receiving servers' own checks found decides instead.
    Judgement withoutSentCheck(Judgement result, const Analysis::BounceReport& report) const;
    // Sentences on the receiving servers' checks of mail in the user's domain, and
    // whether they show it forged.
    QStringList receiverEvidence(const Analysis::BounceReport& report, bool* showsForged = nullptr) const;

    const SentIndex* m_sent;
    QStringList m_myAddresses;
};

} // namespace Core::Verdict
