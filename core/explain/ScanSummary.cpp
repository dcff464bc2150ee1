#include "explain/ScanSummary.h"

#include <QLocale>
#include <QStringList>

namespace Core::Explain {

using Verdict::Verdict;

namespace {

    // Up to about a month, "in the last N days" reads better than a date.
    constexpr qint64 LongestRecentPeriodDays = 31;

} // namespace

void ScanSummary::add(const Session::ScanResult& result)
{
    m_totals.add(result.report, result.judgement);
    if (result.judgement.verdict == Verdict::None)
        return;
    const QDateTime arrived = result.report.date.isValid() ? result.report.date : result.report.original.date;
    if (!arrived.isValid())
        return;
    const QDate day = arrived.toLocalTime().date();
    if (!m_oldest.isValid() || day < m_oldest)
        m_oldest = day;
    if (!m_newest.isValid() || day > m_newest)
        m_newest = day;
}

QString ScanSummary::period(const QDate& today) const
{
    if (!m_oldest.isValid())
        return {};
    if (m_oldest == today && m_newest == today)
        return tr("Today");
    const qint64 days = m_oldest.daysTo(today) + 1;
    if (m_oldest < today && m_newest <= today && days <= LongestRecentPeriodDays)
        return tr("In the last %Ln day(s)", nullptr, int(days));
    return tr("Since %1").arg(QLocale().toString(m_oldest, QLocale::LongFormat));
}

QString ScanSummary::text(const QDate& today) const
{
    if (m_totals.scanned == 0)
        return tr("There were no messages to look at.");
    if (bounces() == 0)
        return tr("NeverSent looked at %Ln message(s) and found no bounces: none of them is an automatic "
                  "reply about "
                  "mail from your address. There is nothing to clean up.",
            nullptr, m_totals.scanned);

    QStringList counts;
    if (m_totals.backscatter > 0)
        counts.append(tr("%Ln forged", "bounces", m_totals.backscatter));
    if (m_totals.genuine > 0)
        counts.append(tr("%Ln about mail you sent", "bounces", m_totals.genuine));
    if (m_totals.unknown > 0)
        counts.append(tr("%Ln where NeverSent cannot tell", "bounces", m_totals.unknown));
    const QString breakdown = QLocale().createSeparatedList(counts);
    const QString when = period(today);
    QStringList sentences;
    sentences.append(when.isEmpty()
            ? tr("You received %Ln bounce(s): %1.", nullptr, bounces()).arg(breakdown)
            : tr("%1 you received %Ln bounce(s): %2.", "%1 is a time such as 'In the last 7 days'", bounces())
                  .arg(when, breakdown));
    if (m_totals.backscatter > 0)
        sentences.append(
            tr("The forged ones are about mail someone else sent in your name: not your fault, nothing "
               "to fix, and safe to move to the Trash."));
    if (m_totals.genuine > 0)
        sentences.append(
            tr("Please look at the ones about mail you sent: they tell of real delivery problems."));
    if (m_totals.unknown > 0)
        sentences.append(tr("For the ones NeverSent cannot tell, look in your Sent folder yourself."));
    return sentences.join(u' ');
}

} // namespace Core::Explain
