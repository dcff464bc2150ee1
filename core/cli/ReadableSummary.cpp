#include "cli/ReadableSummary.h"

#include "explain/PlainWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace Core::Cli {

using Analysis::MessageKind;
using Analysis::Reason;

int ReadableSummary::labelWidth()
{
    return int(std::max({ tr("FORGED").size(), tr("YOURS").size(), tr("UNSURE").size() })) + 1;
}

void ReadableSummary::add(
    const QString& source, const Analysis::BounceReport& report, const Verdict::Judgement& judgement)
{
    m_totals.add(report, judgement);
    QString label;
    QString advice;
    switch (judgement.verdict) {
    case Verdict::Verdict::Backscatter:
        label = tr("FORGED");
        advice = tr("You never sent the original: safe to delete.");
        break;
    case Verdict::Verdict::Genuine:
        label = tr("YOURS");
        advice = report.kind == MessageKind::DeliveryFailure || report.kind == MessageKind::DeliveryDelay
            ? tr("You did send this: check the address or try again.")
            : tr("This answers mail you really sent.");
        break;
    case Verdict::Verdict::Unknown:
        label = tr("UNSURE");
        advice = judgement.evidence.isEmpty() ? QString() : judgement.evidence.first();
        break;
    case Verdict::Verdict::None:
        break;
    }
    const int width = labelWidth();
    QString line = label.leftJustified(width) + source + u'\n' + QString(width + 2, u' ')
        + Explain::PlainWords::kind(report.kind);
    if (!report.recipients.isEmpty())
        line += tr(" for %1").arg(report.recipients.join(QStringLiteral(", ")));
    if (const QString reason = Explain::PlainWords::reason(report.reason); !reason.isEmpty())
        line += tr(": %1").arg(reason);
    line += u'.';
    if (!advice.isEmpty())
        line += u' ' + advice;
    if (report.kind == MessageKind::Unreadable)
        line += u' ' + report.error;
    m_lines.append(line);
}

QString ReadableSummary::text(bool sentMailGiven) const
{
    QString text = tr("NeverSent read %n message(s).\n\n", nullptr, m_totals.scanned);
    for (const QString& line : m_lines)
        text += line + u'\n';
    text += u'\n';
    if (!sentMailGiven)
        text += tr("No sent mail was given, so NeverSent cannot tell forged bounces from real ones.\n");
    text += tr(
        "%n bounce(s) about mail you never sent: your address was forged, nothing to fix, safe to delete.\n",
        nullptr, m_totals.backscatter);
    text += tr(
        "%n real delivery problem(s) with mail you did send: worth a look.\n", nullptr, m_totals.genuine);
    text += tr("%n automatic message(s) that cannot be judged for sure.\n", nullptr, m_totals.unknown);
    text += tr("%n ordinary message(s) left alone.\n", nullptr, m_totals.ordinary());
    if (m_totals.unreadable > 0)
        text += tr("%n message(s) could not be read.\n", nullptr, m_totals.unreadable);
    return text;
}

} // namespace Core::Cli
