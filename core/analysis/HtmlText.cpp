#include "analysis/HtmlText.h"

#include <array>

namespace Core::Analysis {

namespace {

    // The ASCII notions of PCRE2 without Unicode properties, as the patterns had them.
    bool isWordCharacter(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    }

    bool isBlank(QChar c)
    {
        const char16_t u = c.unicode();
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    }

    // A caseless match of a letter of a tag name as PCRE2 makes it in UTF mode, where
    // the long s (U+017F) is an s.
    bool sameLetter(QChar c, QChar lower)
    {
        const char16_t u = c.unicode();
        return u == lower.unicode() || (u >= u'A' && u <= u'Z' && char16_t(u + 32) == lower.unicode())
            || (u == u'\u017f' && lower == u's');
    }

    // Whether `name` (lower case) is written at `at`, in any case, and ends a word there.
    bool nameAt(QStringView text, qsizetype at, QStringView name)
    {
        if (at + name.size() > text.size())
            return false;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (!sameLetter(text[at + i], name[i]))
                return false;
        }
        const qsizetype after = at + name.size();
        return after == text.size() || !isWordCharacter(text[after]);
    }

    // <style ...>...</style>, <script>, <head>, to the first closing tag of the same name,
    // as `<(style|script|head)\b.*?</\1\s*>` (caseless, dot matches all) found them.
    QString withoutHiddenElements(const QString& html)
    {
        static constexpr std::array<QStringView, 3> Hidden { u"style", u"script", u"head" };
        // A name whose closing tag is nowhere after one opening is nowhere after the next
        // either: looking again for each would make a text of unclosed tags quadratic.
        std::array<bool, Hidden.size()> unclosed {};
        QString text;
        text.reserve(html.size());
        qsizetype copied = 0;
        for (qsizetype at = html.indexOf(u'<'); at >= 0; at = html.indexOf(u'<', at + 1)) {
            for (std::size_t n = 0; n < Hidden.size(); ++n) {
                const QStringView name = Hidden[n];
                if (unclosed[n] || !nameAt(html, at + 1, name))
                    continue;
                qsizetype end = -1;
                for (qsizetype close = html.indexOf(u"</", at + 1 + name.size()); close >= 0 && end < 0;
                     close = html.indexOf(u"</", close + 1)) {
                    qsizetype i = close + 2;
                    if (i + name.size() > html.size())
                        break;
                    bool same = true;
                    for (qsizetype k = 0; k < name.size() && same; ++k)
                        same = sameLetter(html[i + k], name[k]);
                    if (!same)
                        continue;
                    i += name.size();
                    while (i < html.size() && isBlank(html[i]))
                        ++i;
                    if (i < html.size() && html[i] == u'>')
                        end = i + 1;
                }
                if (end < 0) {
                    unclosed[n] = true;
                    break;
                }
                text.append(QStringView(html).sliced(copied, at - copied));
                copied = end;
                at = end - 1;
                break;
            }
        }
        text.append(QStringView(html).sliced(copied));
        return text;
    }

    // A line break for each tag that breaks a line, as
    // `<\s*(?:br|/p|/div|/tr|/li|/h\d|p|div|tr|li)\b[^>]*>` (caseless) found them.
    bool breaksLine(QStringView text, qsizetype nameAtPosition)
    {
        static constexpr std::array<QStringView, 9> Names { u"br", u"/p", u"/div", u"/tr", u"/li", u"p",
            u"div", u"tr", u"li" };
        for (const QStringView name : Names) {
            if (nameAt(text, nameAtPosition, name))
                return true;
        }
        const qsizetype digit = nameAtPosition + 2;
        return digit < text.size() && text[nameAtPosition] == u'/'
            && sameLetter(text[nameAtPosition + 1], u'h') && text[digit] >= u'0' && text[digit] <= u'9'
            && (digit + 1 == text.size() || !isWordCharacter(text[digit + 1]));
    }

    QString withLineBreaks(const QString& html)
    {
        QString text;
        text.reserve(html.size());
        qsizetype copied = 0;
        for (qsizetype at = html.indexOf(u'<'); at >= 0; at = html.indexOf(u'<', at + 1)) {
            qsizetype name = at + 1;
            while (name < html.size() && isBlank(html[name]))
                ++name;
            if (!breaksLine(html, name))
                continue;
            const qsizetype end = html.indexOf(u'>', name);
            if (end < 0)
                break;
            text.append(QStringView(html).sliced(copied, at - copied));
            text.append(u'\n');
            copied = end + 1;
            at = end;
        }
        text.append(QStringView(html).sliced(copied));
        return text;
    }

    // Every other tag, as `<[^>]*>` found them.
    QString withoutTags(const QString& html)
    {
        QString text;
        text.reserve(html.size());
        qsizetype copied = 0;
        for (qsizetype at = html.indexOf(u'<'); at >= 0; at = html.indexOf(u'<', at + 1)) {
            const qsizetype end = html.indexOf(u'>', at);
            if (end < 0)
                break;
            text.append(QStringView(html).sliced(copied, at - copied));
            copied = end + 1;
            at = end;
        }
        text.append(QStringView(html).sliced(copied));
        return text;
    }

} // namespace

QString HtmlText::toText(const QString& html)
{
    QString text = withoutTags(withLineBreaks(withoutHiddenElements(html)));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace Core::Analysis
