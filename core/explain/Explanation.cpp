#include "explain/Explanation.h"

#include "explain/PlainWords.h"

#include <QLocale>

namespace Core::Explain {

using Analysis::BounceReport;
using Analysis::MessageKind;
using Analysis::OriginalMessage;
using Analysis::Reason;
using Session::MailboxScanner;
using Verdict::Verdict;

namespace {

    // How many messages the account warning lists one by one before it only counts.
    constexpr int ListedMessages = 10;

    QString dateTimeText(const QDateTime& when)
    {
        const QDateTime local = when.toLocalTime();
        const QLocale locale;
        return Explanation::tr("%1 at %2", "a date, then a time of day")
            .arg(locale.toString(local.date(), QLocale::LongFormat),
                locale.toString(local.time(), QLocale::ShortFormat));
    }

    QString dayText(const QDateTime& when)
    {
        return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
    }

    QString addressList(const QStringList& addresses)
    {
        return QLocale().createSeparatedList(addresses);
    }

    QString recipientsOrSomeone(const BounceReport& report)
    {
        return report.recipients.isEmpty() ? Explanation::tr("the recipient")
                                           : addressList(report.recipients);
    }

    QString domainsOf(const QStringList& addresses)
    {
        QStringList domains;
        for (const QString& address : addresses) {
            const QString domain = address.mid(address.lastIndexOf(u'@') + 1);
            if (!domain.isEmpty() && !domains.contains(domain))
                domains.append(domain);
        }
        return addressList(domains);
    }

    QString subjectOf(const BounceReport& report)
    {
        return report.original.subject.isEmpty() ? report.subject : report.original.subject;
    }

    // The message the bounce is about: when it was written, else when the bounce came.
    QDateTime originalDateOf(const BounceReport& report)
    {
        return report.original.date.isValid() ? report.original.date : report.date;
    }

    QString capitalized(QString text)
    {
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    }

    // PlainWords' words for why delivery failed, except where they would mislead: a
    // delay notice has not given up, whatever its status code says.
    QString reasonPhrase(const BounceReport& report)
    {
        if (report.kind == MessageKind::DeliveryDelay && report.reason == Reason::Expired)
            return {};
        return PlainWords::reason(report.reason);
    }

    QString kindNoun(MessageKind kind)
    {
        switch (kind) {
        case MessageKind::DeliveryFailure:
            return Explanation::tr("a notice that a message could not be delivered");
        case MessageKind::DeliveryDelay:
            return Explanation::tr("a notice that a message is delayed");
        case MessageKind::DeliveryReport:
            return Explanation::tr("a report about the delivery of a message");
        case MessageKind::AutoReply:
            return Explanation::tr("an automatic reply, for example an out-of-office note");
        case MessageKind::ChallengeResponse:
            return Explanation::tr("a request to confirm that you are a real sender");
        case MessageKind::VirusNotice:
            return Explanation::tr("a warning that a message carried a virus");
        case MessageKind::FeedbackReport:
            return Explanation::tr("a complaint that a message was spam");
        case MessageKind::NotABounce:
        case MessageKind::Unreadable:
            break;
        }
        return Explanation::tr("an automatic message");
    }

    // The facts of the original message, shared by every verdict but the forged one,
    // which tells them in its own words.
    void addOriginalFacts(const BounceReport& report, QStringList* evidence)
    {
        if (!report.recipients.isEmpty())
            evidence->append(Explanation::tr("It was sent to: %1.").arg(addressList(report.recipients)));
        if (const QString subject = subjectOf(report); !subject.isEmpty())
            evidence->append(Explanation::tr("Its subject: \"%1\".").arg(subject));
        if (report.original.date.isValid())
            evidence->append(Explanation::tr("It was sent on %1.").arg(dateTimeText(report.original.date)));
        else if (report.date.isValid())
            evidence->append(Explanation::tr("This notice arrived on %1.").arg(dateTimeText(report.date)));
        if (!report.diagnostic.isEmpty())
            evidence->append(Explanation::tr("The receiving mail server wrote: %1").arg(report.diagnostic));
    }

