#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Core::Imap {

// One response line of the server as it came, with the literals it announced: the text
// keeps each "{n}" where its literal stood and leaves out every CRLF.
struct ImapResponse {
    QByteArray text;
    QList<QByteArray> literals;
};

// Cuts the server's bytes, in whatever pieces they arrive, into whole responses (a line,
// and where a data line ends in "{n}" the n bytes that follow and the rest of the line
// after them; a status line's text may end in "{n}" and is only text).
// vmime's parser builds a tree of objects for every answer it reads, which made reading
// 10,000 headers cost a third of a second on the network thread; this only cuts.
// Hostile sizes are refused, not allocated.
class ResponseAssembler {
public:
    // Called with each line as it is cut (without its CRLF; literalBytes -1) and with each
    // literal's size (the line empty then), for the protocol trace.
    using Trace = std::function<void(const QByteArray& line, qsizetype literalBytes)>;

    explicit ResponseAssembler(Trace trace = {});

    // Longer than any line a server writes for the commands sent (a BODYSTRUCTURE of a
    // message with a thousand parts is about 200 kB).
    static constexpr qsizetype MaxTextBytes = 4 * 1024 * 1024;
    // Twice the largest section ever asked for.
    static constexpr qsizetype MaxLiteralBytes = 64 * 1024 * 1024;

    // Appends what the socket gave.
    void append(const QByteArray& bytes);
    // The next whole response, if all of it is here.
    std::optional<ImapResponse> next();
    // Set when the bytes cannot be a response (too long, a bad literal size): nothing
    // more can be read from this connection.
    const QString& error() const { return m_error; }
    // Bytes received and not yet part of a response handed out.
    qsizetype pendingBytes() const { return m_buffer.size() - m_position; }

private:
    // A literal count at the end of a line ("... {123}"), or -1.
    static qsizetype announcedLiteral(QByteArrayView line);
    static bool endsInText(QByteArrayView firstLine);
    void compact();

    QByteArray m_buffer;
    qsizetype m_position = 0;
    // The response being assembled: its text so far, its literals, and the size of the
    // literal it waits for (-1: it waits for a line).
    ImapResponse m_current;
    qsizetype m_awaitedLiteral = -1;
    bool m_currentEndsInText = false;
    qsizetype m_searchFrom = 0;
    Trace m_trace;
    QString m_error;
};

} // namespace Core::Imap
