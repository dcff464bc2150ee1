#include "cli/ReportJson.h"

#include <QJsonArray>

namespace Core::Cli {

namespace {

    QJsonValue stringOrNull(const QString& value)
    {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }

    QJsonValue originalJson(const Analysis::OriginalMessage& original)
    {
        if (original.isEmpty())
            return QJsonValue(QJsonValue::Null);
        QJsonObject object;
        object.insert(QStringLiteral("message_id"), stringOrNull(original.messageId));
        object.insert(QStringLiteral("from"), stringOrNull(original.from));
        object.insert(QStringLiteral("to"), QJsonArray::fromStringList(original.to));
        object.insert(QStringLiteral("subject"), stringOrNull(original.subject));
        object.insert(QStringLiteral("date"),
            original.date.isValid() ? QJsonValue(original.date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("source_ip"), stringOrNull(original.sourceIp));
        object.insert(QStringLiteral("source_host"), stringOrNull(original.sourceHost));
        return object;
    }

} // namespace

QJsonObject ReportJson::toJson(const Analysis::BounceReport& report, const Verdict::Judgement& judgement)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), Analysis::kindName(report.kind));
    object.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(report.recipients));
    object.insert(QStringLiteral("status"), stringOrNull(report.status));
    object.insert(QStringLiteral("reason"), stringOrNull(Analysis::reasonName(report.reason)));
    object.insert(QStringLiteral("reporting_mta"), stringOrNull(report.reportingMta));
    object.insert(QStringLiteral("diagnostic"), stringOrNull(report.diagnostic));
    object.insert(QStringLiteral("original"), originalJson(report.original));
    object.insert(QStringLiteral("verdict"), stringOrNull(Verdict::verdictName(judgement.verdict)));
    object.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(judgement.evidence));
    if (report.kind == Analysis::MessageKind::Unreadable)
        object.insert(QStringLiteral("error"), report.error);
    return object;
}

} // namespace Core::Cli