    Explanation forged(const BounceReport& report)
    {
        Explanation result;
        const QString fromLine = Explanation::tr("Someone else's computer sent a message with your address "
                                                 "in the From line, the line that says who a "
                                                 "message is from.");
        switch (report.kind) {
        case MessageKind::DeliveryFailure:
            result.headline = Explanation::tr("You did not send this: a bounce for mail sent in your name");
            result.paragraphs.append(
                report.reason == Reason::UserUnknown || report.reason == Reason::HostUnknown
                    ? Explanation::tr(
                        "%1 It went to an address that does not exist. The receiving mail server could "
                        "not deliver it, so it sent this notice back to the address in the From line: "
                        "yours.")
                          .arg(fromLine)
                    : Explanation::tr(
                        "%1 The mail server it went to refused it, and sent this notice back to the "
                        "address in the From line: yours.")
                          .arg(fromLine));
            break;
        case MessageKind::DeliveryDelay:
            result.headline
                = Explanation::tr("You did not send this: a delay notice for mail sent in your name");
            result.paragraphs.append(Explanation::tr(
                "%1 The receiving mail server has not been able to deliver it yet and is still "
                "trying. It sent this notice to the address in the From line, yours, to say so. "
                "Another notice about the same message may follow.")
                                         .arg(fromLine));
            break;
        case MessageKind::DeliveryReport:
            result.headline
                = Explanation::tr("You did not send this: a delivery report for mail sent in your name");
            result.paragraphs.append(
                Explanation::tr("%1 The receiving mail server sent a report about its delivery "
                                "to the address in the From line: yours.")
                    .arg(fromLine));
            break;
        case MessageKind::AutoReply:
            result.headline
                = Explanation::tr("You did not send this: an automatic reply to mail sent in your name");
            result.paragraphs.append(Explanation::tr(
                "%1 The person it went to has an automatic answer switched on, for example while "
                "out of office, and their mailbox answered the address in the From line: yours. It "
                "answers a message you did not send.")
                                         .arg(fromLine));
            break;
        case MessageKind::ChallengeResponse:
            result.headline = Explanation::tr(
                "You did not send this: a \"please confirm you are human\" request for mail sent in "
                "your name");
            result.paragraphs.append(Explanation::tr(
                "%1 The receiver uses a service that holds mail from unknown senders until they "
                "confirm that they are a real person. The request came to you because your address "
                "was in the From line.")
                                         .arg(fromLine));
            break;
        case MessageKind::VirusNotice:
            result.headline
                = Explanation::tr("You did not send this: a virus warning about mail sent in your name");
            result.paragraphs.append(Explanation::tr(
                "%1 A virus scanner at the receiving end found a virus in it and warned the address "
                "in the From line: yours. This does not mean that your computer is infected: the "
                "message did not come from it.")
                                         .arg(fromLine));
            break;
        case MessageKind::FeedbackReport:
            result.headline
                = Explanation::tr("You did not send this: a spam complaint about mail sent in your name");
            result.paragraphs.append(Explanation::tr(
                "%1 Someone who received it reported it as spam, and their mail provider passed the "
                "complaint on to the address in the From line: yours.")
                                         .arg(fromLine));
            break;
        case MessageKind::NotABounce:
        case MessageKind::Unreadable:
            break;
        }
        result.paragraphs.append(Explanation::tr(
            "This is not your fault. Your computer and your email account are not where that message "
            "came from, and there is nothing to fix on your side. Senders of spam put real people's "
            "addresses in the From line all the time, and nobody can stop them from choosing yours."));

        result.evidence.append(
            Explanation::tr("The message it is about is not in your Sent folder: you did not send it."));
        const OriginalMessage& original = report.original;
        if (!report.recipients.isEmpty())
            result.evidence.append(
                Explanation::tr("It was \"sent\" to: %1.").arg(addressList(report.recipients)));
        if (const QString subject = subjectOf(report); !subject.isEmpty())
            result.evidence.append(Explanation::tr("The subject it claimed: \"%1\".").arg(subject));
        if (!original.sourceIp.isEmpty() && !original.sourceHost.isEmpty())
            result.evidence.append(
                Explanation::tr("Where it really came from: a computer at %1 (%2), not yours.")
                    .arg(original.sourceHost, original.sourceIp));
        else if (!original.sourceIp.isEmpty() || !original.sourceHost.isEmpty())
            result.evidence.append(
                Explanation::tr("Where it really came from: a computer at %1, not yours.")
                    .arg(original.sourceIp.isEmpty() ? original.sourceHost : original.sourceIp));
        if (original.date.isValid())
            result.evidence.append(Explanation::tr("When it was sent: %1.").arg(dateTimeText(original.date)));
        else if (report.date.isValid())
            result.evidence.append(
                Explanation::tr("When this notice arrived: %1.").arg(dateTimeText(report.date)));

        if (report.kind == MessageKind::ChallengeResponse)
            result.advice.append(Explanation::tr("Do not click any link in it and do not answer it: that "
                                                 "would let the forged message through and tell "
                                                 "its sender that your address is read."));
        if (report.kind == MessageKind::VirusNotice)
            result.advice.append(Explanation::tr("Do not open any attachment it carries."));
        result.advice.append(
            Explanation::tr("It is safe to move it to the Trash. Nothing else needs to be done."));
        if (report.kind == MessageKind::DeliveryDelay)
            result.advice.append(Explanation::tr(
                "If more notices about the same message arrive, they can go to the Trash as well."));
        return result;
    }

