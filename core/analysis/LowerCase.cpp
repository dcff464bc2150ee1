#include "analysis/LowerCase.h"

namespace Core::Analysis {

QString LowerCase::of(const QString& text)
{
    QString lower(text.size(), Qt::Uninitialized);
    const QChar* in = text.constData();
    QChar* out = lower.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 0x80)
            return text.toLower();
        out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return lower;
}

} // namespace Core::Analysis
