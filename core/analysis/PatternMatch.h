#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace Core::Analysis {

// QRegularExpression's matches, without PCRE2's check of the subject where it cannot
// fail. PCRE2 makes sure a subject is valid UTF-16 before every match, a unit at a time,
// and the analysis runs a dozen patterns over the same texts: the checks were a twentieth
// of it. A text without surrogates is valid UTF-16, and that is seen eight units at a
// time; a text with any surrogate is left to PCRE2's own check.
class PatternMatch {
public:
    static QRegularExpressionMatch first(
        const QRegularExpression& pattern, const QString& subject, qsizetype from = 0);
    static QRegularExpressionMatch first(const QRegularExpression& pattern, QStringView subject);
    static QRegularExpressionMatchIterator all(const QRegularExpression& pattern, const QString& subject);

    static bool holdsNoSurrogate(QStringView text);

private:
    static QRegularExpression::MatchOptions optionsFor(QStringView subject);
};

} // namespace Core::Analysis
