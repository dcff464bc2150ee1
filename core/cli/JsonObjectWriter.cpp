#include "cli/JsonObjectWriter.h"

#include <QChar>

#include <algorithm>

namespace Core::Cli {

namespace {

    char hexDigit(uint value)
    {
        return char(value < 10 ? '0' + value : 'a' + value - 10);
    }

    char* writeEscape(char* out, char16_t unit)
    {
        *out++ = '\\';
        *out++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *out++ = hexDigit((unit >> shift) & 0xf);
        return out;
    }

    char* writePair(char* out, char first, char second)
    {
        *out++ = first;
        *out++ = second;
        return out;
    }

} // namespace

void JsonObjectWriter::insert(QLatin1StringView key, QStringView text)
{
    const qsizetype begin = m_values.size();
    appendText(text);
    append(key, begin);
}

void JsonObjectWriter::insertTextOrNull(QLatin1StringView key, QStringView text)
{
    if (text.isEmpty())
        insertNull(key);
    else
        insert(key, text);
}

void JsonObjectWriter::insert(QLatin1StringView key, qint64 number)
{
    const qsizetype begin = m_values.size();
    m_values += QByteArray::number(number);
    append(key, begin);
}

void JsonObjectWriter::insert(QLatin1StringView key, const QStringList& texts)
{
    const qsizetype begin = m_values.size();
    m_values += '[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            m_values += ',';
        appendText(texts.at(i));
    }
    m_values += ']';
    append(key, begin);
}

void JsonObjectWriter::insert(QLatin1StringView key, const JsonObjectWriter& object)
{
    const qsizetype begin = m_values.size();
    m_values += object.toJson();
    append(key, begin);
}

void JsonObjectWriter::insertNull(QLatin1StringView key)
{
    const qsizetype begin = m_values.size();
    m_values += "null";
    append(key, begin);
}

QByteArray JsonObjectWriter::toJson() const
{
    QVarLengthArray<Member, 16> sorted = m_members;
    // compare(), not operator<: inlined at -O3, Qt's operator< made GCC 12 warn of a
    // negative length reaching memcmp, which it cannot be.
    std::sort(sorted.begin(), sorted.end(),
        [](const Member& a, const Member& b) { return a.key.compare(b.key) < 0; });
    QByteArray json;
    json.reserve(m_values.size() + 16 * sorted.size() + 3);
    json += '{';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            json += ',';
        json += '"';
        json += sorted.at(i).key;
        json += "\":";
        json += QByteArrayView(m_values).sliced(sorted.at(i).begin, sorted.at(i).end - sorted.at(i).begin);
    }
    json += '}';
    return json;
}

QByteArray JsonObjectWriter::toJsonLine() const
{
    return toJson() + '\n';
}

void JsonObjectWriter::append(QLatin1StringView key, qsizetype valueBegin)
{
    // A key given twice keeps its last value, as QJsonObject::insert does.
    for (Member& member : m_members) {
        if (member.key == key) {
            member = { key, valueBegin, m_values.size() };
            return;
        }
    }
    m_members.append({ key, valueBegin, m_values.size() });
}

// RFC 8259 string: quotes, the backslash and control characters escaped, the rest UTF-8;
// a lone surrogate, which UTF-8 cannot carry, as its \u escape. Written through a pointer
// into room for the longest case (six bytes per unit), because appending byte by byte was a
// tenth of classify's main thread.
void JsonObjectWriter::appendText(QStringView text)
{
    const qsizetype begin = m_values.size();
    m_values.resize(begin + 6 * text.size() + 2);
    char* out = m_values.data() + begin;
    *out++ = '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit < end) {
        const char16_t c = *unit++;
        if (c < 0x80) {
            switch (c) {
            case u'"':
                out = writePair(out, '\\', '"');
                break;
            case u'\\':
                out = writePair(out, '\\', '\\');
                break;
            case u'\b':
                out = writePair(out, '\\', 'b');
                break;
            case u'\f':
                out = writePair(out, '\\', 'f');
                break;
            case u'\n':
                out = writePair(out, '\\', 'n');
                break;
            case u'\r':
                out = writePair(out, '\\', 'r');
                break;
            case u'\t':
                out = writePair(out, '\\', 't');
                break;
            default:
                if (c < 0x20)
                    out = writeEscape(out, c);
                else
                    *out++ = char(c);
            }
            continue;
        }
        char32_t code = c;
        if (QChar::isHighSurrogate(c) && unit < end && QChar::isLowSurrogate(*unit)) {
            code = QChar::surrogateToUcs4(c, *unit++);
        } else if (QChar::isSurrogate(c)) {
            out = writeEscape(out, c);
            continue;
        }
        if (code < 0x800) {
            *out++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *out++ = char(0xe0 | (code >> 12));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *out++ = char(0x80 | (code & 0x3f));
    }
    *out++ = '"';
    m_values.truncate(out - m_values.constData());
}

} // namespace Core::Cli
