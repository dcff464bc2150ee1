#include "analysis/JsonNotification.h"

#include "analysis/MimeHeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core::Analysis {

namespace {

    QString firstAddress(const QJsonValue& value)
    {
        const QStringList addresses = MimeHeader::addressesIn(
            value.isArray() ? value.toArray().first().toString() : value.toString());
        return addresses.isEmpty() ? QString() : addresses.first();
    }

} // namespace

std::optional<BounceReport> JsonNotification::read(const QString& text)
{
    const qsizetype start = text.indexOf(u'{');
    const qsizetype end = text.lastIndexOf(u'}');
    if (start < 0 || end <= start || text.left(start).trimmed().size() > 0)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8());
    const QJsonObject root = document.object();
    const QString type = root.value(u"notificationType").toString(root.value(u"eventType").toString());
    if (type.isEmpty())
        return std::nullopt;

    BounceReport report;
    const QJsonObject mail = root.value(u"mail").toObject();
    report.original.messageId = mail.value(u"messageId").toString();
    const QJsonObject headers = mail.value(u"commonHeaders").toObject();
    report.original.from = firstAddress(headers.value(u"from"));
    for (const QJsonValue& to : headers.value(u"to").toArray())
        report.original.to += MimeHeader::addressesIn(to.toString());
    report.original.subject = headers.value(u"subject").toString();
    report.original.date = MimeHeader::parseDate(headers.value(u"date").toString());

    QJsonArray recipients;
    if (type == u"Bounce") {
        const QJsonObject bounce = root.value(u"bounce").toObject();
        report.kind = bounce.value(u"bounceType").toString() == u"Transient" ? MessageKind::DeliveryDelay
                                                                             : MessageKind::DeliveryFailure;
        report.reportingMta = bounce.value(u"reportingMTA").toString().section(u';', -1).trimmed();
        recipients = bounce.value(u"bouncedRecipients").toArray();
    } else if (type == u"Complaint") {
        report.kind = MessageKind::FeedbackReport;
        recipients = root.value(u"complaint").toObject().value(u"complainedRecipients").toArray();
    } else if (type == u"Delivery") {
        report.kind = MessageKind::DeliveryReport;
        for (const QJsonValue& recipient : root.value(u"delivery").toObject().value(u"recipients").toArray())
            recipients.append(QJsonObject { { QStringLiteral("emailAddress"), recipient } });
    } else {
        return std::nullopt;
    }
    for (const QJsonValue& value : recipients) {
        const QJsonObject recipient = value.toObject();
        const QString address = firstAddress(recipient.value(u"emailAddress"));
        if (!address.isEmpty() && !report.recipients.contains(address))
            report.recipients.append(address);
        if (report.status.isEmpty())
            report.status = recipient.value(u"status").toString();
        if (report.diagnostic.isEmpty())
            report.diagnostic = recipient.value(u"diagnosticCode").toString().section(u';', -1).trimmed();
    }
    return report;
}

} // namespace Core::Analysis
