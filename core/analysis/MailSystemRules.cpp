#include "analysis/MailSystemRules.h"

#include "analysis/PatternMatch.h"
#include "analysis/PhraseSet.h"

#include <QHash>

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
                    u"mail delivery system", u"address not found", u"user unknown", u"loop alert",
                    u"mail loop", u"loop detected", u"エラー", u"不達", u"配信不能", u"返送",
                    // Localized notices: de, fr, es, it, nl, pt, pl, ja.
                    u"nicht zugestellt", u"non délivré", u"non distribué", u"échec de remise",
                    u"échec de la remise", u"no se pudo entregar", u"non recapitato", u"mancato recapito",
                    u"impossibile recapitare", u"niet afgeleverd", u"niet bezorgd",
                    u"kan niet worden bezorgd", u"não é possível entregar", u"não entregue",
                    u"falha na entrega", u"niedostarczalne", u"niedostarczon", u"nie dostarczono",
                    u"配信失敗", u"未達" } },
            { S::DelaySubject,
                { u"delayed", u"(delay)", u"delivery delay", u"still undelivered", u"will retry",
                    u"warning: message", u"verzögert", u"retardé", u"not yet been delivered",
                    u"delivery warning", u"temporary failure", u"delay notification",
                    u"noch nicht zugestellt", u"différé", u"retrasad", u"ritardat", u"in ritardo",
                    u"vertraagd", u"atrasad", u"opóźni", u"遅延" } },
            { S::AutoReplySubject,
                { u"out of office", u"out of the office", u"automatic reply", u"auto reply", u"auto-reply",
                    u"autoreply", u"auto:", u"auto response", u"autoresponse", u"automatic response",
                    u"abwesenheit", u"automatische antwort", u"réponse automatique", u"respuesta automática",
                    u"risposta automatica", u"on vacation", u"vacation", u"away from", u"afwezig",
                    u"fuera de la oficina", u"automatisch antwoord", u"autosvar", u"absence", u"absent",
                    u"ausser haus", u"außer haus", u"out-of-office", u"i am away", u"i'm away", u"abwesend",
                    u"fuori sede", u"fuori ufficio", u"resposta automática", u"fora do escritório",
                    u"automatyczna odpowiedź", u"odpowiedź automatyczna", u"nieobecn", u"自動応答",
                    u"自動返信", u"不在" } },
            { S::FailureText,
                { u"could not be delivered", u"couldn't be delivered", u"undeliverable",
                    u"delivery has failed", u"permanent error", u"permanent fatal error",
                    u"was not delivered", u"wasn't delivered", u"failed permanently", u"unable to deliver",
                    u"delivery to the following recipient", u"following address(es) failed",
                    u"could not deliver", u"did not reach the following", u"delivery failed",
                    u"not be delivered", u"wasn't able to deliver", u"returned mail",
                    u"message you sent could not", u"your message was not delivered",
                    u"this is the mail system at", u"permanent fatal errors", u"could not be sent",
                    u"was rejected", u"message was rejected", u"delivery to the following",
                    u"has been rejected", u"your message could not", u"failed to deliver",
                    u"delivery failure", u"nicht zugestellt", u"konnte nicht zugestellt",
                    u"n'a pas pu être remis", u"no se pudo entregar", u"non è stato possibile",
                    u"unable to be delivered", u"not able to deliver", u"could not reach",
                    u"were not delivered", u"the following recipients", u"the following addresses",
                    u"delivery status notification", u"undelivered mail", u"mail delivery failed",
                    u"returned to sender", u"delivery problem", u"not delivered to", u"no such user",
                    u"user unknown", u"recipient address rejected", u"smtp error",
                    u"error from remote mail server", u"said:", u"delivery attempt", u"rejected your message",
                    u"message has been blocked", u"mailbox unavailable", u"address not found", u"bounced",
                    u"送信できませんでした", u"配信できませんでした", u"届きませんでした", u"宛先不明",
                    // Localized notices: de, fr, es, it, nl, pt, pl, ja.
                    u"nicht zugestellt werden", u"zustellung ist fehlgeschlagen", u"permanenter fehler",
                    u"n'a pas pu être distribué", u"n'a pas pu être délivré", u"erreur permanente",
                    u"no se ha podido entregar", u"no pudo ser entregado", u"error permanente",
                    u"non è stato recapitato", u"impossibile recapitare", u"errore permanente",
                    u"kon niet worden afgeleverd", u"kon niet worden bezorgd", u"kan niet worden bezorgd",
                    u"permanente fout", u"não foi possível entregar", u"não pôde ser entregue",
                    u"erro permanente", u"nie mogła zostać dostarczona", u"nie została dostarczona",
                    u"nie można dostarczyć", u"błąd trwały", u"配信に失敗", u"配信できません" } },
            { S::DelayText,
                { u"has been delayed", u"delivery is delayed", u"will be retried", u"will continue trying",
                    u"still trying", u"not yet been delivered", u"will retry",
                    u"delivery attempts will continue", u"temporary failure", u"has not yet been delivered",
                    u"will keep trying", u"this is a warning", u"is still in the queue", u"delayed",
                    u"retry until", u"noch nicht zugestellt", u"wird weiterhin versucht", u"a été différée",
                    u"continuera d'essayer", u"seguirá intentando", u"continuerà a tentare",
                    u"blijft proberen", u"continuará tentando", u"kolejne próby", u"再送を試み" } },
            { S::ChallengeText,
                { u"spamarrest", u"spam arrest", u"tmda", u"boxbe", u"verify your email",
                    u"verify that you are", u"confirm that you are", u"prove you are", u"you are a human",
                    u"not a robot", u"challenge-response", u"challenge response",
                    u"awaiting your verification", u"sender verification", u"confirm your message",
                    u"verify your message", u"approved sender", u"to be delivered, please",
                    u"please confirm you", u"add you to my", u"i'm protecting myself", u"protect my inbox",
                    u"whitelist", u"mailbox is protected", u"verification request", u"confirm you are",
                    u"your message is waiting", u"held pending", u"confirmation is required",
                    u"please verify" } },
            { S::VirusText,
                { u"virus", u"malware", u"infected", u"infection", u"worm", u"trojan", u"quarantine",
                    u"dangerous attachment", u"banned attachment", u"blocked attachment", u"harmful content",
                    u"found a threat", u"suspicious attachment" } },
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
    static const QHash<Signal, PhraseSet> sets = [] {
        QHash<Signal, QList<PhraseSet::Phrase>> phrasesOf;
        for (const auto& [rowSignal, phrases] : signalTable()) {
            for (const QStringView phrase : phrases)
                phrasesOf[rowSignal].append({ phrase, 0 });
        }
        QHash<Signal, PhraseSet> result;
        for (auto it = phrasesOf.cbegin(); it != phrasesOf.cend(); ++it)
            result.insert(it.key(), PhraseSet(it.value()));
        return result;
    }();
    const auto found = sets.constFind(signal);
    return found != sets.constEnd() && found->anyIn(lowerText);
}

