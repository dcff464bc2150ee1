#include "store/StoredReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Core::Store {

using Analysis::BounceReport;
using Analysis::MessageKind;
using Analysis::Reason;

namespace {

    // Milliseconds since the epoch: a rescan reads back every cached report, and parsing
    // ISO 8601 text was most of its time.
    QJsonValue dateValue(const QDateTime& date)
    {
        return date.isValid() ? QJsonValue(double(date.toMSecsSinceEpoch())) : QJsonValue();
    }

    QDateTime dateFrom(const QJsonValue& value)
    {
        if (value.isDouble())
            return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
        return {};
    }

    QStringList strings(const QJsonValue& value)
    {
        QStringList result;
        for (const QJsonValue& item : value.toArray())
            result.append(item.toString());
        return result;
    }

    MessageKind kindNamed(const QString& name)
    {
        for (int value = 0; value <= int(MessageKind::Unreadable); ++value) {
            if (Analysis::kindName(MessageKind(value)) == name)
                return MessageKind(value);
        }
        return MessageKind::Unreadable;
    }

    Reason reasonNamed(const QString& name)
    {
        for (int value = int(Reason::UserUnknown); value <= int(Reason::Undefined); ++value) {
            if (Analysis::reasonName(Reason(value)) == name)
                return Reason(value);
        }
        return Reason::None;
    }

} // namespace

QByteArray StoredReport::encode(const BounceReport& report)
{
    QJsonObject original {
        { QStringLiteral("message_id"), report.original.messageId },
        { QStringLiteral("from"), report.original.from },
        { QStringLiteral("to"), QJsonArray::fromStringList(report.original.to) },
        { QStringLiteral("subject"), report.original.subject },
        { QStringLiteral("date"), dateValue(report.original.date) },
        { QStringLiteral("source_ip"), report.original.sourceIp },
        { QStringLiteral("source_host"), report.original.sourceHost },
    };
    QJsonObject object {
        { QStringLiteral("kind"), Analysis::kindName(report.kind) },
        { QStringLiteral("recipients"), QJsonArray::fromStringList(report.recipients) },
        { QStringLiteral("status"), report.status },
        { QStringLiteral("reason"), Analysis::reasonName(report.reason) },
        { QStringLiteral("reporting_mta"), report.reportingMta },
        { QStringLiteral("diagnostic"), report.diagnostic },
        { QStringLiteral("original"), original },
        { QStringLiteral("subject"), report.subject },
        { QStringLiteral("date"), dateValue(report.date) },
        { QStringLiteral("error"), report.error },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

BounceReport StoredReport::decode(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    BounceReport report;
    if (!document.isObject()) {
        report.kind = MessageKind::Unreadable;
        report.error = QStringLiteral("The cached report cannot be read: %1").arg(parseError.errorString());
        return report;
    }
    const QJsonObject object = document.object();
    report.kind = kindNamed(object.value(QStringLiteral("kind")).toString());
    report.recipients = strings(object.value(QStringLiteral("recipients")));
    report.status = object.value(QStringLiteral("status")).toString();
    report.reason = reasonNamed(object.value(QStringLiteral("reason")).toString());
    report.reportingMta = object.value(QStringLiteral("reporting_mta")).toString();
    report.diagnostic = object.value(QStringLiteral("diagnostic")).toString();
    report.subject = object.value(QStringLiteral("subject")).toString();
    report.date = dateFrom(object.value(QStringLiteral("date")));
    report.error = object.value(QStringLiteral("error")).toString();
    const QJsonObject original = object.value(QStringLiteral("original")).toObject();
    report.original.messageId = original.value(QStringLiteral("message_id")).toString();
    report.original.from = original.value(QStringLiteral("from")).toString();
    report.original.to = strings(original.value(QStringLiteral("to")));
    report.original.subject = original.value(QStringLiteral("subject")).toString();
    report.original.date = dateFrom(original.value(QStringLiteral("date")));
    report.original.sourceIp = original.value(QStringLiteral("source_ip")).toString();
    report.original.sourceHost = original.value(QStringLiteral("source_host")).toString();
    return report;
}

} // namespace Core::Store
