#include "analysis/SelectedLines.h"

#include <algorithm>

namespace Core::Analysis {

SelectedLines::SelectedLines(const QString& text, const std::function<bool(QStringView line)>& keep)
{
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start);
        if (keep(line)) {
            m_starts.append({ m_text.size(), start });
            m_text += line;
            m_text += u'\n';
        }
        start = end + 1;
    }
}

qsizetype SelectedLines::originalPosition(qsizetype position) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position,
        [](qsizetype value, const QPair<qsizetype, qsizetype>& start) { return value < start.first; });
    if (after == m_starts.cbegin())
        return position;
    const auto& [joinedStart, originalStart] = *(after - 1);
    return originalStart + (position - joinedStart);
}

} // namespace Core::Analysis