bool MailSystemRules::mentionsAny(const QString& lowerText)
{
    if (lowerText.isEmpty())
        return false;
    static const PhraseSet all = [] {
        QList<PhraseSet::Phrase> every;
        for (const auto& [rowSignal, phrases] : signalTable()) {
            for (const QStringView phrase : phrases)
                every.append({ phrase, 0 });
        }
        return PhraseSet(every);
    }();
    return all.anyIn(lowerText);
}

bool MailSystemRules::isSystemSender(const QString& lowerAddress, const QString& lowerDisplayName)
{
    static constexpr std::array<const char16_t*, 7> localParts {
        u"mailerdaemon",
        u"maildaemon",
        u"postmaster",
        u"maildelivery",
        u"mdaemon",
        u"microsoftexchange",
        u"mailer",
    };
    static constexpr std::array<const char16_t*, 8> displayNames {
        u"mail delivery",
        u"mailer-daemon",
        u"mailer daemon",
        u"postmaster",
        u"mail administrator",
        u"delivery subsystem",
        u"mail system",
        u"administrator",
    };
    // "post_master", "Mailer.Daemon": separators vary, the words do not. Only the start of
    // the local part can matter, and it is gathered without a copy of the address: the
    // triage asks this of every message's sender.
    constexpr qsizetype Longest = 17; // "microsoftexchange"
    std::array<char16_t, Longest> start {};
    qsizetype length = 0;
    for (const QChar c : lowerAddress) {
        if (c == u'@' || length == Longest)
            break;
        if (c != u'_' && c != u'.' && c != u'-')
            start[std::size_t(length++)] = c.unicode();
    }
    const QStringView localStart(start.data(), length);
    for (const char16_t* candidate : localParts) {
        if (localStart.startsWith(QStringView(candidate)))
            return true;
    }
    static const PhraseSet names = [] {
        QList<PhraseSet::Phrase> phrases;
        for (const char16_t* name : displayNames)
            phrases.append({ QStringView(name), 0 });
        return PhraseSet(phrases);
    }();
    return names.anyIn(lowerDisplayName);
}

