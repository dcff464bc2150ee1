#include "analysis/PatternMatch.h"

namespace Core::Analysis {

QRegularExpressionMatch PatternMatch::first(
    const QRegularExpression& pattern, const QString& subject, qsizetype from)
{
    return pattern.match(subject, from, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatch PatternMatch::first(const QRegularExpression& pattern, QStringView subject)
{
    return pattern.match(subject, 0, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatchIterator PatternMatch::all(const QRegularExpression& pattern, const QString& subject)
{
    return pattern.globalMatch(subject, 0, QRegularExpression::NormalMatch, optionsFor(subject));
}

bool PatternMatch::holdsNoSurrogate(QStringView text)
{
    // A block of fixed length has no early exit, so the compiler reads it a vector at a
    // time.
    constexpr qsizetype Block = 32;
    const char16_t* const units = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    for (; i + Block <= size; i += Block) {
        char16_t surrogates = 0;
        for (qsizetype k = 0; k < Block; ++k)
            surrogates |= char16_t((units[i + k] & 0xF800) == 0xD800);
        if (surrogates)
            return false;
    }
    for (; i < size; ++i) {
        if ((units[i] & 0xF800) == 0xD800)
            return false;
    }
    return true;
}

QRegularExpression::MatchOptions PatternMatch::optionsFor(QStringView subject)
{
    return holdsNoSurrogate(subject) ? QRegularExpression::DontCheckSubjectStringMatchOption
                                     : QRegularExpression::NoMatchOption;
}

} // namespace Core::Analysis