    // Why a message of the user's failed, and what they can do about it.
    void explainFailure(const BounceReport& report, Explanation* result)
    {
        const QString recipients = recipientsOrSomeone(report);
        QString why;
        QStringList advice;
        switch (report.reason) {
        case Reason::UserUnknown:
            why = Explanation::tr(
                "The address does not exist at the receiving end: it may be mistyped, or the person "
                "may have left.");
            advice.append(
                Explanation::tr("Check the spelling of %1 and send the message again.").arg(recipients));
            advice.append(
                Explanation::tr("If the address looks right, ask the person for their current address."));
            break;
        case Reason::MailboxFull:
            why = Explanation::tr(
                "The recipient's mailbox is full, so it cannot take new mail at the moment.");
            advice.append(Explanation::tr("Try again in a day or two."));
            advice.append(Explanation::tr("If it is urgent, reach %1 another way, for example by phone.")
                              .arg(recipients));
            break;
        case Reason::HostUnknown:
            why = Explanation::tr("The part of the address after the @ (%1) does not exist.")
                      .arg(domainsOf(report.recipients));
            advice.append(Explanation::tr("Check the part after the @ in %1 and send the message again.")
                              .arg(recipients));
            break;
        case Reason::Blocked:
        case Reason::SpamDetected:
        case Reason::PolicyViolation:
            why = Explanation::tr("The receiving mail server rejected your message, taking it for spam or "
                                  "because of one of its rules.");
            advice.append(
                Explanation::tr("Ask your IT support for help and show them this message. Sending it again "
                                "unchanged will most likely fail again."));
            break;
        case Reason::MessageTooBig:
            why = Explanation::tr("Your message was too big for the receiving mail server.");
            advice.append(Explanation::tr(
                "Send smaller attachments, or put the files somewhere to share and send a link instead."));
            break;
        case Reason::Expired:
        case Reason::NetworkError:
            why = report.kind == MessageKind::DeliveryDelay
                ? Explanation::tr("So far the receiving mail server could not be reached.")
                : Explanation::tr(
                    "The receiving mail server could not be reached, and the mail system gave up after "
                    "trying for days.");
            advice.append(Explanation::tr("Try again later, or reach %1 another way.").arg(recipients));
            break;
        case Reason::Suspended:
            why = Explanation::tr("The recipient's mailbox is switched off or closed.");
            advice.append(
                Explanation::tr("Reach %1 another way and ask for their current address.").arg(recipients));
            break;
        case Reason::VirusDetected:
            why = Explanation::tr("The receiving mail server found a virus in your message.");
            advice.append(Explanation::tr("Do not send it again."));
            advice.append(Explanation::tr("Ask your IT support to check your computer."));
            break;
        case Reason::NoRelaying:
            why = Explanation::tr(
                "A mail server on the way refused to pass your message on. This is a setting of a "
                "mail server, not something you did.");
            advice.append(Explanation::tr("Ask your IT support for help and show them this message."));
            break;
        case Reason::SecurityError:
            why = Explanation::tr("A security check between the mail servers failed.");
            advice.append(Explanation::tr("Ask your IT support for help and show them this message."));
            break;
        case Reason::ContentError:
            why = Explanation::tr("The receiving mail server did not accept the content of your message.");
            advice.append(Explanation::tr(
                "Try sending it again without unusual attachments, or ask your IT support for help."));
            break;
        case Reason::Rejected:
        case Reason::SystemError:
        case Reason::MailerError:
            why = capitalized(PlainWords::reason(report.reason)) + u'.';
            advice.append(Explanation::tr("Try sending it again later. If it fails again, ask your IT "
                                          "support and show them this message."));
            break;
        case Reason::None:
        case Reason::Undefined:
            advice.append(Explanation::tr("Try sending it again later. If it fails again, ask your IT "
                                          "support and show them this message."));
            break;
        }
        if (!why.isEmpty())
            result->paragraphs.append(why);
        if (report.kind == MessageKind::DeliveryDelay) {
            // The mail system has not given up: whatever went wrong may still resolve itself.
            advice = { Explanation::tr(
                "Nothing to do yet: the mail system keeps trying. If it gives up, you will get "
                "another message saying so.") };
        }
        result->advice += advice;
    }

