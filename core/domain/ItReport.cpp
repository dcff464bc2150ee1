#include "domain/ItReport.h"

#include <QJsonArray>

namespace Core::Domain {

namespace {

    QString stamp(const QDateTime& date)
    {
        return date.isValid() ? date.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'")) : QString();
    }

    QJsonArray array(const QStringList& texts)
    {
        return QJsonArray::fromStringList(texts);
    }

} // namespace

QString ItReport::text() const
{
    QStringList lines;
    lines << tr("NeverSent report for IT: %1, %2").arg(account, folders.join(QStringLiteral(", ")));
    if (run.first().isValid())
        lines << tr("Bounces received from %1 to %2.").arg(stamp(run.first()), stamp(run.last()));
    lines << tr("Forged bounces (backscatter): %1. About mail really sent: %2. Undecided: %3.")
                 .arg(run.forged())
                 .arg(run.genuine())
                 .arg(run.unknown());
    lines << QString() << tr("Per day (forged / about mail really sent):");
    for (auto it = run.days().cbegin(); it != run.days().cend(); ++it) {
        lines << QStringLiteral("  %1  %2 / %3")
                     .arg(it.key().isValid() ? it.key().toString(Qt::ISODate) : tr("no date"))
                     .arg(it->forged)
                     .arg(it->genuine);
    }
    lines << QString() << tr("Where the forged mail entered the mail system:");
    const QList<Explain::SpamRun::Origin> origins = run.origins();
    if (origins.isEmpty())
        lines << tr("  The bounces do not say.");
    for (const Explain::SpamRun::Origin& origin : origins) {
        lines << QStringLiteral("  %1  %2%3")
                     .arg(origin.network)
                     .arg(origin.forged)
                     .arg(origin.hosts.isEmpty()
                             ? QString()
                             : QStringLiteral("  (") + origin.hosts.join(QStringLiteral(", ")) + u')');
    }
    lines << QString() << tr("The newest forged bounces:");
    for (const Explain::SpamRun::Sample& sample : run.samples()) {
        lines << QStringLiteral("  %1  %2").arg(stamp(sample.date), sample.subject);
        lines << tr("    reported by %1; failed recipients: %2")
                     .arg(sample.reportingMta, sample.recipients.join(QStringLiteral(", ")));
        lines << tr("    the forged original: Message-ID <%1>, From %2, sent from %3 %4")
                     .arg(sample.originalMessageId, sample.originalFrom, sample.sourceIp, sample.sourceHost)
                     .trimmed();
        if (!sample.receiverChecks.isEmpty())
            lines << tr("    the receiving server's checks: %1")
                         .arg(sample.receiverChecks.join(QStringLiteral("; ")));
    }
    lines << QString();
    if (!policy) {
        lines << tr("No domain was given, so its SPF and DMARC records were not looked up.");
    } else {
        lines << tr("The domain %1:").arg(policy->domain);
        if (policy->answered) {
            lines << tr("  SPF:   %1").arg(policy->spfRecord.isEmpty() ? tr("(none)") : policy->spfRecord);
            lines
                << tr("  DMARC: %1").arg(policy->dmarcRecord.isEmpty() ? tr("(none)") : policy->dmarcRecord);
        }
        lines << QString() << tr("What this means, and what IT could change:");
        for (const QString& sentence : policy->advice())
            lines << QStringLiteral("  - ") + sentence;
    }
    return lines.join(u'\n') + u'\n';
}

QJsonObject ItReport::json() const
{
    QJsonArray days;
    for (auto it = run.days().cbegin(); it != run.days().cend(); ++it) {
        days.append(QJsonObject {
            { QStringLiteral("day"),
                it.key().isValid() ? QJsonValue(it.key().toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("forged"), it->forged }, { QStringLiteral("genuine"), it->genuine } });
    }
    QJsonArray origins;
    for (const Explain::SpamRun::Origin& origin : run.origins()) {
        origins.append(QJsonObject { { QStringLiteral("network"), origin.network },
            { QStringLiteral("hosts"), array(origin.hosts) }, { QStringLiteral("forged"), origin.forged } });
    }
    QJsonArray samples;
    for (const Explain::SpamRun::Sample& sample : run.samples()) {
        samples.append(QJsonObject {
            { QStringLiteral("date"),
                sample.date.isValid() ? QJsonValue(sample.date.toUTC().toString(Qt::ISODate))
                                      : QJsonValue() },
            { QStringLiteral("subject"), sample.subject },
            { QStringLiteral("reporting_mta"), sample.reportingMta },
            { QStringLiteral("recipients"), array(sample.recipients) },
            { QStringLiteral("original_message_id"), sample.originalMessageId },
            { QStringLiteral("original_from"), sample.originalFrom },
            { QStringLiteral("source_ip"), sample.sourceIp },
            { QStringLiteral("source_host"), sample.sourceHost },
            { QStringLiteral("receiver_checks"), array(sample.receiverChecks) },
        });
    }
    QJsonObject report {
        { QStringLiteral("account"), account },
        { QStringLiteral("folders"), array(folders) },
        { QStringLiteral("first"),
            run.first().isValid() ? QJsonValue(run.first().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("last"),
            run.last().isValid() ? QJsonValue(run.last().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("backscatter"), run.forged() },
        { QStringLiteral("genuine"), run.genuine() },
        { QStringLiteral("unknown"), run.unknown() },
        { QStringLiteral("days"), days },
        { QStringLiteral("origins"), origins },
        { QStringLiteral("samples"), samples },
    };
    if (policy) {
        report.insert(QStringLiteral("domain"),
            QJsonObject {
                { QStringLiteral("name"), policy->domain },
                { QStringLiteral("answered"), policy->answered },
                { QStringLiteral("spf"), DomainPolicy::spfName(policy->spf) },
                { QStringLiteral("spf_record"),
                    policy->spfRecord.isEmpty() ? QJsonValue() : QJsonValue(policy->spfRecord) },
                { QStringLiteral("dmarc"), DomainPolicy::dmarcName(policy->dmarc) },
                { QStringLiteral("dmarc_record"),
                    policy->dmarcRecord.isEmpty() ? QJsonValue() : QJsonValue(policy->dmarcRecord) },
                { QStringLiteral("dmarc_percent"), policy->dmarcPercent },
                { QStringLiteral("advice"), array(policy->advice()) },
            });
    } else {
        report.insert(QStringLiteral("domain"), QJsonValue());
    }
    return report;
}

} // namespace Core::Domain
