#include "analysis/ReasonRules.h"

#include "analysis/PatternMatch.h"
#include "analysis/PhraseSet.h"

#include <QRegularExpression>

#include <array>

namespace Core::Analysis {

namespace {

    constexpr std::size_t RuleCount = 17;

    struct PhraseRule {
        Reason reason;
        QList<QStringView> phrases;
    };

    // Order matters: the first rule with a phrase in the text wins, so the specific
    // reasons come before the words that many refusals share ("rejected", "denied").
    const std::array<PhraseRule, RuleCount>& phraseRules()
    {
        static const std::array<PhraseRule, RuleCount> rules { {
            { Reason::VirusDetected,
                { u"virus", u"malware", u"infected", u"worm ", u"trojan", u"dangerous content",
                    u"forbidden attachment", u"potentially harmful" } },
            { Reason::MailboxFull,
                { u"mailbox full", u"mailbox is full", u"mailbox_full", u"over quota", u"overquota",
                    u"quota exceeded", u"exceeded storage", u"exceed the quota", u"exceeds quota",
                    u"insufficient storage", u"mailbox size limit", u"user is over", u"full mailbox",
                    u"inbox is full", u"disk quota", u"mailfolder is full", u"mailbox has exceeded",
                    u"account is full", u"storage quota", u"not enough space", u"quota exceed",
                    u"is over its quota", u"mailbox exceeds", u"boite pleine", u"postfach voll",
                    // de, fr, es, it, nl, pt, pl, ja
                    u"postfach ist voll", u"boîte pleine", u"boîte aux lettres pleine",
                    u"boîte aux lettres est pleine", u"boîte de réception est pleine", u"buzón lleno",
                    u"buzón está lleno", u"buzón de correo lleno", u"casella piena",
                    u"casella di posta piena", u"casella è piena", u"postvak vol", u"postvak is vol",
                    u"caixa postal cheia", u"caixa de correio cheia", u"caixa de correio está cheia",
                    u"caixa de entrada cheia", u"skrzynka pełna", u"skrzynka jest pełna", u"przepełnion",
                    u"容量超過", u"容量オーバー", u"メールボックスがいっぱい", u"quota" } },
            { Reason::MessageTooBig,
                { u"message too big", u"message too large", u"message is too large", u"size exceeds",
                    u"exceeds size", u"size limit", u"message size", u"too big", u"message length exceeds",
                    u"exceeded the maximum", u"mail size" } },
            { Reason::Suspended,
                { u"account disabled", u"account has been disabled", u"mailbox disabled",
                    u"account is disabled", u"suspended", u"inactive", u"deactivated", u"account expired",
                    u"mailbox is disabled", u"not active", u"account is locked", u"temporarily disabled",
                    u"has been disabled", u"mailbox unavailable: disabled", u"frozen" } },
            { Reason::NoRelaying,
                { u"relay access denied", u"relaying denied", u"relay not permitted",
                    u"not permitted to relay", u"unable to relay", u"relaying not allowed",
                    u"we do not relay", u"no relaying", u"relay denied", u"not allowed to relay",
                    u"relay prohibited", u"relaying mail to", u"not a gateway", u"cannot relay",
                    u"relay not allowed" } },
            { Reason::SpamDetected,
                { u"spam", u"junk mail", u"bulk mail", u"unsolicited", u"looks like spam", u"content filter",
                    u"message filtered", u"rejected as bulk", u"mail appears to be", u"scored too high",
                    u"classified as" } },
            { Reason::UserUnknown,
                { u"user unknown", u"unknown user", u"no such user", u"no such mailbox", u"user not found",
                    u"unknown recipient", u"recipient unknown", u"invalid recipient", u"recipient not found",
                    u"does not exist", u"doesn't exist", u"not exist", u"no mailbox", u"mailbox not found",
                    u"mailbox unavailable", u"address rejected", u"no such recipient", u"not found",
                    u"invalid mailbox", u"user doesn't", u"unknown address", u"address unknown",
                    u"is not a valid", u"bad destination mailbox", u"unrouteable address",
                    u"not a known user", u"no account", u"recipient address rejected", u"addressee unknown",
                    u"unknown or illegal", u"was not found", u"couldn't be found", u"could not be found",
                    u"name is not recognized", u"not recognized", u"undeliverable address",
                    u"no valid recipients", u"invalid address", u"is unknown", u"userunknown",
                    u"user invalid", u"unknown local part", u"not our customer", u"no longer",
                    u"mailbox unknown", u"utilisateur inconnu", u"unbekannt", u"existiert nicht",
                    // de, fr, es, it, nl, pt, pl, ja
                    u"nicht gefunden", u"inconnu", u"n'existe pas", u"introuvable", u"desconocid",
                    u"no existe", u"inexistente", u"sconosciut", u"inesistente", u"non esiste", u"onbekend",
                    u"bestaat niet", u"niet gevonden", u"desconhecid", u"não existe", u"nieznan",
                    u"nie istnieje", u"存在しません", u"見つかりません", u"宛先不明" } },
            { Reason::HostUnknown,
                { u"host unknown", u"unknown host", u"host not found", u"domain not found", u"no such domain",
                    u"name service error", u"domain does not exist", u"unrouteable mail domain",
                    u"unroutable", u"no mx", u"host or domain name not found", u"hostname not found",
                    u"domain name not found", u"unknown domain", u"mx lookup", u"dns error", u"nxdomain",
                    u"no route to domain", u"domain is not", u"does not accept mail", u"null mx" } },
            { Reason::Blocked,
                { u"blocked", u"blacklist", u"blocklist", u"block list", u"black list", u"dnsbl", u"rbl",
                    u"spamhaus", u"spamcop", u"reputation", u"client host rejected", u"listed at",
                    u"listed in", u"access denied", u"ip address", u"reverse dns", u"ptr record",
                    u"not allowed to send", u"connection refused by", u"banned" } },
            { Reason::SecurityError,
                { u"tls", u"ssl", u"starttls", u"authentication required", u"spf", u"dkim", u"certificate",
                    u"encryption", u"authentication failed", u"not authenticated" } },
            { Reason::Expired,
                { u"retry timeout exceeded", u"retry time", u"expired", u"giving up", u"too long",
                    u"could not be delivered within", u"delivery time", u"delivery period",
                    u"been delayed for", u"message timed out", u"maximum time", u"queue too long",
                    u"undelivered for", u"has not been delivered", u"unable to deliver for",
                    u"not yet been delivered", u"could not be delivered for", u"delivery attempts" } },
            { Reason::PolicyViolation,
                { u"policy", u"dmarc", u"not authorized", u"not authorised", u"prohibited", u"not permitted",
                    u"not allowed", u"restricted", u"refused by the recipient" } },
            { Reason::NetworkError,
                { u"connection refused", u"connection timed out", u"timed out", u"no route to host",
                    u"connection reset", u"network", u"lost connection", u"could not connect",
                    u"connection closed", u"unreachable", u"loop", u"too many hops" } },
            { Reason::ContentError,
                { u"content", u"mime", u"attachment", u"header", u"8-bit", u"8bit", u"encoding" } },
            { Reason::MailerError,
                { u"mailer error", u"program exited", u"command died", u"pipe to", u"procmail" } },
            { Reason::SystemError,
                { u"system error", u"internal error", u"local error", u"server error", u"system full",
                    u"insufficient system", u"temporarily unavailable", u"service unavailable", u"resources",
                    u"i/o error", u"misconfigur", u"try again later" } },
            { Reason::Rejected,
                { u"rejected", u"refused", u"denied", u"not accepted", u"sender address", u"mail from" } },
        } };
        return rules;
    }

