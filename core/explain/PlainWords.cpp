#include "explain/PlainWords.h"

namespace Core::Explain {

using Analysis::MessageKind;
using Analysis::Reason;

QString PlainWords::kind(MessageKind kind)
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

QString PlainWords::reason(Reason reason)
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

} // namespace Core::Explain
