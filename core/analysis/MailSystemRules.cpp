#include "analysis/MailSystemRules.h"

#include <array>
#include <utility>

namespace Core::Analysis {

namespace {

    using Phrases = QList<QStringView>;

    const QList<std::pair<MailSystemRules::Signal, Phrases>>& signalTable()
    {
        using S = MailSystemRules::Signal;
        static const QList<std::pair<S, Phrases>> table {
            { S::FailureSubject,
                { u"undeliver", u"undelivered", u"not delivered", u"delivery failure", u"delivery failed",
                    u"delivery status notification (failure)", u"failure notice", u"returned mail",
                    u"mail delivery failed", u"nondeliverable", u"non-deliverable", u"non deliverable",
                    u"could not be delivered", u"couldn't be delivered", u"delivery problem", u"mail failure",
                    u"delivery error", u"returned to sender", u"permanent error", u"message not delivered",
                    u"delivery has failed", u"mail system error", u"failed delivery", u"unzustellbar",
                    u"nicht zustellbar", u"non remis", u"non recapitabile", u"no se puede entregar",
                    u"onbestelbaar", u"impossible de remettre", u"no entregado", u"mail could not",
                    u"delivery notification", u"error sending", u"rejected", u"bounce", u"failed mail",
                    u"delivery report", u"delivery status notification", u"notification d'état",
                    u"mail returned", u"message rejected", u"unable to deliver", u"can't deliver",
                    u"cannot deliver", u"delivery unsuccessful", u"error delivering",
                    u"warning: could not send", u"nondelivery", u"non-delivery", u"ndr",
                    u"mail delivery system", u"address not found", u"user unknown", u"loop alert", u"mail loop",
                    u"loop detected", u"エラー", u"不達",
                    u"配信不能", u"返送" } },
            { S::DelaySubject,
                { u"delayed", u"(delay)", u"delivery delay", u"still undelivered", u"will retry",
                    u"warning: message", u"verzögert", u"retardé", u"not yet been delivered", u"delivery warning",
                    u"temporary failure", u"delay notification" } },
            { S::AutoReplySubject,
                { u"out of office", u"out of the office", u"automatic reply", u"auto reply", u"auto-reply",
                    u"autoreply", u"auto:", u"auto response", u"autoresponse", u"automatic response",
                    u"abwesenheit", u"automatische antwort", u"réponse automatique", u"respuesta automática",
                    u"risposta automatica", u"on vacation", u"vacation", u"away from", u"afwezig",
                    u"fuera de la oficina", u"automatisch antwoord", u"autosvar", u"absence", u"absent",
                    u"ausser haus", u"außer haus", u"out-of-office", u"i am away", u"i'm away" } },
            { S::FailureText,
                { u"could not be delivered", u"couldn't be delivered", u"undeliverable", u"delivery has failed",
                    u"permanent error", u"permanent fatal error", u"was not delivered", u"wasn't delivered",
                    u"failed permanently", u"unable to deliver", u"delivery to the following recipient",
                    u"following address(es) failed", u"could not deliver", u"did not reach the following",
                    u"delivery failed", u"not be delivered", u"wasn't able to deliver", u"returned mail",
                    u"message you sent could not", u"your message was not delivered", u"this is the mail system at",
                    u"permanent fatal errors", u"could not be sent", u"was rejected", u"message was rejected",
                    u"delivery to the following", u"has been rejected", u"your message could not",
                    u"failed to deliver", u"delivery failure", u"nicht zugestellt", u"konnte nicht zugestellt",
                    u"n'a pas pu être remis", u"no se pudo entregar", u"non è stato possibile",
                    u"unable to be delivered", u"not able to deliver", u"could not reach", u"were not delivered",
                    u"the following recipients", u"the following addresses", u"delivery status notification",
                    u"undelivered mail", u"mail delivery failed", u"returned to sender", u"delivery problem",
                    u"not delivered to", u"no such user", u"user unknown", u"recipient address rejected",
                    u"smtp error", u"error from remote mail server", u"said:", u"delivery attempt",
                    u"rejected your message", u"message has been blocked", u"mailbox unavailable",
                    u"address not found", u"bounced", u"送信できませんでした", u"配信できませんでした",
                    u"届きませんでした", u"宛先不明" } },
            { S::DelayText,
                { u"has been delayed", u"delivery is delayed", u"will be retried", u"will continue trying",
                    u"still trying", u"not yet been delivered", u"will retry", u"delivery attempts will continue",
                    u"temporary failure", u"has not yet been delivered", u"will keep trying",
                    u"this is a warning", u"is still in the queue", u"delayed", u"retry until" } },
            { S::ChallengeText,
                { u"spamarrest", u"spam arrest", u"tmda", u"boxbe", u"verify your email", u"verify that you are",
                    u"confirm that you are", u"prove you are", u"you are a human", u"not a robot",
                    u"challenge-response", u"challenge response", u"awaiting your verification",
                    u"sender verification", u"confirm your message", u"verify your message",
                    u"approved sender", u"to be delivered, please", u"please confirm you", u"add you to my",
                    u"i'm protecting myself", u"protect my inbox", u"whitelist", u"mailbox is protected",
                    u"verification request", u"confirm you are", u"your message is waiting",
                    u"held pending", u"confirmation is required", u"please verify" } },
            { S::VirusText,
                { u"virus", u"malware", u"infected", u"infection", u"worm", u"trojan", u"quarantine",
                    u"dangerous attachment", u"banned attachment", u"blocked attachment",
                    u"harmful content", u"found a threat", u"suspicious attachment" } },
            { S::FeedbackSubject,
                { u"complaint about message", u"abuse report", u"spam complaint", u"spam report",
                    u"feedback report", u"abuse complaint", u"email feedback report" } },
        };
        return table;
    }

} // namespace

bool MailSystemRules::mentions(Signal signal, const QString& lowerText)
{
    if (lowerText.isEmpty())
        return false;
    for (const auto& [rowSignal, phrases] : signalTable()) {
        if (rowSignal != signal)
            continue;
        for (const QStringView phrase : phrases) {
            if (lowerText.contains(phrase))
                return true;
        }
    }
    return false;
}

bool MailSystemRules::isSystemSender(const QString& lowerAddress, const QString& lowerDisplayName)
{
    static constexpr std::array<const char16_t*, 7> localParts {
        u"mailerdaemon", u"maildaemon", u"postmaster", u"maildelivery", u"mdaemon", u"microsoftexchange", u"mailer",
    };
    static constexpr std::array<const char16_t*, 8> displayNames {
        u"mail delivery", u"mailer-daemon", u"mailer daemon", u"postmaster", u"mail administrator",
        u"delivery subsystem", u"mail system", u"administrator",
    };
    // "post_master", "Mailer.Daemon": separators vary, the words do not.
    QString localPart = lowerAddress.section(u'@', 0, 0);
    localPart.remove(u'_');
    localPart.remove(u'.');
    localPart.remove(u'-');
    for (const char16_t* candidate : localParts) {
        if (localPart.startsWith(QStringView(candidate)))
            return true;
    }
    for (const char16_t* candidate : displayNames) {
        if (lowerDisplayName.contains(QStringView(candidate)))
            return true;
    }
    return false;
}

const QList<MailSystemRules::RecipientRule>& MailSystemRules::recipientRules()
{
#define NS_ADDR R"((?<rcpt>[^\s<>()\[\]"',;:@]+@[A-Za-z0-9\x{80}-\x{FFFF}][A-Za-z0-9.\-\x{80}-\x{FFFF}]*[A-Za-z0-9]))"
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption
        | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<RecipientRule> rules {
        // Postfix, qmail, Yahoo, OpenSMTPD, Courier: "<user@example.org>: reason"
        { "angle-colon", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[ \t]*[<"])" NS_ADDR R"([>"](?:[ \t]*\(expanded from[^)]*\))?[ \t]*:)"), options) },
        // Postfix without brackets: "user@example.org: host mx said ..."
        { "bare-colon", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[ \t]*)" NS_ADDR R"([ \t]*:(?:[ \t]+\S|[ \t]*$))"), options) },
        // Sendmail: "<user@example.org>... User unknown", V5: "554 <user@example.org>... reason"
        { "sendmail", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[ \t]*(?:[245]\d\d[ \t]+)?(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?<?)" NS_ADDR R"(>?[ \t]*\.\.\.)"), options) },
        // Sendmail transcripts: ">>> RCPT To:<user@example.org>"
        { "smtp-transcript", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(RCPT[ \t]+TO:[ \t]*<?)" NS_ADDR), options) },
        // Exchange 2003: "user@example.org on Thu, 29 Apr 2010"
        { "exchange-on-date", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[^\n]*?<?)" NS_ADDR R"(>?;?[ \t]+on[ \t]+\w{3},)"), options) },
        // Labelled fields in text: "Final-Recipient: rfc822; user@...", "Recipient: <user@...>"
        { "labelled", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[ \t]*(?:final-recipient|original-recipient|failed[ \t]+recipients?|recipients?(?:[ \t]+address)?|rcpt|addressee|invalid[ \t]+recipients?|unknown[ \t]+recipients?|unknown[ \t]+users?|empfänger|destinataire|destinatario|e-mail[ \t]+address|address)[ \t]*:[ \t]*(?:rfc822;[ \t]*)?<?)" NS_ADDR), options) },
        // Gmail, Office 365, Amazon, many others: "Your message to user@... couldn't be delivered"
        { "delivery-to", Strength::Strong,
            QRegularExpression(QStringLiteral(R"((?:message|mail|e-mail|email|delivery|deliver|delivered|deliverable|sent|sending|send|relay|relaying|forward|forwarded)[ \t]+to[ \t]*:?[ \t]+(?:the[ \t]+following[ \t]+(?:address|recipient)[ \t]*:?[ \t]*)?<?)" NS_ADDR R"(>?)"), options) },
        // "The user user@... does not exist", "mailbox <user@...> is full"
        { "address-says", Strength::Strong,
            QRegularExpression(QStringLiteral(R"((?:user|mailbox|recipient|address|account|addressee)[ \t]+<?)" NS_ADDR R"(>?[ \t]+(?:does[ \t]+not|doesn't|is[ \t]+(?:unknown|not|over|full|disabled|inactive|invalid)|unknown|not[ \t]+found|was[ \t]+not|has[ \t]+(?:been|exceeded)))"), options) },
        // "<user@example.org> (Undelivered)", "user@example.org (user unknown)"
        { "address-reason", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(^[ \t]*<?)" NS_ADDR R"(>?[ \t]+\((?:undelivered|user unknown|unknown|failed|mailbox full|over quota)[^)]*\))"), options) },
        // Exim, Gmail, Office 365: the failed address alone on its line
        { "alone", Strength::Weak,
            QRegularExpression(QStringLiteral(R"(^[ \t]*<?)" NS_ADDR R"(>?[ \t]*$)"), options) },
        // Anything that looks like an address in the notification, as a last resort
        { "anywhere", Strength::Weak,
            QRegularExpression(QStringLiteral(R"(<?)" NS_ADDR R"(>?)"), options) },
    };
#undef NS_ADDR
    return rules;
}

qsizetype MailSystemRules::originalMarker(const QString& text, qsizetype* headerStart)
{
    // A decorated line ("------ This is a copy of the message ------") may say it any
    // way; a plain line must be nothing but the announcement, so that "The original
    // message was received at ..." stays part of the notice.
    static const QString phrases = QStringLiteral(
        "this is a copy of|below this line is a copy|a copy of the original|original message|the header of the original|"
        "headers of the original|returned message|undelivered message|unsent message|message headers follow|"
        "the original message|copy of the message|returned mail follows|your message reads|here is a copy|"
        "ci-dessous une copie|original-nachricht|ursprüngliche nachricht|message d'origine|text of the original|"
        "content of the original|header of original|partial copy|quoted text follows|included below|"
        "follows the original|original text|message text follows|original mail as follows|old message");
    static const QRegularExpression marker(
        QStringLiteral(R"(^[ \t]*(?:[-=_*>|#]{2,}[ \t]*[^\n]*(?:%1)[^\n]*|(?:%1)(?:[ \t]+(?:follows|below|is following|was))?[ \t]*[:.]?[ \t]*[-=_*]*[ \t]*)$)").arg(phrases),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression headerBlock(QStringLiteral(
        R"(^[ \t>]*(?:Return-Path|Received|Message-I[dD]|From|Date|DKIM-Signature|MIME-Version|X-[A-Za-z0-9-]+|Delivered-To|Authentication-Results):[ \t]*\S[^\n]*\n(?:[ \t]+[^\n]*\n)*[ \t>]*[A-Za-z][A-Za-z0-9-]*:[ \t])"),
        QRegularExpression::MultilineOption);
    const auto markerMatch = marker.match(text);
    const qsizetype from = markerMatch.hasMatch() ? markerMatch.capturedEnd() : 0;
    const auto blockMatch = headerBlock.match(text, from);
    *headerStart = blockMatch.hasMatch() ? blockMatch.capturedStart() : -1;
    // The block is found by a field only messages carry (Received, Date, ...); fields
    // right above it (Subject, To) belong to it too.
    static const QRegularExpression fieldLine(QStringLiteral(R"(^[ \t>]*[A-Za-z][A-Za-z0-9-]*:[ \t]*\S)"));
    while (*headerStart > from) {
        const qsizetype previous = text.lastIndexOf(u'\n', *headerStart - 2) + 1;
        if (previous < from)
            break;
        const QStringView line = QStringView(text).mid(previous, *headerStart - 1 - previous);
        if (!fieldLine.match(line).hasMatch())
            break;
        *headerStart = previous;
    }
    if (markerMatch.hasMatch())
        return markerMatch.capturedStart();
    return *headerStart;
}

} // namespace Core::Analysis
