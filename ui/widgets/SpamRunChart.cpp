#include "widgets/SpamRunChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace Gui::Widgets {

namespace {

    constexpr int BarGap = 2;
    constexpr int WidestBar = 24;
    constexpr int PlotHeight = 56;

} // namespace

SpamRunChart::SpamRunChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Bounces over time"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SpamRunChart::setRun(const Core::Explain::SpamRun& run)
{
    m_bars.clear();
    m_highest = 0;
    m_byHour = run.first().isValid() && run.first().secsTo(run.last()) < MostHoursDrawnByHour * 3600;
    // Every day (or hour) from the first to the last, the quiet ones too: the gaps are
    // part of the picture.
    if (m_byHour && !run.hours().isEmpty()) {
        const QDateTime last = run.hours().lastKey();
        for (QDateTime hour = run.hours().firstKey(); hour <= last; hour = hour.addSecs(3600)) {
            const auto day = run.hours().value(hour);
            m_bars.append({ hour.toLocalTime(), day.forged, day.genuine });
        }
    } else if (!m_byHour) {
        QDate first;
        QDate last;
        for (auto it = run.days().cbegin(); it != run.days().cend(); ++it) {
            if (!it.key().isValid())
                continue;
            if (!first.isValid())
                first = it.key();
            last = it.key();
        }
        for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
            const auto counts = run.days().value(day);
            m_bars.append({ QDateTime(day, QTime(0, 0), Qt::UTC), counts.forged, counts.genuine });
        }
    }
    for (const Bar& bar : m_bars)
        m_highest = std::max(m_highest, bar.forged + bar.genuine);
    describe();
    updateGeometry();
    update();
}

QString SpamRunChart::barLabel(const Bar& bar) const
{
    const QLocale locale;
    if (m_byHour)
        return locale.toString(bar.start, QLocale::ShortFormat);
    return locale.toString(bar.start.date(), QLocale::ShortFormat);
}

QString SpamRunChart::barText(const Bar& bar) const
{
    return tr("%1: %2 forged, %3 about mail you sent").arg(barLabel(bar)).arg(bar.forged).arg(bar.genuine);
}

void SpamRunChart::describe()
{
    QStringList parts;
    parts.reserve(m_bars.size());
    for (const Bar& bar : m_bars)
        parts.append(barText(bar));
    const QString heading = m_byHour ? tr("Bounces per hour") : tr("Bounces per day");
    setAccessibleDescription(
        parts.isEmpty() ? QString() : heading + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    setToolTip(m_bars.isEmpty() ? QString() : heading);
}

QSize SpamRunChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int bars = int(std::min<qsizetype>(m_bars.size(), 60));
    const int width
        = std::max(bars * (WidestBar / 2 + BarGap), 3 * metrics.horizontalAdvance(u"00/00/00"_qs));
    return { width + metrics.horizontalAdvance(u"0000"_qs), PlotHeight + 3 * metrics.height() };
}

QSize SpamRunChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return { 2 * metrics.horizontalAdvance(u"00/00/00 00:00"_qs), PlotHeight + 3 * metrics.height() };
}

QRect SpamRunChart::plotArea() const
{
    const QFontMetrics metrics = fontMetrics();
    const int left = metrics.horizontalAdvance(QString::number(std::max(m_highest, 1))) + 4;
    // The legend's line above the bars.
    const int top = metrics.height() + 4;
    return QRect(left, top, width() - left, height() - top - metrics.height() - 2);
}

QRect SpamRunChart::barRect(int i) const
{
    if (i < 0 || i >= m_bars.size() || m_highest == 0)
        return {};
    const QRect plot = plotArea();
    const int count = int(m_bars.size());
    const int slot = std::max(1, std::min(WidestBar + BarGap, plot.width() / count));
    const int barWidth = std::max(1, slot - BarGap);
    const Bar& bar = m_bars.at(i);
    const int total = bar.forged + bar.genuine;
    const int barHeight = int(qint64(plot.height()) * total / m_highest);
    return QRect(plot.left() + i * slot, plot.bottom() + 1 - barHeight, barWidth, barHeight);
}

void SpamRunChart::paintEvent(QPaintEvent*)
{
    if (m_bars.isEmpty())
        return;
    QPainter painter(this);
    const QPalette colours = palette();
    const QColor forged = colours.color(QPalette::Highlight);
    const QColor genuine = colours.color(QPalette::PlaceholderText);
    const QColor text = colours.color(QPalette::WindowText);
    const QRect plot = plotArea();
    const QFontMetrics metrics = fontMetrics();

    for (int i = 0; i < m_bars.size(); ++i) {
        const QRect whole = barRect(i);
        if (whole.isEmpty())
            continue;
        const Bar& bar = m_bars.at(i);
        const int forgedHeight = whole.height() * bar.forged / (bar.forged + bar.genuine);
        painter.fillRect(
            QRect(whole.left(), whole.bottom() + 1 - forgedHeight, whole.width(), forgedHeight), forged);
        painter.fillRect(
            QRect(whole.left(), whole.top(), whole.width(), whole.height() - forgedHeight), genuine);
    }
    painter.setPen(text);
    painter.drawLine(plot.bottomLeft(), QPoint(barRect(int(m_bars.size()) - 1).right(), plot.bottom()));
    painter.drawText(QRect(0, plot.top() - metrics.height() / 2, plot.left() - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QString::number(m_highest));
    painter.drawText(QRect(0, plot.bottom() - metrics.height() / 2, plot.left() - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    // The legend, right-aligned above the bars: a square of each colour and its name.
    int right = width();
    const int square = metrics.ascent() - 2;
    for (const auto& [colour, name] :
        { std::pair { genuine, tr("about mail you sent") }, std::pair { forged, tr("forged") } }) {
        const int nameWidth = metrics.horizontalAdvance(name);
        right -= nameWidth;
        painter.drawText(
            QRect(right, 0, nameWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        right -= square + 4;
        painter.fillRect(QRect(right, (metrics.height() - square) / 2, square, square), colour);
        right -= 12;
    }
    const int labelTop = plot.bottom() + 2;
    painter.drawText(QRect(plot.left(), labelTop, plot.width(), metrics.height()), Qt::AlignLeft,
        barLabel(m_bars.first()));
    if (m_bars.size() > 1) {
        painter.drawText(QRect(plot.left(), labelTop, barRect(int(m_bars.size()) - 1).right() - plot.left(),
                             metrics.height()),
            Qt::AlignRight, barLabel(m_bars.last()));
    }
}

bool SpamRunChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent*>(event)->pos();
        for (int i = 0; i < m_bars.size(); ++i) {
            const QRect bar = barRect(i);
            if (at.x() >= bar.left() && at.x() <= bar.right() + BarGap) {
                QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), barText(m_bars.at(i)), this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace Gui::Widgets
