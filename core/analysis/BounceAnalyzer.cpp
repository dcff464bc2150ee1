#include "analysis/BounceAnalyzer.h"

#include "analysis/DeliveryStatus.h"
#include "analysis/HtmlText.h"
#include "analysis/JsonNotification.h"
#include "analysis/LowerCase.h"
#include "analysis/MailSystemRules.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeDocument.h"
#include "analysis/PatternMatch.h"
#include "analysis/ReasonRules.h"
#include "analysis/ReceivedChain.h"
#include "analysis/ReceiverChecks.h"
#include "analysis/SelectedLines.h"
#include "analysis/VmimeRuntime.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Core::Analysis {

namespace {

    BounceReport unreadable(const QString& error)
    {
        BounceReport report;
        report.kind = MessageKind::Unreadable;
        report.error = error;
        return report;
    }

    bool looksLikeMessageId(const QString& address)
    {
        // Message-IDs and tracking tokens share the addr-spec shape; real mailboxes seldom
        // carry these characters.
        const QString local = address.section(u'@', 0, 0);
        return local.contains(u'$') || local.size() > 64;
    }

    class Reading {
    public:
        Reading(const MimeDocument& document, BounceReport& report)
            : m_document(document)
            , m_header(document.header())
            , m_report(report)
        {
        }

        void run()
        {
            readEnvelope();
            readParts();
            if (m_deliveryStatus.isEmpty() && !m_originalPart) {
                if (std::optional<BounceReport> notice = JsonNotification::read(m_notification)) {
                    readDiagnosisOf(*notice);
                    m_report = *notice;
                    return;
                }
            }
            decideKind();
            if (!isAutomatic(m_report.kind))
                return;
            readOriginal();
            readRecipients();
            readDiagnosis();
        }

        // A bounce forwarded inside another message, or a bounce of a bounce.
        const std::string* attachedMessage() const
        {
            return m_originalPart && m_originalPart->mediaType == u"message/rfc822" ? &m_originalPart->raw
                                                                                    : nullptr;
        }

        // The returned message is itself a bounce (a bounce of a bounce): the message
        // both are about is the one inside.
        bool attachedMessageLooksAutomatic() const
        {
            if (!attachedMessage())
                return false;
            const MimeHeader& header = m_originalPart->embeddedHeader;
            const QStringList from = header.addresses("From");
            return LowerCase::of(header.text("Content-Type")).contains(u"report")
                || (!from.isEmpty()
                    && MailSystemRules::isSystemSender(from.first(), LowerCase::of(header.text("From"))));
        }

    private:
        void readEnvelope()
        {
            m_report.subject = m_header.text("Subject");
            m_report.date = m_header.date("Date");
            m_subject = LowerCase::of(m_report.subject);
            const QString from = m_header.text("From");
            const QStringList fromAddresses = MimeHeader::addressesIn(from);
            m_from = fromAddresses.isEmpty() ? QString() : fromAddresses.first();
            m_fromName = LowerCase::of(from);
            m_bounceTo = m_header.addresses("To");
            m_ownMessageId = m_header.messageId("Message-ID");
            const QString autoSubmitted = LowerCase::of(m_header.text("Auto-Submitted"));
            m_autoHeader = (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith(u"no"))
                || m_header.has("X-Autoreply") || m_header.has("X-Autorespond")
                || m_header.has("X-Autoresponder")
                || LowerCase::of(m_header.text("Precedence")).contains(u"auto_reply");
            m_systemSender = MailSystemRules::isSystemSender(m_from, m_fromName);
            static const QRegularExpression noReply(QStringLiteral(R"(^(?:no|do[-_.]?not)[-_.]?reply)"));
            m_noReplySender = noReply.match(m_from).hasMatch();
            m_listMail = !m_systemSender && (m_header.has("List-Id") || m_header.has("List-Post"));
            // Reply and forward prefixes as mail programs write them in en, de, fr, es, it, nl,
            // pt, pl and the Nordic languages.
            static const QRegularExpression reply(
                QStringLiteral(
                    R"(^\s*(?:re|aw|fw|fwd|wg|tr|sv|vs|antw|r|rif|res|rv|enc|doorst|odp|pd)\s*(?:\[\d+\])?\s*:)"),
                QRegularExpression::CaseInsensitiveOption);
            m_humanThread = !m_systemSender && reply.match(m_report.subject).hasMatch();
        }

