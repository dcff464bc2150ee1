#include "store/StoredReport.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Core::Store {

using Analysis::BounceReport;
using Analysis::MessageKind;
using Analysis::Reason;

namespace {

    // The JSON form keeps a date as milliseconds since the epoch.
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

    // The first byte of a report in the binary form; the JSON form, which stores made
    // before it hold, starts with '{'.
    constexpr char BinaryForm = 1;
    constexpr auto StreamVersion = QDataStream::Qt_6_4;
    // An invalid date, in milliseconds since the epoch.
    constexpr qint64 NoDate = std::numeric_limits<qint64>::min();

    qint64 millisecondsOf(const QDateTime& date)
    {
        return date.isValid() ? date.toMSecsSinceEpoch() : NoDate;
    }

    QDateTime dateOf(qint64 milliseconds)
    {
        return milliseconds == NoDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
    }

    BounceReport decodeJson(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        BounceReport report;
        if (!document.isObject()) {
            report.kind = MessageKind::Unreadable;
            report.error
                = QStringLiteral("The cached report cannot be read: %1").arg(parseError.errorString());
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

} // namespace

// Binary: a rescan reads every cached report back, and parsing JSON was most of its time.
// The kind and the reason go by name, so that a reordered enum cannot change them.
QByteArray StoredReport::encode(const BounceReport& report)
{
    QByteArray bytes(1, BinaryForm);
    QDataStream out(&bytes, QIODevice::WriteOnly | QIODevice::Append);
    out.setVersion(StreamVersion);
    out << Analysis::kindName(report.kind) << report.recipients << report.status
        << Analysis::reasonName(report.reason) << report.reportingMta << report.diagnostic << report.subject
        << millisecondsOf(report.date) << report.error << report.original.messageId << report.original.from
        << report.original.to << report.original.subject << millisecondsOf(report.original.date)
        << report.original.sourceIp << report.original.sourceHost;
    QStringList checks;
    for (const Analysis::ReceiverCheck& check : report.original.receiverChecks)
        checks << check.method << check.result << check.domain;
    out << checks;
    return bytes;
}

BounceReport StoredReport::decode(const QByteArray& stored)
{
    if (!stored.startsWith(BinaryForm))
        return decodeJson(stored);
    QDataStream in(stored.sliced(1));
    in.setVersion(StreamVersion);
    BounceReport report;
    QString kind;
    QString reason;
    qint64 date = NoDate;
    qint64 originalDate = NoDate;
    in >> kind >> report.recipients >> report.status >> reason >> report.reportingMta >> report.diagnostic
        >> report.subject >> date >> report.error >> report.original.messageId >> report.original.from
        >> report.original.to >> report.original.subject >> originalDate >> report.original.sourceIp
        >> report.original.sourceHost;
    // Reports stored before the receivers' checks were read end here.
    if (!in.atEnd()) {
        QStringList checks;
        in >> checks;
        for (qsizetype i = 0; i + 2 < checks.size(); i += 3)
            report.original.receiverChecks.append({ checks.at(i), checks.at(i + 1), checks.at(i + 2) });
    }
    if (in.status() != QDataStream::Ok) {
        BounceReport unreadable;
        unreadable.kind = MessageKind::Unreadable;
        unreadable.error = QStringLiteral("The cached report cannot be read: it is cut short.");
        return unreadable;
    }
    report.kind = kindNamed(kind);
    report.reason = reasonNamed(reason);
    report.date = dateOf(date);
    report.original.date = dateOf(originalDate);
    return report;
}

} // namespace Core::Store