    struct PhraseSets {
        PhraseSet all; // ranked by rule
        std::array<PhraseSet, RuleCount> each;
    };

    const PhraseSets& phraseSets()
    {
        static const PhraseSets sets = [] {
            PhraseSets result;
            const auto& rules = phraseRules();
            QList<PhraseSet::Phrase> all;
            for (std::size_t i = 0; i < rules.size(); ++i) {
                QList<PhraseSet::Phrase> each;
                for (const QStringView phrase : rules[i].phrases) {
                    all.append({ phrase, int(i) });
                    each.append({ phrase, 0 });
                }
                result.each[i] = PhraseSet(each);
            }
            result.all = PhraseSet(all);
            return result;
        }();
        return sets;
    }

} // namespace

QString ReasonRules::statusCodeIn(const QString& text)
{
    static const QRegularExpression code(QStringLiteral(R"((?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]))"));
    const auto match = PatternMatch::first(code, text);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool ReasonRules::mentions(Reason reason, const QString& lowerText)
{
    const auto& rules = phraseRules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].reason == reason)
            return phraseSets().each[i].anyIn(lowerText);
    }
    return false;
}

Reason ReasonRules::fromText(const QString& lowerText)
{
    if (lowerText.isEmpty())
        return Reason::None;
    const int first = phraseSets().all.lowestRankIn(lowerText);
    return first < 0 ? Reason::None : phraseRules()[std::size_t(first)].reason;
}

