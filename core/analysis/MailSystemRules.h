#pragma once

#include "analysis/BounceReport.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Core::Analysis {

// What mail systems say in words when they do not say it in RFC 3464 fields: the
// phrases that mark each kind of automatic reply, the lines that name a failed
// recipient, and the lines after which the returned original begins. One table per
// question, each row a family of mail systems, so a new format is a new row.
class MailSystemRules {
public:
    enum class Strength {
        Strong, // the line's shape only ever names a failed recipient
        Weak, // an address alone on a line: used only when nothing strong matched
    };

    struct RecipientRule {
        const char* family;
        Strength strength;
        QRegularExpression pattern; // captures the address as "rcpt"
        // Every match lies within one line (the pattern cannot cross a line end), and
        // holds the address's '@': the rule may run over the lines that have one alone.
        bool withinOneLine = true;
    };

    enum class Signal {
        FailureSubject,
        DelaySubject,
        AutoReplySubject,
        FailureText,
        DelayText,
        ChallengeText,
        VirusText,
        FeedbackSubject,
    };

    static bool mentions(Signal signal, const QString& lowerText);
    // Whether the text mentions the phrases of any signal: one pass for what asking each
    // would say.
    static bool mentionsAny(const QString& lowerText);
    static bool isSystemSender(const QString& lowerAddress, const QString& lowerDisplayName);
    static const QList<RecipientRule>& recipientRules();
    // Where the returned copy of the original starts inside a plain-text bounce, or -1.
    static qsizetype originalMarker(const QString& text, qsizetype* headerStart);
    // The phrases that announce the copy, in lower case, and the pattern of a line that
    // announces it (caseless, multi-line); originalMarker finds the first line it matches.
    static const QStringList& originalMarkerPhrases();
    static const QRegularExpression& originalMarkerPattern();
};

} // namespace Core::Analysis