    Explanation yours(const Session::ScanResult& scanned)
    {
        const BounceReport& report = scanned.report;
        const QString recipients = recipientsOrSomeone(report);
        Explanation result;
        switch (report.kind) {
        case MessageKind::DeliveryFailure:
            result.headline = Explanation::tr("Your message to %1 was not delivered").arg(recipients);
            result.paragraphs.append(
                Explanation::tr("This is about a message you really sent. It could not be delivered."));
            explainFailure(report, &result);
            break;
        case MessageKind::DeliveryDelay:
            result.headline = Explanation::tr("Your message to %1 is delayed").arg(recipients);
            result.paragraphs.append(
                Explanation::tr("This is about a message you really sent. It has not been "
                                "delivered yet, but the mail system is still trying."));
            explainFailure(report, &result);
            break;
        case MessageKind::DeliveryReport:
            result.headline = Explanation::tr("A delivery report for your message to %1").arg(recipients);
            result.paragraphs.append(
                Explanation::tr("This is a report about the delivery of a message you really sent."));
            result.advice.append(Explanation::tr("Nothing to do: keep or delete it as you like."));
            break;
        case MessageKind::AutoReply:
            result.headline = Explanation::tr("An automatic reply from %1 to your message").arg(recipients);
            result.paragraphs.append(
                Explanation::tr("This is an automatic answer, for example an out-of-office note, "
                                "to a message you really sent. Your message was delivered."));
            result.advice.append(Explanation::tr(
                "Nothing to fix. Read it: it may say when the person is back or whom to contact instead."));
            break;
        case MessageKind::ChallengeResponse:
            result.headline
                = Explanation::tr("%1 asks you to confirm that you are a real sender").arg(recipients);
            result.paragraphs.append(Explanation::tr(
                "The receiver of a message you really sent uses a service that holds mail from unknown "
                "senders until "
                "they confirm that they are a real person. Your message waits there until you do."));
            result.advice.append(Explanation::tr(
                "If you recognise the service, follow its instructions to confirm, and your message will be "
                "delivered. If in doubt, ask your IT support before you click anything."));
            break;
        case MessageKind::VirusNotice:
            result.headline = Explanation::tr("A virus was found in your message to %1").arg(recipients);
            result.paragraphs.append(Explanation::tr("A virus scanner found a virus in a message you really "
                                                     "sent. Your computer may be infected."));
            result.advice.append(Explanation::tr("Do not send the message again."));
            result.advice.append(
                Explanation::tr("Ask your IT support to check your computer before you send more mail."));
            break;
        case MessageKind::FeedbackReport:
            result.headline = Explanation::tr("Your message to %1 was reported as spam").arg(recipients);
            result.paragraphs.append(Explanation::tr("Someone who received a message you really sent "
                                                     "reported it as spam to their mail provider."));
            result.advice.append(Explanation::tr("If you send the same message to many people, make sure "
                                                 "they asked for it. Tell your IT support if "
                                                 "this surprises you."));
            break;
        case MessageKind::NotABounce:
        case MessageKind::Unreadable:
            break;
        }
        result.evidence += scanned.judgement.evidence;
        addOriginalFacts(report, &result.evidence);
        return result;
    }

