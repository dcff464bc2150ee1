#include "explain/SpamRun.h"

#include <QHostAddress>

#include <algorithm>

namespace Core::Explain {

using Verdict::Verdict;

QString SpamRun::networkOf(const QString& ip)
{
    QHostAddress address;
    if (!address.setAddress(ip))
        return {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 network = address.toIPv4Address() & 0xffffff00u;
        return QHostAddress(network).toString() + QStringLiteral("/24");
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    std::fill(std::begin(bytes.c) + 6, std::end(bytes.c), quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/48");
}

void SpamRun::add(const Session::ScanResult& result)
{
    const Verdict verdict = result.judgement.verdict;
    if (verdict == Verdict::None)
        return;
    const Analysis::BounceReport& report = result.report;
    const QDateTime when = report.date.toUTC();
    if (when.isValid()) {
        if (!m_first.isValid() || when < m_first)
            m_first = when;
        if (!m_last.isValid() || when > m_last)
            m_last = when;
    }
    if (verdict == Verdict::Unknown) {
        ++m_unknown;
        return;
    }
    Day& day = m_days[when.isValid() ? when.date() : QDate()];
    Day noHour;
    Day& hour
        = when.isValid() ? m_hours[QDateTime(when.date(), QTime(when.time().hour(), 0), Qt::UTC)] : noHour;
    if (verdict == Verdict::Genuine) {
        ++m_genuine;
        ++day.genuine;
        ++hour.genuine;
        return;
    }
    ++m_forged;
    ++day.forged;
    ++hour.forged;
    const Analysis::OriginalMessage& original = report.original;
    if (const QString network = networkOf(original.sourceIp); !network.isEmpty()) {
        Origin& origin = m_origins[network];
        origin.network = network;
        ++origin.forged;
        if (!original.sourceHost.isEmpty() && !origin.hosts.contains(original.sourceHost))
            origin.hosts.append(original.sourceHost);
    }
    Sample sample { report.date, report.subject, report.reportingMta, report.recipients, original.messageId,
        original.from, original.sourceIp, original.sourceHost, {} };
    for (const Analysis::ReceiverCheck& check : original.receiverChecks)
        sample.receiverChecks.append(check.text());
    const auto newer = [](const Sample& one, const Sample& other) { return one.date > other.date; };
    m_samples.insert(std::upper_bound(m_samples.begin(), m_samples.end(), sample, newer), sample);
    if (m_samples.size() > MaxSamples)
        m_samples.removeLast();
}

QList<SpamRun::Origin> SpamRun::origins() const
{
    QList<Origin> result = m_origins.values();
    std::stable_sort(result.begin(), result.end(),
        [](const Origin& one, const Origin& other) { return one.forged > other.forged; });
    return result;
}

} // namespace Core::Explain