        void readParts()
        {
            QString plain;
            QString html;
            bool afterOriginal = false;
            for (const MimePart& part : m_document.parts()) {
                if (part.isDeliveryStatus()) {
                    if (part.mediaType == u"message/feedback-report")
                        m_feedback = true;
                    else if (m_deliveryStatus.isEmpty())
                        m_deliveryStatus = DeliveryStatus::parse(part.raw);
                    continue;
                }
                if (part.isOriginalMessage()) {
                    if (!m_originalPart)
                        m_originalPart = &part;
                    afterOriginal = true;
                    continue;
                }
                if (!part.isText() || afterOriginal)
                    continue;
                if (part.mediaType == u"text/html")
                    html += HtmlText::toText(part.text) + u'\n';
                else
                    plain += part.text + u'\n';
            }
            QString body = plain.trimmed().isEmpty() ? html : plain;
            qsizetype headerStart = -1;
            const qsizetype marker = MailSystemRules::originalMarker(body, &headerStart);
            if (!m_originalPart && marker >= 0) {
                m_inlineOriginal = body.mid(marker);
                if (headerStart >= 0)
                    m_inlineHeader = body.mid(headerStart);
                if (marker == headerStart) {
                    // Quoted header fields with no announcement: some systems (PMDF) quote
                    // the original's fields first and list the recipients after them.
                    static const QRegularExpression blankLine(QStringLiteral("\n[ \t]*\n"));
                    const qsizetype end = PatternMatch::first(blankLine, body, headerStart).capturedStart();
                    if (end >= 0)
                        m_afterQuotedHeader = body.mid(end);
                }
                body.truncate(marker);
            }
            m_notification = body;
            m_lowerNotification = LowerCase::of(body);
            qCDebug(lcAnalysis) << "parts" << m_document.parts().size() << "notification characters"
                                << m_notification.size() << "inline original at" << marker;
            m_feedback = m_feedback || m_document.reportType() == u"feedback-report";
        }

        void readDiagnosisOf(BounceReport& notice) const
        {
            notice.subject = m_report.subject;
            notice.date = m_report.date;
            if (notice.status.isEmpty())
                notice.status = ReasonRules::statusCodeIn(notice.diagnostic);
            if (notice.kind == MessageKind::FeedbackReport)
                notice.reason = Reason::SpamDetected;
            else if (notice.kind != MessageKind::DeliveryReport)
                notice.reason
                    = ReasonRules::decide(notice.status, LowerCase::of(notice.diagnostic), QString());
        }

        bool hasOriginal() const { return m_originalPart || !m_inlineOriginal.isEmpty(); }

        MessageKind kindFromDeliveryStatus() const
        {
            bool failed = false;
            bool delayed = false;
            bool delivered = false;
            for (const auto& recipient : m_deliveryStatus.recipients()) {
                const QString& action = recipient.action;
                if (action.startsWith(u"fail") || (action.isEmpty() && recipient.status.startsWith(u'5')))
                    failed = true;
                else if (action.startsWith(u"delay")
                    || (action.isEmpty() && recipient.status.startsWith(u'4')))
                    delayed = true;
                else if (action.startsWith(u"deliver") || action.startsWith(u"relay")
                    || action.startsWith(u"expand")
                    || (action.isEmpty() && recipient.status.startsWith(u'2')))
                    delivered = true;
            }
            if (failed)
                return MessageKind::DeliveryFailure;
            if (delayed)
                return MessageKind::DeliveryDelay;
            if (delivered)
                return MessageKind::DeliveryReport;
            return MessageKind::DeliveryFailure;
        }

