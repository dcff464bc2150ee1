#pragma once

#include <QString>

namespace Core::Analysis {

// QString::toLower(), without its look-up of every character in Unicode's tables where
// the text is ASCII, as most of a notice is: lower-casing each notice whole was a
// fourteenth of the analysis.
class LowerCase {
public:
    static QString of(const QString& text);
};

} // namespace Core::Analysis
