#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core::Analysis {

enum class MessageKind {
    DeliveryFailure,
    DeliveryDelay,
    DeliveryReport,
    AutoReply,
    ChallengeResponse,
    VirusNotice,
    FeedbackReport,
    NotABounce,
    Unreadable,
};

// The fixed vocabulary of failure reasons, shared with the CLI contract.
enum class Reason {
    None,
    UserUnknown,
    MailboxFull,
    HostUnknown,
    Blocked,
    SpamDetected,
    PolicyViolation,
    VirusDetected,
    MessageTooBig,
    Expired,
    Suspended,
    NoRelaying,
    Rejected,
    SystemError,
    NetworkError,
    SecurityError,
    ContentError,
    MailerError,
    Undefined,
};

QString kindName(MessageKind kind);
QString reasonName(Reason reason);
// Automatic replies of any kind: everything but ordinary and unreadable mail.
bool isAutomatic(MessageKind kind);

// A check the receiving side ran on the original and wrote into its header
// (Authentication-Results, ARC-Authentication-Results, Received-SPF).
struct ReceiverCheck {
    QString method; // "spf", "dkim" or "dmarc"
    QString result; // as written, lower case: "pass", "fail", "softfail", "none", ...
    QString domain; // the domain it was about, lower case; empty when not said

    // "dmarc=fail example.com", as the CLI and the report for IT show it.
    QString text() const;

    friend bool operator==(const ReceiverCheck&, const ReceiverCheck&) = default;
};

// What the bounce tells about the message it is a reply to.
struct OriginalMessage {
    QString messageId; // without angle brackets
    QString from; // lower-cased address
    QStringList to; // lower-cased addresses
    QString subject;
    QDateTime date; // invalid when unknown
    QString sourceIp; // first hop outside private networks: where it really came from
    QString sourceHost;
    QList<ReceiverCheck> receiverChecks;

    bool isEmpty() const;
};

struct BounceReport {
    MessageKind kind = MessageKind::NotABounce;
    QStringList recipients; // failed recipients, lower-cased, de-duplicated
    QString status; // enhanced status code such as 5.1.1, empty when none
    Reason reason = Reason::None;
    QString reportingMta;
    QString diagnostic;
    OriginalMessage original;
    QString subject; // the bounce's own subject
    QDateTime date; // the bounce's own date
    QString error; // why the message is unreadable
};

} // namespace Core::Analysis