        void decideKind()
        {
            using S = MailSystemRules::Signal;
            auto& kind = m_report.kind;
            // People discuss bounces in replies and on lists: there the subject alone is
            // not enough, the text must read like a mail system's too.
            // An Auto-Submitted header (RFC 3834) settles it: no person wrote that.
            const bool humanish = (m_humanThread || m_listMail) && !m_autoHeader;
            const bool failureWords = MailSystemRules::mentions(S::FailureSubject, m_subject);
            const bool subjectDelay = MailSystemRules::mentions(S::DelaySubject, m_subject);
            const bool textFailure = MailSystemRules::mentions(S::FailureText, m_lowerNotification);
            // Notices put their words first; a list post tags its subject: "[users] Bounce...".
            const bool noticeSubject = !m_subject.startsWith(u'[')
                && MailSystemRules::mentions(S::FailureSubject, m_subject.left(32));
            // Gateways answering a reply keep its "RE:" and append their verdict: "RE: ... : non remis".
            const QString subjectTail = m_subject.section(u':', -1).trimmed();
            const bool noticeSuffix = m_humanThread && subjectTail.size() <= 32
                && MailSystemRules::mentions(S::FailureSubject, subjectTail);
            const bool subjectFailure = failureWords
                && (!humanish
                    || (textFailure
                        && (hasOriginal() || m_systemSender || noticeSuffix
                            || (!m_humanThread && noticeSubject))));
            const bool automatic = m_systemSender || m_autoHeader || subjectFailure;
            if (m_feedback
                || (hasOriginal() && !humanish && MailSystemRules::mentions(S::FeedbackSubject, m_subject))) {
                kind = MessageKind::FeedbackReport;
            } else if (!m_deliveryStatus.isEmpty()) {
                // Virus scanners dress their notices as delivery reports.
                kind = MailSystemRules::mentions(S::VirusText, m_subject) ? MessageKind::VirusNotice
                                                                          : kindFromDeliveryStatus();
            } else if (m_document.reportType() == u"disposition-notification") {
                kind = MessageKind::AutoReply;
            } else if (!humanish && automatic
                && MailSystemRules::mentions(S::ChallengeText, m_subject + u'\n' + m_lowerNotification)
                && !subjectFailure) {
                kind = MessageKind::ChallengeResponse;
            } else if (!humanish && (m_systemSender || m_autoHeader || hasOriginal())
                && MailSystemRules::mentions(S::VirusText, m_subject) && !textFailure) {
                kind = MessageKind::VirusNotice;
            } else if (m_header.has("X-Failed-Recipients") || subjectFailure
                || m_document.reportType() == u"delivery-status"
                || (m_systemSender && (textFailure || hasOriginal()))
                || (!humanish && textFailure && (m_autoHeader || (m_originalPart && m_noReplySender)))) {
                const bool delayWords = subjectDelay
                    || (!subjectFailure && MailSystemRules::mentions(S::DelayText, m_lowerNotification)
                        && !m_lowerNotification.contains(u"permanent"));
                kind = delayWords ? MessageKind::DeliveryDelay : MessageKind::DeliveryFailure;
            } else if (!humanish
                && (m_autoHeader || MailSystemRules::mentions(S::AutoReplySubject, m_subject))) {
                kind = MessageKind::AutoReply;
            } else if (!humanish && m_systemSender) {
                kind = MessageKind::DeliveryFailure;
            } else {
                kind = MessageKind::NotABounce;
            }
            qCDebug(lcAnalysis) << "kind" << kindName(kind) << "system sender" << m_systemSender
                                << "auto header" << m_autoHeader << "list" << m_listMail << "reply"
                                << m_humanThread << "failure subject" << subjectFailure << "failure text"
                                << textFailure << "original" << hasOriginal();
        }

