#include "analysis/HeaderTriage.h"

#include "analysis/LowerCase.h"
#include "analysis/MailSystemRules.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"

namespace Core::Analysis {

QByteArray HeaderTriage::fieldNames()
{
    // Message-ID, Date and To are not triage signals: the scan keeps them for every
    // message (to recognise it again before moving it).
    return QByteArrayLiteral(
        "FROM SUBJECT DATE TO MESSAGE-ID CONTENT-TYPE RETURN-PATH AUTO-SUBMITTED PRECEDENCE "
        "X-FAILED-RECIPIENTS X-AUTOREPLY X-AUTORESPOND X-AUTORESPONDER X-AUTO-RESPONSE-SUPPRESS "
        "X-MS-EXCHANGE-MESSAGE-IS-NDR X-AMZ-SNS-MESSAGE-ID FEEDBACK-TYPE");
}

bool HeaderTriage::mayBeAutomatic(QByteArrayView header)
{
    VmimeRuntime::ensureInitialized();
    const auto prepared = MessageSanitizer::prepare(header);
    return mayBeAutomatic(MimeHeader::parseMessageHeader(prepared.text));
}

bool HeaderTriage::mayBeAutomatic(const MimeHeader& fields)
{
    if (fields.isEmpty())
        return true; // nothing readable: let the full read say what it is

    const QString contentType = LowerCase::of(fields.text("Content-Type"));
    if (contentType.contains(u"report") || contentType.startsWith(u"message/"))
        return true;
    // X-Amz-Sns-Message-Id: Amazon SES reports bounces as JSON in SNS notifications.
    if (fields.has("X-Failed-Recipients") || fields.has("X-MS-Exchange-Message-Is-Ndr")
        || fields.has("Feedback-Type") || fields.has("X-Amz-Sns-Message-Id") || fields.has("X-Autoreply")
        || fields.has("X-Autorespond") || fields.has("X-Autoresponder"))
        return true;
    const QString autoSubmitted = LowerCase::of(fields.text("Auto-Submitted"));
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith(u"no"))
        return true;
    const QString precedence = LowerCase::of(fields.text("Precedence"));
    if (precedence.contains(u"auto"))
        return true;
    // Bounces travel with an empty envelope sender (RFC 5321 4.5.5).
    const QString returnPath = fields.text("Return-Path").trimmed();
    if (fields.has("Return-Path") && (returnPath.isEmpty() || returnPath == u"<>"))
        return true;

    const QString from = fields.text("From");
    if (MailSystemRules::isSystemSender(MimeHeader::firstAddressIn(from), LowerCase::of(from)))
        return true;
    return MailSystemRules::mentionsAny(LowerCase::of(fields.text("Subject")));
}

} // namespace Core::Analysis