const QList<MailSystemRules::RecipientRule>& MailSystemRules::recipientRules()
{
// The local part stops at Japanese text and full-width punctuation, which Japanese
// notices write right against an address ("宛先：user@example.jp"). The address is
// matched without case folding, which its classes need none of: folded, their ranges
// over the whole plane took PCRE2 130 M instructions to compile, once in every process.
#define NS_ADDR                                                                                              \
    R"((?-i:(?<rcpt>[^\s<>()\[\]"',;:@\x{3000}-\x{30FF}\x{4E00}-\x{9FFF}\x{FF00}-\x{FFEF}]+@[A-Za-z0-9\x{80}-\x{FFFF}][A-Za-z0-9.\-\x{80}-\x{FFFF}]*[A-Za-z0-9])))"
    static const auto options = QRegularExpression::CaseInsensitiveOption
        | QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<RecipientRule> rules {
        // Postfix, qmail, Yahoo, OpenSMTPD, Courier: "<user@example.org>: reason"
        // Postfix folds a long "(expanded from ...)" onto the next line.
        { "angle-colon", Strength::Strong,
            QRegularExpression(
                QStringLiteral(R"(^[ \t]*[<"])" NS_ADDR R"([>"](?:[ \t]*\(expanded from[^)]*\))?[ \t]*:)"),
                options),
            false },
        // Postfix without brackets: "user@example.org: host mx said ..."
        { "bare-colon", Strength::Strong,
            QRegularExpression(
                QStringLiteral(R"(^[ \t]*)" NS_ADDR R"([ \t]*:(?:[ \t]+\S|[ \t]*$))"), options) },
        // Sendmail: "<user@example.org>... User unknown", V5: "554 <user@example.org>... reason"
        { "sendmail", Strength::Strong,
            QRegularExpression(
                QStringLiteral(R"(^[ \t]*(?:[245]\d\d[ \t]+)?(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?<?)" NS_ADDR
                               R"(>?[ \t]*\.\.\.)"),
                options) },
        // Sendmail transcripts: ">>> RCPT To:<user@example.org>"
        { "smtp-transcript", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(RCPT[ \t]+TO:[ \t]*<?)" NS_ADDR), options) },
        // Exchange 2003: "user@example.org on Thu, 29 Apr 2010"
        { "exchange-on-date", Strength::Strong,
            QRegularExpression(
                QStringLiteral(R"(^[^\n]*?<?)" NS_ADDR R"(>?;?[ \t]+on[ \t]+\w{3},)"), options) },
        // Labelled fields in text: "Final-Recipient: rfc822; user@...", "Recipient: <user@...>"
        { "labelled", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"(^[ \t]*(?:final-recipient|original-recipient|failed[ \t]+recipients?|recipients?(?:[ \t]+address)?|rcpt|addressee|invalid[ \t]+recipients?|unknown[ \t]+recipients?|unknown[ \t]+users?|empfänger|destinataires?|destinatari[oa]?|destinatário|ontvanger|adresat|odbiorca|adresse|adres|indirizzo|dirección|endereço|e-mail[ \t]+address|address|宛先|送信先|受信者)[ \t]*[:：][ \t]*(?:rfc822;[ \t]*)?<?)" NS_ADDR),
                options) },
        // Gmail, Office 365, Amazon, many others: "Your message to user@... couldn't be delivered"
        { "delivery-to", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"((?:message|mail|e-mail|email|delivery|deliver|delivered|deliverable|sent|sending|send|relay|relaying|forward|forwarded)[ \t]+to[ \t]*:?[ \t]+(?:the[ \t]+following[ \t]+(?:address|recipient)[ \t]*:?[ \t]*)?<?)" NS_ADDR
                    R"(>?)"),
                options) },
        // The same in de, fr, es, it, nl, pt, pl: "Ihre Nachricht an user@...", "votre message à
        // user@...", "su mensaje para user@...", "uw bericht aan user@...", "wiadomość do user@..."
        { "delivery-to-localized", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"((?:nachricht|zustellung|e-mail|mail|message|courriel|mensaje|correo|messaggio|bericht|mensagem|wiadomość|wiadomości|gesendet|gerichtet|envoyé|adressé|destiné|enviado|enviada|dirigido|inviato|indirizzato|verzonden|verstuurd|wysłana|wysłany)[ \t]+(?:an|à|a|para|per|aan|naar|do)[ \t]+<?)" NS_ADDR
                    R"(>?)"),
                options) },
        // Japanese: "user@... へのメッセージ", "user@... 宛のメール"
        { "delivery-to-japanese", Strength::Strong,
            QRegularExpression(QStringLiteral(R"(<?)" NS_ADDR R"(>?[ \t]*(?:への|宛))"), options) },
        // "The user user@... does not exist", "mailbox <user@...> is full"
        { "address-says", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"((?:user|mailbox|recipient|address|account|addressee)[ \t]+<?)" NS_ADDR
                    R"(>?[ \t]+(?:does[ \t]+not|doesn't|is[ \t]+(?:unknown|not|over|full|disabled|inactive|invalid)|unknown|not[ \t]+found|was[ \t]+not|has[ \t]+(?:been|exceeded)))"),
                options) },
        // The same in de, fr, es, it, nl, pt, pl: "Der Empfänger user@... ist unbekannt", "l'adresse
        // user@... n'existe pas", "l'indirizzo user@... non esiste", "o endereço user@... não existe"
        { "address-says-localized", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"((?:empfänger|adresse|postfach|destinataire|dirección|destinatario|buzón|indirizzo|casella|adres|ontvanger|postvak|endereço|destinatário|adresat|skrzynka)[ \t]+<?)" NS_ADDR
                    R"(>?[ \t]+(?:ist|existiert|wurde|n'existe|est|no[ \t]+existe|es|non[ \t]+esiste|non[ \t]+è|è|bestaat|is|não|é|nie[ \t]+istnieje|jest))"),
                options) },
        // Japanese: "user@... は存在しません"
        { "address-says-japanese", Strength::Strong,
            QRegularExpression(
                QStringLiteral(R"(<?)" NS_ADDR R"(>?[ \t]*(?:は|が)?[ \t]*(?:存在しません|見つかりません))"),
                options) },
        // "<user@example.org> (Undelivered)", "user@example.org (user unknown)"
        { "address-reason", Strength::Strong,
            QRegularExpression(
                QStringLiteral(
                    R"(^[ \t]*<?)" NS_ADDR
                    R"(>?[ \t]+\((?:undelivered|user unknown|unknown|failed|mailbox full|over quota)[^)]*\))"),
                options) },
        // Exim, Gmail, Office 365: the failed address alone on its line
        { "alone", Strength::Weak,
            QRegularExpression(QStringLiteral(R"(^[ \t]*<?)" NS_ADDR R"(>?[ \t]*$)"), options) },
        // Anything that looks like an address in the notification, as a last resort
        { "anywhere", Strength::Weak, QRegularExpression(QStringLiteral(R"(<?)" NS_ADDR R"(>?)"), options) },
    };
