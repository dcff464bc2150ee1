#pragma once

#include <QString>

namespace Core::Analysis {

// The text of an HTML notice, as the analyzer reads it: style, script and head elements
// left out, a line break for each line-breaking tag, every other tag removed, and the
// common entities written out. It does by hand, in one pass per step, what three regular
// expressions did (`tst_htmltext` keeps those as its reference): they were one
// sixteenth of the analysis, most of it PCRE2 checking the whole text again at every tag.
class HtmlText {
public:
    static QString toText(const QString& html);
};

} // namespace Core::Analysis
