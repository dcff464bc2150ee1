#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Core::Analysis {

// Some of a text's lines, joined (each ends in '\n'), with where each came from. A
// pattern whose every match lies within one line, and that only a line with something in
// it can match, finds the same matches in these lines as in the whole text, and most
// notices are many lines of which few can match.
class SelectedLines {
public:
    SelectedLines(const QString& text, const std::function<bool(QStringView line)>& keep);

    const QString& text() const { return m_text; }
    // A position in text() as a position in the original text.
    qsizetype originalPosition(qsizetype position) const;

private:
    QString m_text;
    QList<QPair<qsizetype, qsizetype>> m_starts; // each line's start: in m_text, in the original
};

} // namespace Core::Analysis