        void readOriginal()
        {
            OriginalMessage& original = m_report.original;
            MimeHeader header;
            QString section;
            if (m_originalPart) {
                header = m_originalPart->embeddedHeader;
                section = m_originalPart->text;
            } else if (!m_inlineHeader.isEmpty()) {
                header = MimeHeader::parse(inlineHeaderBlock(m_inlineHeader));
                section = m_inlineOriginal;
            } else {
                section = m_inlineOriginal;
            }
            m_originalHeader = header;
            original.messageId = header.messageId("Message-ID");
            if (original.messageId.isEmpty())
                original.messageId = m_deliveryStatus.originalMessageId();
            if (original.messageId.isEmpty())
                original.messageId = messageIdInText(section);
            if (original.messageId.isEmpty())
                original.messageId = messageIdInText(m_notification);
            // Broken boundaries leave the returned header inside another part's text.
            for (const MimePart& part : m_document.parts()) {
                if (!original.messageId.isEmpty())
                    break;
                if (&part != m_originalPart && part.mediaType.startsWith(u"message/"))
                    original.messageId = messageIdInText(part.text);
            }
            if (original.messageId.isEmpty() && m_report.kind != MessageKind::FeedbackReport)
                original.messageId = m_header.messageId("In-Reply-To");
            const QStringList from = header.addresses("From");
            original.from = from.isEmpty() ? QString() : from.first();
            original.to = header.addresses("To");
            original.subject = header.text("Subject");
            original.date = header.date("Date");
            const ReceivedChain::Hop hop = ReceivedChain::firstExternalHop(header.texts("Received"));
            original.sourceIp = hop.ip;
            original.sourceHost = hop.host;
            original.receiverChecks = ReceiverChecks::read(header);
        }

