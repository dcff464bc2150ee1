#include "analysis/BounceReport.h"

namespace Core::Analysis {

QString kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::DeliveryFailure:
        return QStringLiteral("delivery-failure");
    case MessageKind::DeliveryDelay:
        return QStringLiteral("delivery-delay");
    case MessageKind::DeliveryReport:
        return QStringLiteral("delivery-report");
    case MessageKind::AutoReply:
        return QStringLiteral("auto-reply");
    case MessageKind::ChallengeResponse:
        return QStringLiteral("challenge-response");
    case MessageKind::VirusNotice:
        return QStringLiteral("virus-notice");
    case MessageKind::FeedbackReport:
        return QStringLiteral("feedback-report");
    case MessageKind::NotABounce:
        return QStringLiteral("not-a-bounce");
    case MessageKind::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::UserUnknown:
        return QStringLiteral("user-unknown");
    case Reason::MailboxFull:
        return QStringLiteral("mailbox-full");
    case Reason::HostUnknown:
        return QStringLiteral("host-unknown");
    case Reason::Blocked:
        return QStringLiteral("blocked");
    case Reason::SpamDetected:
        return QStringLiteral("spam-detected");
    case Reason::PolicyViolation:
        return QStringLiteral("policy-violation");
    case Reason::VirusDetected:
        return QStringLiteral("virus-detected");
    case Reason::MessageTooBig:
        return QStringLiteral("message-too-big");
    case Reason::Expired:
        return QStringLiteral("expired");
    case Reason::Suspended:
        return QStringLiteral("suspended");
    case Reason::NoRelaying:
        return QStringLiteral("no-relaying");
    case Reason::Rejected:
        return QStringLiteral("rejected");
    case Reason::SystemError:
        return QStringLiteral("system-error");
    case Reason::NetworkError:
        return QStringLiteral("network-error");
    case Reason::SecurityError:
        return QStringLiteral("security-error");
    case Reason::ContentError:
        return QStringLiteral("content-error");
    case Reason::MailerError:
        return QStringLiteral("mailer-error");
    case Reason::Undefined:
        return QStringLiteral("undefined");
    }
    return {};
}

bool isAutomatic(MessageKind kind)
{
    return kind != MessageKind::NotABounce && kind != MessageKind::Unreadable;
}

QString ReceiverCheck::text() const
{
    return (method + u'=' + result + u' ' + domain).trimmed();
}

bool OriginalMessage::isEmpty() const
{
    return messageId.isEmpty() && from.isEmpty() && to.isEmpty() && subject.isEmpty() && !date.isValid()
        && receiverChecks.isEmpty();
}

} // namespace Core::Analysis
