#include "verdict/VerdictJudge.h"

#include "analysis/MimeHeader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Core::Verdict {

using Analysis::BounceReport;

namespace {

    QString normalizedSubject(const QString& subject)
    {
        static const QRegularExpression prefixes(
            QStringLiteral(
                R"(^\s*(?:(?:re|aw|fw|fwd|wg|tr|sv|vs|antw|undeliverable|unzustellbar|non remis)\s*(?:\[\d+\])?\s*:\s*)+)"),
            QRegularExpression::CaseInsensitiveOption);
        QString result = subject;
        result.remove(prefixes);
        return result.simplified().toLower();
    }

    QString dayOf(const QDateTime& date)
    {
        return date.toUTC().date().toString(Qt::ISODate);
    }

    // A bounce because the message failed such a check is about the user's own mail, sent
    // from a server their domain does not list: a problem to act on, not a forgery.
    bool failedForAuthentication(const BounceReport& report)
    {
        static const QRegularExpression checks(
            QStringLiteral(R"(\b(?:spf|dkim|dmarc)\b)"), QRegularExpression::CaseInsensitiveOption);
        return checks.match(report.diagnostic).hasMatch();
    }

} // namespace

VerdictJudge::VerdictJudge(const SentIndex* sent, QStringList myAddresses)
    : m_sent(sent)
    , m_myAddresses(std::move(myAddresses))
{
    for (QString& address : m_myAddresses)
        address = address.trimmed().toLower();
}

Judgement VerdictJudge::judge(const BounceReport& report) const
{
    Judgement result;
    if (!Analysis::isAutomatic(report.kind))
        return result;
    result.verdict = Verdict::Unknown;
    if (!m_sent) {
        result.evidence.append(tr("No sent mail was given to compare with."));
        result.evidence.append(receiverEvidence(report));
        return result;
    }
    const Analysis::OriginalMessage& original = report.original;
    if (!original.messageId.isEmpty() && m_sent->containsMessageId(original.messageId)) {
        result.verdict = Verdict::Genuine;
        result.evidence.append(
            tr("Your sent mail has the original message (Message-ID <%1>).").arg(original.messageId));
        return result;
    }

    const QDateTime when = original.date.isValid() ? original.date : report.date;
    QStringList recipients;
    for (const QString& recipient : report.recipients) {
        if (!m_myAddresses.contains(recipient))
            recipients.append(recipient);
    }
    const QString subject = normalizedSubject(original.subject);
    for (const QString& recipient : recipients) {
        for (const SentIndex::Entry* entry : m_sent->sentTo(recipient)) {
            const bool near = !when.isValid() || !entry->date.isValid()
                || qAbs(entry->date.secsTo(when)) <= MatchWindowSeconds;
            if (!near)
                continue;
            if (!subject.isEmpty() && normalizedSubject(entry->subject) == subject) {
                result.verdict = Verdict::Genuine;
                result.evidence.append(
                    tr("You wrote to %1 on %2 with the same subject.").arg(recipient, dayOf(entry->date)));
                return result;
            }
            result.evidence.append(
                tr("You did write to %1 around that time, so this may be about your own message.")
                    .arg(recipient));
            result.evidence.append(receiverEvidence(report));
            return result;
        }
    }

    if (original.messageId.isEmpty() && recipients.isEmpty() && subject.isEmpty()) {
        result.evidence.append(tr("The bounce does not say which message it is about."));
        return withoutSentCheck(result, report);
    }
    if (!when.isValid()) {
        result.evidence.append(tr("The bounce has no date, so it cannot be compared with your sent mail."));
        return withoutSentCheck(result, report);
    }
    if (m_sent->isEmpty() || !m_sent->earliest().isValid()) {
        result.evidence.append(tr("Your sent mail is empty, so there is nothing to compare with."));
        return withoutSentCheck(result, report);
    }
    if (when < m_sent->earliest()) {
        result.evidence.append(
            tr("Your sent mail only reaches back to %1; this bounce is about mail from %2.")
                .arg(dayOf(m_sent->earliest()), dayOf(when)));
        return withoutSentCheck(result, report);
    }

    result.verdict = Verdict::Backscatter;
    if (!original.messageId.isEmpty())
        result.evidence.append(
            tr("No message in your sent mail has the Message-ID <%1>.").arg(original.messageId));
    for (const QString& recipient : recipients)
        result.evidence.append(
            tr("You did not write to %1 in the week around %2.").arg(recipient, dayOf(when)));
    if (recipients.isEmpty() && !subject.isEmpty())
        result.evidence.append(tr("You sent nothing with the subject \"%1\".").arg(original.subject));
    if (!original.from.isEmpty() && !m_myAddresses.isEmpty() && !m_myAddresses.contains(original.from))
        result.evidence.append(tr("The original claimed to come from %1, which is not one of your addresses.")
                                   .arg(original.from));
    if (!original.sourceIp.isEmpty()) {
        result.evidence.append(original.sourceHost.isEmpty()
                ? tr("The original message entered the mail system at %1.").arg(original.sourceIp)
                : tr("The original message entered the mail system at %1 (%2).")
                      .arg(original.sourceIp, original.sourceHost));
    }
    result.evidence.append(receiverEvidence(report));
    return result;
}

Judgement VerdictJudge::withoutSentCheck(Judgement result, const BounceReport& report) const
{
    bool showsForged = false;
    const QStringList evidence = receiverEvidence(report, &showsForged);
    result.evidence.append(evidence);
    if (showsForged) {
        result.verdict = Verdict::Backscatter;
        result.evidence.append(tr("So the receiving server's own check decides: the original was forged."));
    }
    return result;
}

QStringList VerdictJudge::receiverEvidence(const BounceReport& report, bool* showsForged) const
{
    // The user's domains: those of their addresses, else the one the original claimed,
    // which is where the bounce came back to.
    QStringList domains;
    for (const QString& address : m_myAddresses)
        domains.append(Analysis::MimeHeader::domainOf(address));
    if (domains.isEmpty())
        domains.append(Analysis::MimeHeader::domainOf(report.original.from));
    QStringList evidence;
    bool failed = false;
    bool passed = false;
    for (const Analysis::ReceiverCheck& check : report.original.receiverChecks) {
        if (check.domain.isEmpty() || !domains.contains(check.domain))
            continue;
        const bool decisive = check.method == u"spf" || check.method == u"dmarc";
        if (check.result == u"pass" && decisive)
            passed = true;
        if (check.result != u"fail" && !(check.result == u"softfail" && check.method == u"spf"))
            continue;
        if (check.method == u"dmarc") {
            evidence.append(tr("The receiving server checked the original against the rules %1 publishes "
                               "(DMARC), and it failed: it did not come from %1.")
                                .arg(check.domain));
        } else if (check.method == u"spf") {
            evidence.append(check.result == u"fail"
                    ? tr("The receiving server found that the server which sent the original may not send "
                         "mail for %1 (SPF).")
                          .arg(check.domain)
                    : tr("The receiving server found that the server which sent the original is probably "
                         "not one that sends mail for %1 (SPF soft fail).")
                          .arg(check.domain));
        } else {
            evidence.append(tr("The original's signature for %1 did not hold at the receiving server (DKIM).")
                                .arg(check.domain));
        }
        failed = failed || (decisive && check.result == u"fail");
    }
    if (showsForged)
        *showsForged = failed && !passed && !failedForAuthentication(report);
    return evidence;
}

} // namespace Core::Verdict
