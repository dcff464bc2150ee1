#include "imap/FetchResponse.h"

#include <limits>

namespace Core::Imap {

namespace {

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    // Walks the text of one response; a literal's "{n}" in the text stands for the next
    // of its literals.
    class Cursor {
    public:
        explicit Cursor(const ImapResponse& response)
            : m_text(response.text)
            , m_literals(response.literals)
        {
        }

        bool atEnd() const { return m_position >= m_text.size(); }
        char peek() const { return atEnd() ? '\0' : m_text.at(m_position); }

        bool skip(char c)
        {
            if (peek() != c)
                return false;
            ++m_position;
            return true;
        }

        bool skipWord(QByteArrayView word)
        {
            if (m_text.size() - m_position < word.size()
                || QByteArrayView(m_text).sliced(m_position, word.size()).compare(word, Qt::CaseInsensitive)
                    != 0)
                return false;
            m_position += word.size();
            return true;
        }

        std::optional<quint64> number()
        {
            const qsizetype start = m_position;
            quint64 value = 0;
            while (isDigit(peek())) {
                const quint64 digit = quint64(peek() - '0');
                if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
                    return std::nullopt;
                value = value * 10 + digit;
                ++m_position;
            }
            if (m_position == start)
                return std::nullopt;
            return value;
        }

        // An attribute's name: "UID", "BODY[HEADER.FIELDS (SUBJECT)]<0>", uppercased; the
        // part between the brackets also as written.
        std::optional<QByteArray> name(QByteArray* section)
        {
            const qsizetype start = m_position;
            while (!atEnd() && peek() != ' ' && peek() != '(' && peek() != ')' && peek() != '[')
                ++m_position;
            if (skip('[')) {
                const qsizetype sectionStart = m_position;
                while (!atEnd() && peek() != ']')
                    ++m_position;
                *section = m_text.sliced(sectionStart, m_position - sectionStart);
                if (!skip(']'))
                    return std::nullopt;
                if (skip('<')) {
                    if (!number() || !skip('>'))
                        return std::nullopt;
                }
            }
            if (m_position == start)
                return std::nullopt;
            return m_text.sliced(start, m_position - start).toUpper();
        }

        // NIL, a quoted string or a literal.
        std::optional<QByteArray> nstring()
        {
            if (skipWord("NIL"))
                return QByteArray();
            if (peek() == '"')
                return quoted();
            return literal();
        }

        // Any value: an atom or number, a string, or a parenthesized list of values, nested
        // as deep as it comes (counted, not recursed: the nesting is the server's to choose).
        bool skipValue()
        {
            qsizetype depth = 0;
            for (;;) {
                if (depth > 0) {
                    while (skip(' ')) { }
                    if (skip(')')) {
                        if (--depth == 0)
                            return true;
                        continue;
                    }
                }
                if (atEnd())
                    return false;
                if (skip('(')) {
                    ++depth;
                    continue;
                }
                if (!skipScalar())
                    return false;
                if (depth == 0)
                    return true;
            }
        }

    private:
        bool skipScalar()
        {
            if (peek() == '"')
                return quoted().has_value();
            if (peek() == '{')
                return literal().has_value();
            const qsizetype start = m_position;
            while (!atEnd() && peek() != ' ' && peek() != ')' && peek() != '(' && peek() != '"'
                && peek() != '{') {
                // A section inside an atom ("BODY[1]") may hold blanks and parentheses.
                if (peek() == '[') {
                    while (!atEnd() && peek() != ']')
                        ++m_position;
                    if (atEnd())
                        return false;
                }
                ++m_position;
            }
            return m_position > start;
        }

        std::optional<QByteArray> quoted()
        {
            if (!skip('"'))
                return std::nullopt;
            QByteArray value;
            while (!atEnd()) {
                char c = m_text.at(m_position++);
                if (c == '"')
                    return value;
                if (c == '\\') {
                    if (atEnd())
                        return std::nullopt;
                    c = m_text.at(m_position++);
                }
                value += c;
            }
            return std::nullopt;
        }

        std::optional<QByteArray> literal()
        {
            if (!skip('{') || !number() || !skip('}') || m_nextLiteral >= m_literals.size())
                return std::nullopt;
            return m_literals.at(m_nextLiteral++);
        }

        const QByteArray& m_text;
        const QList<QByteArray>& m_literals;
        qsizetype m_position = 0;
        qsizetype m_nextLiteral = 0;
    };

} // namespace

FetchResponse::Reading FetchResponse::read(const ImapResponse& response, FetchResponse* fetched)
{
    Cursor cursor(response);
    if (!cursor.skipWord("* ") || !cursor.number() || !cursor.skipWord(" FETCH "))
        return Reading::NotFetch;
    *fetched = FetchResponse();
    if (!cursor.skip('('))
        return Reading::Malformed;
    for (bool first = true;; first = false) {
        if (cursor.skip(')'))
            return Reading::Read;
        if (!first && !cursor.skip(' '))
            return Reading::Malformed;
        QByteArray section;
        const std::optional<QByteArray> name = cursor.name(&section);
        if (!name || !cursor.skip(' '))
            return Reading::Malformed;
        if (*name == "UID") {
            const std::optional<quint64> uid = cursor.number();
            if (!uid || *uid == 0 || *uid > std::numeric_limits<quint32>::max())
                return Reading::Malformed;
            fetched->uid = quint32(*uid);
        } else if (*name == "RFC822.SIZE") {
            fetched->size = cursor.number();
            if (!fetched->size)
                return Reading::Malformed;
        } else if (name->startsWith("BODY[") || name->startsWith("BINARY[")) {
            std::optional<QByteArray> bytes = cursor.nstring();
            if (!bytes)
                return Reading::Malformed;
            fetched->sections.append({ section, std::move(*bytes) });
        } else if (!cursor.skipValue()) {
            return Reading::Malformed;
        }
    }
}

} // namespace Core::Imap