#undef NS_ADDR
    return rules;
}

const QStringList& MailSystemRules::originalMarkerPhrases()
{
    static const QStringList phrases = QStringLiteral(
        "this is a copy of|below this line is a copy|a copy of the original|original message|the header of "
        "the original|"
        "headers of the original|returned message|undelivered message|unsent message|message headers follow|"
        "the original message|copy of the message|returned mail follows|your message reads|here is a copy|"
        "ci-dessous une copie|original-nachricht|ursprüngliche nachricht|message d'origine|text of the "
        "original|"
        "content of the original|header of original|partial copy|quoted text follows|included below|"
        "follows the original|original text|message text follows|original mail as follows|old message|"
        // de, fr, es, it, nl, pt, pl, ja
        "ursprüngliche nachrichtenheader|kopfzeilen der ursprünglichen nachricht|message original|"
        "en-têtes de message d'origine|copie de l'en-tête|mensaje original|encabezados del mensaje original|"
        "messaggio originale|intestazioni del messaggio originale|oorspronkelijk bericht|oorspronkelijke "
        "berichtkoppen|"
        "kopie van de berichtkoppen|origineel bericht|mensagem original|cabeçalhos da mensagem original|"
        "oryginalna wiadomość|oryginalne nagłówki wiadomości|元のメッセージ")
                                           .split(u'|');
    return phrases;
}

