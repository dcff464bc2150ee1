#include "cli/ReadableSummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace Core::Cli {

using Analysis::MessageKind;
using Analysis::Reason;

QString ReadableSummary::explainKind(MessageKind kind)
{
    switch (kind) {
    case MessageKind::DeliveryFailure:
        return tr("a message could not be delivered");
    case MessageKind::DeliveryDelay:
        return tr("a message is delayed");
    case MessageKind::DeliveryReport:
        return tr("a delivery receipt");
    case MessageKind::AutoReply:
        return tr("an automatic reply (for example out of office)");
    case MessageKind::ChallengeResponse:
        return tr("a request to prove you are a real sender");
    case MessageKind::VirusNotice:
        return tr("a virus warning about a message");
    case MessageKind::FeedbackReport:
        return tr("a spam complaint about a message");
    case MessageKind::NotABounce:
        return tr("ordinary mail");
    case MessageKind::Unreadable:
        return tr("a message that could not be read");
    }
    return {};
}

QString ReadableSummary::explainReason(Reason reason)
{
    switch (reason) {
    case Reason::UserUnknown:
        return tr("the address does not exist");
    case Reason::MailboxFull:
        return tr("the mailbox is full");
    case Reason::HostUnknown:
        return tr("the domain does not exist");
    case Reason::Blocked:
        return tr("the receiving server blocked the sender");
    case Reason::SpamDetected:
        return tr("it was taken for spam");
    case Reason::PolicyViolation:
        return tr("it broke the receiver's rules");
    case Reason::VirusDetected:
        return tr("it carried a virus");
    case Reason::MessageTooBig:
        return tr("it was too big");
    case Reason::Expired:
        return tr("delivery took too long and was given up");
    case Reason::Suspended:
        return tr("the mailbox is switched off");
    case Reason::NoRelaying:
        return tr("the server would not pass it on");
    case Reason::Rejected:
        return tr("the receiving server refused it");
    case Reason::SystemError:
    case Reason::MailerError:
        return tr("the receiving server had a fault");
    case Reason::NetworkError:
        return tr("the receiving server could not be reached");
    case Reason::SecurityError:
        return tr("a security check failed");
    case Reason::ContentError:
        return tr("its content was not accepted");
    case Reason::None:
    case Reason::Undefined:
        break;
    }
    return {};
}

int ReadableSummary::labelWidth()
{
    return int(std::max({ tr("FORGED").size(), tr("YOURS").size(), tr("UNSURE").size() })) + 1;
}

void ReadableSummary::add(
    const QString& source, const Analysis::BounceReport& report, const Verdict::Judgement& judgement)
{
    ++m_messages;
    QString label;
    QString advice;
    switch (judgement.verdict) {
    case Verdict::Verdict::Backscatter:
        ++m_forged;
        label = tr("FORGED");
        advice = tr("You never sent the original: safe to delete.");
        break;
    case Verdict::Verdict::Genuine:
        ++m_genuine;
        label = tr("YOURS");
        advice = report.kind == MessageKind::DeliveryFailure || report.kind == MessageKind::DeliveryDelay
            ? tr("You did send this: check the address or try again.")
            : tr("This answers mail you really sent.");
        break;
    case Verdict::Verdict::Unknown:
        ++m_unknown;
        label = tr("UNSURE");
        advice = judgement.evidence.isEmpty() ? QString() : judgement.evidence.first();
        break;
    case Verdict::Verdict::None:
        if (report.kind == MessageKind::Unreadable)
            ++m_unreadable;
        else
            ++m_ordinary;
        break;
    }
    const int width = labelWidth();
    QString line
        = label.leftJustified(width) + source + u'\n' + QString(width + 2, u' ') + explainKind(report.kind);
    if (!report.recipients.isEmpty())
        line += tr(" for %1").arg(report.recipients.join(QStringLiteral(", ")));
    if (const QString reason = explainReason(report.reason); !reason.isEmpty())
        line += tr(": %1").arg(reason);
    line += u'.';
    if (!advice.isEmpty())
        line += u' ' + advice;
    if (report.kind == MessageKind::Unreadable)
        line += u' ' + report.error;
    m_lines.append(line);
}

QString ReadableSummary::text(bool sentMailGiven) const
{
    QString text = tr("NeverSent read %n message(s).\n\n", nullptr, m_messages);
    for (const QString& line : m_lines)
        text += line + u'\n';
    text += u'\n';
    if (!sentMailGiven)
        text += tr("No sent mail was given, so NeverSent cannot tell forged bounces from real ones.\n");
    text += tr(
        "%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.\n",
        nullptr, m_forged);
    text += tr("%n real delivery problem(s) with mail you did send: worth a look.\n", nullptr, m_genuine);
    text += tr("%n automatic message(s) that cannot be judged for sure.\n", nullptr, m_unknown);
    text += tr("%n ordinary message(s) left alone.\n", nullptr, m_ordinary);
    if (m_unreadable > 0)
        text += tr("%n message(s) could not be read.\n", nullptr, m_unreadable);
    return text;
}

} // namespace Core::Cli