Reason ReasonRules::fromStatus(const QString& status)
{
    const QStringList parts = status.split(u'.');
    if (parts.size() != 3)
        return Reason::None;
    const int subject = parts[1].toInt();
    const int detail = parts[2].toInt();
    switch (subject) {
    case 1:
        switch (detail) {
        case 1:
        case 3:
        case 6:
            return Reason::UserUnknown;
        case 2:
        case 10:
            return Reason::HostUnknown;
        case 7:
        case 8:
            return Reason::Rejected;
        default:
            return Reason::None;
        }
    case 2:
        switch (detail) {
        case 1:
            return Reason::Suspended;
        case 2:
            return Reason::MailboxFull;
        case 3:
            return Reason::MessageTooBig;
        case 4:
            return Reason::MailerError;
        default:
            return Reason::None;
        }
    case 3:
        switch (detail) {
        case 4:
            return Reason::MessageTooBig;
        case 0:
            return Reason::None;
        default:
            return Reason::SystemError;
        }
    case 4:
        switch (detail) {
        case 4:
            return Reason::HostUnknown;
        case 7:
            return Reason::Expired;
        case 1:
        case 2:
        case 6:
            return Reason::NetworkError;
        default:
            return Reason::None;
        }
    case 5:
        return detail == 3 ? Reason::PolicyViolation : Reason::None;
    case 6:
        return Reason::ContentError;
    case 7:
        switch (detail) {
        case 1:
            return Reason::Rejected;
        case 2:
        case 3:
        case 4:
        case 5:
        case 6:
        case 8:
        case 9:
        case 10:
        case 11:
        case 12:
        case 13:
        case 14:
        case 15:
        case 16:
        case 17:
        case 18:
        case 19:
        case 20:
        case 21:
        case 22:
        case 23:
        case 24:
        case 25:
        case 26:
        case 27:
            return Reason::SecurityError;
        default:
            return Reason::None;
        }
    default:
        return Reason::None;
    }
}

Reason ReasonRules::decide(const QString& status, const QString& lowerDiagnostic, const QString& lowerContext)
{
    const Reason byStatus = fromStatus(status);
    // A precise code (x.1.1 user unknown, x.2.2 mailbox full) beats vague words. Not
    // x.1.10: RFC 7505 made it "null MX", Exchange sends it for unknown recipients.
    const bool precise = byStatus == Reason::UserUnknown || byStatus == Reason::MailboxFull
        || byStatus == Reason::HostUnknown || byStatus == Reason::MessageTooBig;
    if (precise && !status.endsWith(u".1.10"))
        return byStatus;
    if (const Reason byText = fromText(lowerDiagnostic); byText != Reason::None) {
        // The last attempt's error is often a timeout; what ended delivery was the queue
        // giving up, when the notice says so.
        if (byText == Reason::NetworkError && mentions(Reason::Expired, lowerContext))
            return Reason::Expired;
        return byText;
    }
    if (byStatus != Reason::None)
        return byStatus;
    if (const Reason byText = fromText(lowerContext); byText != Reason::None)
        return byText;
    return status.startsWith(u'4') ? Reason::Expired : Reason::Undefined;
}

} // namespace Core::Analysis