const QRegularExpression& MailSystemRules::originalMarkerPattern()
{
    // A decorated line ("------ This is a copy of the message ------") may say it any
    // way; a plain line must be nothing but the announcement, so that "The original
    // message was received at ..." stays part of the notice.
    static const QRegularExpression marker(
        QStringLiteral(
            R"(^[ \t]*(?<decorated>[-=_*>|#]{2}[^\n]*)?(?:%1)(?(decorated)[^\n]*|(?:[ \t]+(?:follows|below|is following|was))?[ \t]*(?:[:.][ \t]*)?(?:[-=_*]+[ \t]*)?)$)")
            .arg(originalMarkerPhrases().join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return marker;
}

namespace {

    bool isBlank(QChar c)
    {
        return c == u' ' || c == u'\t';
    }

    // Whether the folded text at `at` starts with the folded word.
    bool hasWordAt(QStringView folded, qsizetype at, QStringView word)
    {
        return folded.sliced(at).startsWith(word);
    }

    // What may follow the announcement on a plain line, to its end: a word ("follows"),
    // a colon or full stop, a rule of dashes, blanks between them.
    bool isPlainEnding(QStringView line, QStringView folded, qsizetype at)
    {
        qsizetype blanks = at;
        while (blanks < line.size() && isBlank(line[blanks]))
            ++blanks;
        if (blanks > at) {
            for (const QStringView word : { u"follows", u"below", u"is following", u"was" }) {
                if (hasWordAt(folded, blanks, word)) {
                    at = blanks + word.size();
                    break;
                }
            }
        }
        while (at < line.size() && isBlank(line[at]))
            ++at;
        if (at < line.size() && (line[at] == u':' || line[at] == u'.')) {
            ++at;
            while (at < line.size() && isBlank(line[at]))
                ++at;
        }
        const auto isRule = [](QChar c) { return c == u'-' || c == u'=' || c == u'_' || c == u'*'; };
        if (at < line.size() && isRule(line[at])) {
            while (at < line.size() && isRule(line[at]))
                ++at;
            while (at < line.size() && isBlank(line[at]))
                ++at;
        }
        return at == line.size();
    }

    // Whether a line holding a phrase is what originalMarkerPattern() matches: read by
    // hand, as the pattern's JIT compilation of every phrase cost more than all the lines
    // it was run on (folded is the line case-folded, one unit for one).
    bool isAnnouncementLine(QStringView line, QStringView folded, const PhraseSet& phrases)
    {
        // PCRE2 matches nothing in a subject that is not valid UTF-16.
        if (!PatternMatch::holdsNoSurrogate(line) && !line.isValidUtf16())
            return false;
        qsizetype start = 0;
        while (start < line.size() && isBlank(line[start]))
            ++start;
        const auto isDecoration = [](QChar c) { return QStringView(u"-=_*>|#").contains(c); };
        if (start + 1 < line.size() && isDecoration(line[start]) && isDecoration(line[start + 1])
            && phrases.anyIn(folded.sliced(start + 2)))
            return true;
        for (const QString& phrase : MailSystemRules::originalMarkerPhrases()) {
            if (hasWordAt(folded, start, phrase) && isPlainEnding(line, folded, start + phrase.size()))
                return true;
        }
        return false;
    }

} // namespace

qsizetype MailSystemRules::originalMarker(const QString& text, qsizetype* headerStart)
{
    static const QRegularExpression headerBlock(
        QStringLiteral(
            R"(^[ \t>]*(?:Return-Path|Received|Message-I[dD]|From|Date|DKIM-Signature|MIME-Version|X-[A-Za-z0-9-]+|Delivered-To|Authentication-Results):[ \t]*\S[^\n]*\n(?:[ \t][^\n]*\n)*[ \t>]*[A-Za-z][A-Za-z0-9-]*:[ \t])"),
        QRegularExpression::MultilineOption);
    // The announcement is one line that holds one of the phrases: only such lines are
    // read closely, and the lines after the first announcement (most often the whole
    // returned message) are not read.
    static const PhraseSet phraseSet = [] {
        QList<PhraseSet::Phrase> phrases;
        for (const QString& phrase : originalMarkerPhrases())
            phrases.append({ phrase, 0 });
        return PhraseSet(phrases);
    }();
    qsizetype markerStart = -1;
    qsizetype from = 0;
    QString folded;
    for (qsizetype lineStart = 0; lineStart < text.size();) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
        // Folded a character at a time, as a caseless match of the pattern folds them;
        // ASCII, most of every notice, without a look-up.
        folded.resize(line.size());
        QChar* out = folded.data();
        for (const QChar c : line) {
            const char16_t unit = c.unicode();
            *out++ = unit >= 0x80 ? c.toCaseFolded()
                                  : QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 32) : unit);
        }
        if (phraseSet.anyIn(folded) && isAnnouncementLine(line, folded, phraseSet)) {
            markerStart = lineStart;
            from = lineEnd;
            break;
        }
        lineStart = lineEnd + 1;
    }
    const auto blockMatch = PatternMatch::first(headerBlock, text, from);
    *headerStart = blockMatch.hasMatch() ? blockMatch.capturedStart() : -1;
    // The block is found by a field only messages carry (Received, Date, ...); fields
    // right above it (Subject, To) belong to it too.
    static const QRegularExpression fieldLine(QStringLiteral(R"(^[ \t>]*[A-Za-z][A-Za-z0-9-]*:[ \t]*\S)"));
    while (*headerStart > from) {
        const qsizetype previous = text.lastIndexOf(u'\n', *headerStart - 2) + 1;
        if (previous < from)
            break;
        const QStringView line = QStringView(text).mid(previous, *headerStart - 1 - previous);
        if (!PatternMatch::first(fieldLine, line).hasMatch())
            break;
        *headerStart = previous;
    }
    if (markerStart >= 0)
        return markerStart;
    return *headerStart;
}

} // namespace Core::Analysis