        static std::string inlineHeaderBlock(const QString& text)
        {
            // A quoted header block ends at its first blank line; quoting marks and the
            // indentation some systems add are not part of the fields.
            static const QRegularExpression quote(
                QStringLiteral(R"(^[ \t]*>[ \t]?)"), QRegularExpression::MultilineOption);
            static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t>]*\n)"));
            static const QRegularExpression fieldStart(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9-]*:\s)"));
            QString block = text;
            const qsizetype end = PatternMatch::first(blankLine, block).capturedStart();
            if (end >= 0)
                block.truncate(end + 1);
            block.remove(quote);
            const QStringList lines = block.split(u'\n');
            QString unindented;
            for (const QString& line : lines) {
                if (line.isEmpty())
                    continue;
                const bool continuation
                    = line.front().isSpace() && !unindented.isEmpty() && !line.trimmed().contains(fieldStart);
                unindented += (continuation ? u' ' + line.trimmed() : line.trimmed()) + u'\n';
            }
            return unindented.toStdString();
        }

        static QString messageIdInText(const QString& text)
        {
            static const QRegularExpression field(
                QStringLiteral(
                    R"(^[ \t>]*(?:Message-I[Dd]|Message-id|MESSAGE-ID|X-Original-Message-ID|Original-Message-ID)[ \t]*:[ \t]*(?:\n[ \t]+)?<?([^\s<>"]+@[^\s<>"]+?)>?[ \t]*$)"),
                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
            const auto match = PatternMatch::first(field, text);
            return match.hasMatch() ? match.captured(1) : QString();
        }

        // Addresses a notice mentions in passing: who the bounce is from and to, who wrote
        // the original, and Message-IDs that share the address shape.
        bool isSenderSide(const QString& address) const
        {
            return address == m_from || address == m_report.original.from || m_bounceTo.contains(address)
                || address == LowerCase::of(m_report.original.messageId)
                || address == LowerCase::of(m_ownMessageId);
        }

        void addRecipient(const QString& address)
        {
            QString cleaned = LowerCase::of(address).trimmed();
            // X.400-style gateways write "SMTP=user@example.org" or "smtp:user@example.org".
            if (cleaned.startsWith(u"smtp=") || cleaned.startsWith(u"smtp:"))
                cleaned.remove(0, 5);
            while (cleaned.endsWith(u'.'))
                cleaned.chop(1);
            if (!cleaned.contains(u'@') || m_report.recipients.contains(cleaned))
                return;
            m_report.recipients.append(cleaned);
        }

        void readRecipients()
        {
            const MessageKind kind = m_report.kind;
            if (kind == MessageKind::ChallengeResponse) {
                // Challenges come from a service on behalf of the mailbox the original was
                // written to; that mailbox is the recipient, when the challenge shows it.
                for (const QString& address : m_originalHeader.addresses("To"))
                    addRecipient(address);
                if (m_report.recipients.isEmpty())
                    readRecipientsFromText(m_notification, MailSystemRules::Strength::Strong);
                if (!m_report.recipients.isEmpty())
                    return;
            }
            if (kind == MessageKind::AutoReply || kind == MessageKind::ChallengeResponse) {
                // The automatic reply comes from the mailbox the original was written to.
                if (!m_from.isEmpty() && !MailSystemRules::isSystemSender(m_from, QString()))
                    addRecipient(m_from);
                else
                    readRecipientsFromText();
                return;
            }
            if (kind == MessageKind::FeedbackReport) {
                readFeedbackRecipients();
                return;
            }
            const bool wantFailed = kind == MessageKind::DeliveryFailure;
            for (const auto& recipient : m_deliveryStatus.recipients()) {
                if (wantFailed
                    && (recipient.action.startsWith(u"deliver") || recipient.action.startsWith(u"relay")
                        || recipient.action.startsWith(u"expand")))
                    continue;
                const QString address = recipient.finalRecipient.isEmpty() ? recipient.originalRecipient
                                                                           : recipient.finalRecipient;
                if (!address.isEmpty()) {
                    addRecipient(address);
                    if (!m_chosen)
                        m_chosen = &recipient;
                }
            }
            if (!m_report.recipients.isEmpty())
                return;
            for (const QString& value : m_header.texts("X-Failed-Recipients")) {
                for (const QString& address : MimeHeader::addressesIn(value))
                    addRecipient(address);
            }
            if (!m_report.recipients.isEmpty())
                return;
            readRecipientsFromText();
            // Written to one address only: that is the one it failed for.
            if (m_report.recipients.isEmpty() && m_report.original.to.size() == 1
                && !attachedMessageLooksAutomatic())
                addRecipient(m_report.original.to.first());
        }

        void readFeedbackRecipients()
        {
            for (const MimePart& part : m_document.parts()) {
                if (part.mediaType != u"message/feedback-report")
                    continue;
                const MimeHeader fields = MimeHeader::parse(part.raw);
                for (const char* name : { "Original-Rcpt-To", "Removal-Recipient" }) {
                    for (const QString& address : fields.addresses(name))
                        addRecipient(address);
                }
            }
            // Microsoft's junk mail reports keep the complaining mailbox in a header of
            // the returned message; everyone else's reports leave its To.
            for (const char* name : { "X-HmXmrOriginalRecipient", "To" }) {
                if (!m_report.recipients.isEmpty())
                    break;
                for (const QString& address : m_originalHeader.addresses(name))
                    addRecipient(address);
            }
        }

        void readRecipientsFromText()
        {
            readRecipientsFromText(m_notification);
            if (m_report.recipients.isEmpty() && !m_afterQuotedHeader.isEmpty()) {
                readRecipientsFromText(m_afterQuotedHeader);
                m_textRecipientAt = -1;
            }
        }

        void readRecipientsFromText(
            const QString& text, MailSystemRules::Strength weakest = MailSystemRules::Strength::Weak)
        {
            using Strength = MailSystemRules::Strength;
            // Few of a notice's lines hold an address.
            const SelectedLines linesWithAt(text, [](QStringView line) { return line.contains(u'@'); });
            for (const Strength strength : { Strength::Strong, Strength::Weak }) {
                if (strength == Strength::Weak && weakest == Strength::Strong)
                    break;
                QList<QPair<qsizetype, QString>> found;
                for (const auto& rule : MailSystemRules::recipientRules()) {
                    if (rule.strength != strength)
                        continue;
                    auto matches
                        = PatternMatch::all(rule.pattern, rule.withinOneLine ? linesWithAt.text() : text);
                    const bool firstOnly = QLatin1StringView(rule.family) == QLatin1StringView("anywhere");
                    while (matches.hasNext() && !(firstOnly && !found.isEmpty())) {
                        const auto match = matches.next();
                        const QString address = LowerCase::of(match.captured(u"rcpt"));
                        // A postmaster address in passing ("write to postmaster@...") is
                        // advice, unless a line's shape says delivery to it failed.
                        const bool inPassing = strength == Strength::Weak
                            && (MailSystemRules::isSystemSender(address, QString()) || isSenderSide(address));
                        const qsizetype position = match.capturedStart(u"rcpt");
                        if (!looksLikeMessageId(address) && !inPassing)
                            found.append(
                                { rule.withinOneLine ? linesWithAt.originalPosition(position) : position,
                                    address });
                    }
                    // The last resort takes only the first address it sees.
                    if (firstOnly && !found.isEmpty())
                        break;
                }
                if (found.isEmpty())
                    continue;
                std::sort(found.begin(), found.end());
                m_textRecipientAt = found.first().first;
                for (const auto& [position, address] : found)
                    addRecipient(address);
                return;
            }
        }

        void readDiagnosis()
        {
            QString status;
            QString diagnostic;
            if (m_chosen) {
                status = m_chosen->status;
                diagnostic = m_chosen->diagnostic;
                m_report.reportingMta = m_deliveryStatus.reportingMta();
            } else if (!m_deliveryStatus.recipients().isEmpty()) {
                status = m_deliveryStatus.recipients().first().status;
                diagnostic = m_deliveryStatus.recipients().first().diagnostic;
            }
            if (m_report.reportingMta.isEmpty())
                m_report.reportingMta = m_deliveryStatus.reportingMta();
            if (diagnostic.isEmpty())
                diagnostic = diagnosticFromText();
            if (status.isEmpty())
                status = ReasonRules::statusCodeIn(diagnostic);
            if (status.isEmpty())
                status = ReasonRules::statusCodeIn(m_notification);
            if (m_report.reportingMta.isEmpty())
                m_report.reportingMta = reportingMtaFromText();
            m_report.status = status;
            m_report.diagnostic = diagnostic.simplified().left(500);
            switch (m_report.kind) {
            case MessageKind::DeliveryFailure:
            case MessageKind::DeliveryDelay:
                m_report.reason = ReasonRules::decide(status, LowerCase::of(diagnostic), m_lowerNotification);
                if (m_report.kind == MessageKind::DeliveryDelay && m_report.reason == Reason::Undefined)
                    m_report.reason = Reason::Expired;
                break;
            case MessageKind::VirusNotice:
                m_report.reason = Reason::VirusDetected;
                break;
            case MessageKind::FeedbackReport:
                m_report.reason = Reason::SpamDetected;
                break;
            default:
                m_report.reason = Reason::None;
                break;
            }
        }

        QString diagnosticFromText() const
        {
            static const QRegularExpression smtpReply(
                QStringLiteral(R"(^.*(?:\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|said:|error:).*$)"),
                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
            const qsizetype from
                = m_textRecipientAt > 0 ? m_notification.lastIndexOf(u'\n', m_textRecipientAt) + 1 : 0;
            const auto match = PatternMatch::first(smtpReply, m_notification, from);
            if (match.hasMatch())
                return match.captured(0).trimmed();
            if (m_textRecipientAt < 0)
                return {};
            // The paragraph that names the recipient usually says what went wrong.
            const qsizetype lineEnd = m_notification.indexOf(u'\n', m_textRecipientAt);
            if (lineEnd < 0)
                return {};
            // "L'indirizzo <user@...> non esiste": where words follow the address, the line
            // naming the recipient says it itself.
            static const QRegularExpression saysMore(
                QStringLiteral(R"(^\S*\s+\w{2,})"), QRegularExpression::UseUnicodePropertiesOption);
            const QString restOfLine = m_notification.mid(m_textRecipientAt, lineEnd - m_textRecipientAt);
            const qsizetype lineStart = m_notification.lastIndexOf(u'\n', m_textRecipientAt) + 1;
            const qsizetype start = saysMore.match(restOfLine).hasMatch() ? lineStart : lineEnd + 1;
            qsizetype paragraphEnd = m_notification.indexOf(QStringLiteral("\n\n"), lineEnd + 1);
            if (paragraphEnd < 0)
                paragraphEnd = m_notification.size();
            return m_notification.mid(start, qMin<qsizetype>(paragraphEnd - start, 400)).trimmed();
        }

        QString reportingMtaFromText() const
        {
            static const QRegularExpression mta(
                QStringLiteral(
                    R"((?:mail system at host|qmail-send program at|reporting-mta:\s*(?:dns;)?|mailer at|mail server at|generated by|the mail server|from host)\s+\[?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))"),
                QRegularExpression::CaseInsensitiveOption);
            const auto match = PatternMatch::first(mta, m_notification);
            return match.hasMatch() ? LowerCase::of(match.captured(1)) : QString();
        }

        const MimeDocument& m_document;
        const MimeHeader& m_header;
        BounceReport& m_report;
        QString m_subject;
        QString m_from;
        QString m_fromName;
        QStringList m_bounceTo;
        QString m_ownMessageId;
        bool m_autoHeader = false;
        bool m_systemSender = false;
        bool m_noReplySender = false;
        bool m_listMail = false;
        bool m_humanThread = false;
        bool m_feedback = false;
        DeliveryStatus m_deliveryStatus;
        const DeliveryStatus::Recipient* m_chosen = nullptr;
        const MimePart* m_originalPart = nullptr;
        MimeHeader m_originalHeader;
        QString m_inlineOriginal;
        QString m_inlineHeader;
        QString m_notification;
        QString m_lowerNotification;
        QString m_afterQuotedHeader;
        qsizetype m_textRecipientAt = -1;
    };

} // namespace

