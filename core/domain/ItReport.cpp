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

QString ItReport::html() const
{
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    const auto row = [&](const QStringList& cells, bool heading = false) {
        const QString tag = heading ? QStringLiteral("th") : QStringLiteral("td");
        QString html = QStringLiteral("<tr>");
        for (const QString& cell : cells)
            html += u'<' + tag + u'>' + escaped(cell) + QStringLiteral("</") + tag + u'>';
        return html + QStringLiteral("</tr>");
    };
    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        + escaped(tr("NeverSent report for IT")) + QStringLiteral("</title></head><body>");
    html += QStringLiteral("<h1>") + escaped(tr("NeverSent report for IT")) + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") + escaped(tr("%1, %2").arg(account, folders.join(QStringLiteral(", "))))
        + QStringLiteral("</p>");
    if (run.first().isValid()) {
        html += QStringLiteral("<p>")
            + escaped(tr("Bounces received from %1 to %2.").arg(stamp(run.first()), stamp(run.last())))
            + QStringLiteral("</p>");
    }
    html += table + row({ tr("Forged bounces (backscatter)"), QString::number(run.forged()) })
        + row({ tr("About mail really sent"), QString::number(run.genuine()) })
        + row({ tr("Undecided"), QString::number(run.unknown()) }) + QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + escaped(tr("Per day")) + QStringLiteral("</h2>") + table
        + row({ tr("Day (UTC)"), tr("Forged"), tr("About mail really sent") }, true);
    for (auto it = run.days().cbegin(); it != run.days().cend(); ++it) {
        html += row({ it.key().isValid() ? it.key().toString(Qt::ISODate) : tr("no date"),
            QString::number(it->forged), QString::number(it->genuine) });
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + escaped(tr("Where the forged mail entered the mail system"))
        + QStringLiteral("</h2>");
    const QList<Explain::SpamRun::Origin> origins = run.origins();
    if (origins.isEmpty()) {
        html += QStringLiteral("<p>") + escaped(tr("The bounces do not say.")) + QStringLiteral("</p>");
    } else {
        html += table + row({ tr("Network"), tr("Forged"), tr("Host names") }, true);
        for (const Explain::SpamRun::Origin& origin : origins)
            html += row(
                { origin.network, QString::number(origin.forged), origin.hosts.join(QStringLiteral(", ")) });
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>") + escaped(tr("The newest forged bounces")) + QStringLiteral("</h2>");
    for (const Explain::SpamRun::Sample& sample : run.samples()) {
        html += QStringLiteral("<h3>")
            + escaped(QStringLiteral("%1  %2").arg(stamp(sample.date), sample.subject))
            + QStringLiteral("</h3>") + table;
        html += row({ tr("Reported by"), sample.reportingMta });
        html += row({ tr("Failed recipients"), sample.recipients.join(QStringLiteral(", ")) });
        html += row({ tr("Forged original's Message-ID"), sample.originalMessageId });
        html += row({ tr("Forged original's From"), sample.originalFrom });
        html += row(
            { tr("Sent from"), QStringLiteral("%1 %2").arg(sample.sourceIp, sample.sourceHost).trimmed() });
        if (!sample.receiverChecks.isEmpty())
            html += row(
                { tr("The receiving server's checks"), sample.receiverChecks.join(QStringLiteral("; ")) });
        html += QStringLiteral("</table>");
    }

    if (!policy) {
        html += QStringLiteral("<p>")
            + escaped(tr("No domain was given, so its SPF and DMARC records were not looked up."))
            + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h2>") + escaped(tr("The domain %1").arg(policy->domain))
            + QStringLiteral("</h2>");
        if (policy->answered) {
            html += table
                + row(
                    { QStringLiteral("SPF"), policy->spfRecord.isEmpty() ? tr("(none)") : policy->spfRecord })
                + row({ QStringLiteral("DMARC"),
                    policy->dmarcRecord.isEmpty() ? tr("(none)") : policy->dmarcRecord })
                + QStringLiteral("</table>");
        }
        html += QStringLiteral("<h3>") + escaped(tr("What this means, and what IT could change"))
            + QStringLiteral("</h3><ul>");
        for (const QString& sentence : policy->advice())
            html += QStringLiteral("<li>") + escaped(sentence) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</body></html>");
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
                { QStringLiteral("dmarc_domain"),
                    policy->dmarcRecord.isEmpty() ? QJsonValue() : QJsonValue(policy->dmarcDomain) },
                { QStringLiteral("dmarc_percent"), policy->dmarcPercent },
                { QStringLiteral("advice"), array(policy->advice()) },
            });
    } else {
        report.insert(QStringLiteral("domain"), QJsonValue());
    }
    return report;
}

} // namespace Core::Domain
