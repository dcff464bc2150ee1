#include "analysis/LowerCase.h"

#include <algorithm>

namespace Core::Analysis {

QString LowerCase::of(const QString& text)
{
    const QChar* const in = text.constData();
    const qsizetype size = text.size();
    // Most texts are ASCII and many are lower-case already: those are their own result,
    // shared, as QString::toLower() shares them.
    qsizetype first = 0;
    while (first < size) {
        const char16_t c = in[first].unicode();
        if (c >= 0x80)
            return text.toLower();
        if (c >= u'A' && c <= u'Z')
            break;
        ++first;
    }
    if (first == size)
        return text;
    QString lower(size, Qt::Uninitialized);
    QChar* const out = lower.data();
    std::copy(in, in + first, out);
    for (qsizetype i = first; i < size; ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 0x80)
            return text.toLower();
        out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return lower;
}

} // namespace Core::Analysis
