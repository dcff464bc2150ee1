#include "cli/ReportJson.h"

namespace Core::Cli {

namespace {

    void insertOriginal(JsonObjectWriter& object, const Analysis::OriginalMessage& original)
    {
        const QLatin1StringView key("original");
        if (original.isEmpty()) {
            object.insertNull(key);
            return;
        }
        JsonObjectWriter fields;
        fields.insertTextOrNull(QLatin1StringView("message_id"), original.messageId);
        fields.insertTextOrNull(QLatin1StringView("from"), original.from);
        fields.insert(QLatin1StringView("to"), original.to);
        fields.insertTextOrNull(QLatin1StringView("subject"), original.subject);
        fields.insertTextOrNull(QLatin1StringView("date"),
            original.date.isValid() ? original.date.toUTC().toString(Qt::ISODate) : QString());
        fields.insertTextOrNull(QLatin1StringView("source_ip"), original.sourceIp);
        fields.insertTextOrNull(QLatin1StringView("source_host"), original.sourceHost);
        QStringList checks;
        for (const Analysis::ReceiverCheck& check : original.receiverChecks)
            checks.append(check.text());
        fields.insert(QLatin1StringView("receiver_checks"), checks);
        object.insert(key, fields);
    }

} // namespace

JsonObjectWriter ReportJson::toJson(const Analysis::BounceReport& report, const Verdict::Judgement& judgement)
{
    JsonObjectWriter object;
    object.insert(QLatin1StringView("kind"), Analysis::kindName(report.kind));
    object.insert(QLatin1StringView("recipients"), report.recipients);
    object.insertTextOrNull(QLatin1StringView("status"), report.status);
    object.insertTextOrNull(QLatin1StringView("reason"), Analysis::reasonName(report.reason));
    object.insertTextOrNull(QLatin1StringView("reporting_mta"), report.reportingMta);
    object.insertTextOrNull(QLatin1StringView("diagnostic"), report.diagnostic);
    insertOriginal(object, report.original);
    object.insertTextOrNull(QLatin1StringView("verdict"), Verdict::verdictName(judgement.verdict));
    object.insert(QLatin1StringView("evidence"), judgement.evidence);
    if (report.kind == Analysis::MessageKind::Unreadable)
        object.insert(QLatin1StringView("error"), report.error);
    return object;
}

QByteArray ReportJson::serverLine(const Session::ScanResult& result)
{
    JsonObjectWriter object = toJson(result.report, result.judgement);
    object.insert(QLatin1StringView("folder"), result.folder);
    object.insert(QLatin1StringView("uid"), qint64(result.uid));
    return object.toJsonLine();
}

} // namespace Core::Cli
