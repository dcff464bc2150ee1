#include "imap/ResponseAssembler.h"

#include <utility>

namespace Core::Imap {

namespace {

    // A literal count no response can need: the answer is refused instead.
    constexpr qsizetype RefusedLiteral = -2;

} // namespace

ResponseAssembler::ResponseAssembler(Trace trace)
    : m_trace(std::move(trace))
{
}

void ResponseAssembler::append(const QByteArray& bytes)
{
    compact();
    m_buffer += bytes;
}

// What was handed out goes once it is at least half the buffer: each byte is moved at most
// a few times, however small the pieces the socket gives.
void ResponseAssembler::compact()
{
    if (m_position == 0 || m_position < m_buffer.size() / 2)
        return;
    m_buffer.remove(0, m_position);
    m_searchFrom -= m_position;
    m_position = 0;
}

qsizetype ResponseAssembler::announcedLiteral(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    const QByteArrayView digits = open < 0 ? QByteArrayView() : line.sliced(open + 1, line.size() - open - 2);
    if (digits.isEmpty() || digits.size() > 10)
        return digits.size() > 10 ? RefusedLiteral : -1;
    qsizetype count = 0;
    for (const char digit : digits) {
        if (digit < '0' || digit > '9')
            return -1;
        count = count * 10 + (digit - '0');
    }
    return count > MaxLiteralBytes ? RefusedLiteral : count;
}

// A status response (OK, NO, BAD, BYE, PREAUTH, tagged or not) or a continuation request
// ends in human-readable text, where "{5}" is just text: only data carries literals.
bool ResponseAssembler::endsInText(QByteArrayView firstLine)
{
    if (firstLine.startsWith('+'))
        return true;
    const qsizetype tagEnd = firstLine.indexOf(' ');
    if (tagEnd <= 0)
        return false;
    const QByteArrayView rest = firstLine.sliced(tagEnd + 1);
    for (const QByteArrayView status : { QByteArrayView("OK"), QByteArrayView("NO"), QByteArrayView("BAD"),
             QByteArrayView("BYE"), QByteArrayView("PREAUTH") }) {
        if (rest.size() >= status.size()
            && rest.first(status.size()).compare(status, Qt::CaseInsensitive) == 0
            && (rest.size() == status.size() || rest.at(status.size()) == ' '))
            return true;
    }
    return false;
}

std::optional<ImapResponse> ResponseAssembler::next()
{
    while (m_error.isEmpty()) {
        if (m_awaitedLiteral >= 0) {
            if (m_buffer.size() - m_position < m_awaitedLiteral)
                return std::nullopt;
            m_current.literals.append(m_buffer.mid(m_position, m_awaitedLiteral));
            if (m_trace)
                m_trace({}, m_awaitedLiteral);
            m_position += m_awaitedLiteral;
            m_searchFrom = m_position;
            m_awaitedLiteral = -1;
            continue;
        }
        // Lines end in CRLF; a bare LF is taken too, as vmime takes it.
        const qsizetype end = m_buffer.indexOf('\n', m_searchFrom);
        if (end < 0) {
            m_searchFrom = m_buffer.size();
            if (m_current.text.size() + pendingBytes() > MaxTextBytes)
                m_error = QStringLiteral("a response line longer than %1 bytes").arg(MaxTextBytes);
            return std::nullopt;
        }
        const qsizetype lineEnd = end > m_position && m_buffer.at(end - 1) == '\r' ? end - 1 : end;
        const QByteArrayView line(m_buffer.constData() + m_position, lineEnd - m_position);
        if (m_current.text.size() + line.size() > MaxTextBytes) {
            m_error = QStringLiteral("a response line longer than %1 bytes").arg(MaxTextBytes);
            return std::nullopt;
        }
        if (m_trace)
            m_trace(line.toByteArray(), -1);
        const bool firstLine = m_current.text.isEmpty();
        m_current.text += line;
        m_position = end + 1;
        m_searchFrom = m_position;
        if (firstLine)
            m_currentEndsInText = endsInText(m_current.text);
        const qsizetype literal = m_currentEndsInText ? -1 : announcedLiteral(line);
        if (literal == RefusedLiteral) {
            m_error = QStringLiteral("a literal of more than %1 bytes").arg(MaxLiteralBytes);
            return std::nullopt;
        }
        if (literal >= 0) {
            m_awaitedLiteral = literal;
            continue;
        }
        return std::exchange(m_current, ImapResponse());
    }
    return std::nullopt;
}

} // namespace Core::Imap