    Explanation unsure(const Session::ScanResult& scanned)
    {
        const BounceReport& report = scanned.report;
        Explanation result;
        result.headline = Explanation::tr("Not sure whether you sent this");
        result.paragraphs.append(
            Explanation::tr("This is %1. NeverSent cannot tell whether it is about a message you "
                            "sent or about one someone else sent in your name.")
                .arg(kindNoun(report.kind)));
        if (const QString reason = reasonPhrase(report); !reason.isEmpty())
            result.paragraphs.append(Explanation::tr("What it says went wrong: %1.").arg(reason));
        result.paragraphs.append(Explanation::tr(
            "If you did send that message, this tells of a real problem with it. If you did not, "
            "someone else put your address in the From line, and this message is safe to move to "
            "the Trash."));
        result.evidence += scanned.judgement.evidence;
        addOriginalFacts(report, &result.evidence);

        const QDateTime when = originalDateOf(report);
        const QString subject = subjectOf(report);
        if (!report.recipients.isEmpty() && when.isValid())
            result.advice.append(Explanation::tr("Look in your Sent folder for a message to %1 around %2.")
                                     .arg(addressList(report.recipients), dayText(when)));
        else if (!report.recipients.isEmpty())
            result.advice.append(Explanation::tr("Look in your Sent folder for a message to %1.")
                                     .arg(addressList(report.recipients)));
        else if (!subject.isEmpty())
            result.advice.append(
                Explanation::tr("Look in your Sent folder for a message with the subject \"%1\".")
                    .arg(subject));
        else
            result.advice.append(Explanation::tr(
                "Open this message and check whether the message it quotes is one you wrote."));
        result.advice.append(Explanation::tr("If you find it, the problem is real: check the address, try "
                                             "again later, or ask your IT support."));
        result.advice.append(
            Explanation::tr("If you find nothing, you did not send it: move it to the Trash."));
        return result;
    }

    Explanation ordinary(const BounceReport& report)
    {
        Explanation result;
        if (report.kind == MessageKind::Unreadable) {
            result.headline = Explanation::tr("This message could not be read");
            if (!report.error.isEmpty())
                result.evidence.append(report.error);
            result.advice.append(Explanation::tr("Open it in your mail program to see what it is."));
        } else {
            result.headline = Explanation::tr("Ordinary mail");
            result.paragraphs.append(Explanation::tr(
                "This is not an automatic reply about mail from your address. NeverSent leaves it alone."));
        }
        return result;
    }

} // namespace

QString Explanation::toPlainText() const
{
    QStringList blocks { headline };
    blocks += paragraphs;
    const auto list = [](const QString& title, const QStringList& items) {
        QString block = title;
        for (const QString& item : items)
            block += QStringLiteral("\n- ") + item;
        return block;
    };
    if (!evidence.isEmpty())
        blocks.append(list(tr("What this message shows:"), evidence));
    if (!advice.isEmpty())
        blocks.append(list(tr("What to do:"), advice));
    return blocks.join(QStringLiteral("\n\n")) + u'\n';
}

Explanation Explanation::forResult(const Session::ScanResult& result)
{
    switch (result.judgement.verdict) {
    case Verdict::Backscatter:
        return forged(result.report);
    case Verdict::Genuine:
        return yours(result);
    case Verdict::Unknown:
        return unsure(result);
    case Verdict::None:
        break;
    }
    return ordinary(result.report);
}

Explanation Explanation::accountWarning(const QList<Session::ScanResult>& notWritten)
{
    Explanation result;
    result.headline = tr("Someone may be using your email account");
    result.paragraphs.append(
        tr("You said that %n of the bounces about mail you sent are about messages you did not write.",
            nullptr, int(notWritten.size())));
    result.paragraphs.append(
        tr("NeverSent found these messages in your Sent folder. So they were not just sent with your address "
           "in the "
           "From line: they were sent from your account itself. Someone else may know your password."));
    for (qsizetype i = 0; i < notWritten.size() && i < ListedMessages; ++i) {
        const BounceReport& report = notWritten.at(i).report;
        const QString subject = subjectOf(report);
        const QDateTime when = originalDateOf(report);
        result.evidence.append(
            tr("To %1, subject \"%2\", sent %3.")
                .arg(recipientsOrSomeone(report), subject.isEmpty() ? tr("(none)", "no subject") : subject,
                    when.isValid() ? dateTimeText(when) : tr("on an unknown date")));
    }
    if (notWritten.size() > ListedMessages)
        result.evidence.append(tr("And %n more.", nullptr, int(notWritten.size() - ListedMessages)));
    result.advice.append(tr("Change your email password now, from a computer you trust."));
    result.advice.append(tr("Tell your IT support, and show them these messages."));
    result.advice.append(
        tr("Keep these messages until your IT support has seen them: they help to find out what happened."));
    return result;
}

QString Explanation::whatHappened(const BounceReport& report)
{
    const QString kind = capitalized(PlainWords::kind(report.kind));
    const QString reason = reasonPhrase(report);
    return reason.isEmpty() ? kind : tr("%1: %2", "what happened: why").arg(kind, reason);
}

} // namespace Core::Explain