BounceReport BounceAnalyzer::analyze(QByteArrayView message)
{
    return analyzeAtDepth(message, 0);
}

BounceReport BounceAnalyzer::analyzeAtDepth(QByteArrayView message, int depth)
{
    VmimeRuntime::ensureInitialized();
    const MessageSanitizer::Result prepared = MessageSanitizer::prepare(message);
    if (prepared.text.find_first_not_of(" \t\n") == std::string::npos)
        return unreadable(tr("The message is empty."));
    QString error;
    const std::optional<MimeDocument> document = MimeDocument::parse(prepared.text, &error);
    if (!document)
        return unreadable(error);
    if (document->header().isEmpty())
        return unreadable(tr("This is not an email message: it has no header."));
    BounceReport report;
    try {
        Reading reading(*document, report);
        reading.run();
        const std::string* attached = reading.attachedMessage();
        if (attached && depth < MaxNesting
            && (report.recipients.isEmpty() || reading.attachedMessageLooksAutomatic())) {
            BounceReport inner
                = analyzeAtDepth(QByteArrayView(attached->data(), qsizetype(attached->size())), depth + 1);
            if (isAutomatic(inner.kind) && report.recipients.isEmpty() && !inner.recipients.isEmpty())
                return inner;
            if (isAutomatic(inner.kind) && !inner.original.messageId.isEmpty())
                report.original = inner.original;
        }
    } catch (const std::exception& e) {
        return unreadable(tr("The message could not be read (%1).").arg(QString::fromUtf8(e.what())));
    }
    return report;
}

} // namespace Core::Analysis
