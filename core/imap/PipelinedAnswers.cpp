#include "imap/PipelinedAnswers.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

namespace {

    ResponseAssembler::Trace traceOf(const std::shared_ptr<vmime::net::tracer>& tracer)
    {
        if (!tracer)
            return {};
        return [tracer](const QByteArray& line, qsizetype literalBytes) {
            if (literalBytes < 0)
                tracer->traceReceive(line.toStdString());
            else
                tracer->traceReceiveBytes(size_t(literalBytes));
        };
    }

    // "[UNAVAILABLE] Try later." -> "Try later."
    QString textAfterCode(QByteArrayView text)
    {
        if (text.startsWith('[')) {
            const qsizetype close = text.indexOf(']');
            text = close < 0 ? QByteArrayView() : text.sliced(close + 1);
        }
        return QString::fromUtf8(text).simplified();
    }

} // namespace

PipelinedAnswers::PipelinedAnswers(vmime::net::imap::IMAPConnection& connection)
    // vmime hands out its socket as const only; reading it is what its parser does.
    : m_connection(&connection)
    , m_socket(std::const_pointer_cast<vmime::net::socket>(connection.getSocket()))
    , m_assembler(traceOf(connection.getTracer()))
{
}

bool PipelinedAnswers::isOn(const vmime::net::imap::IMAPConnection& connection) const
{
    return m_connection == &connection;
}

bool PipelinedAnswers::startsWithWord(QByteArrayView text, QByteArrayView word)
{
    return text.size() >= word.size() && text.first(word.size()).compare(word, Qt::CaseInsensitive) == 0
        && (text.size() == word.size() || text.at(word.size()) == ' ');
}

QByteArrayList PipelinedAnswers::okCodeOf(QByteArrayView status)
{
    if (!startsWithWord(status, "OK"))
        return {};
    const QByteArrayView text = status.sliced(2).trimmed();
    const qsizetype end = text.indexOf(']');
    if (!text.startsWith('[') || end < 0)
        return {};
    return text.sliced(1, end - 1).toByteArray().split(' ');
}

PipelinedAnswers::Ending PipelinedAnswers::read(const QByteArray& tag, const QByteArray& command,
    const std::function<bool()>& answersFollow, const std::function<void(const ImapResponse&)>& visit)
{
    return readUntil(tag, command, answersFollow, visit, false);
}

PipelinedAnswers::Ending PipelinedAnswers::readGoAhead(
    const QByteArray& tag, const QByteArray& command, const std::function<void(const ImapResponse&)>& visit)
{
    return readUntil(
        tag, command, [] { return false; }, visit, true);
}

PipelinedAnswers::Ending PipelinedAnswers::readUntil(const QByteArray& tag, const QByteArray& command,
    const std::function<bool()>& answersFollow, const std::function<void(const ImapResponse&)>& visit,
    bool goAheadEnds)
{
    for (;;) {
        while (const std::optional<ImapResponse> response = m_assembler.next()) {
            const QByteArray& text = response->text;
            if (startsWithWord(text, "* BYE"))
                return { Ending::Kind::Closed, {}, {} };
            if (text.startsWith("* ")) {
                visit(*response);
                continue;
            }
            // What follows a go-ahead is the server's news, read by whoever asked for it.
            if (goAheadEnds && text.startsWith('+'))
                return { Ending::Kind::GoAhead, text, {} };
            // A continuation request or another command's answer: out of step, as is
            // anything the server sent after the last answer, which vmime would never see.
            if (!text.startsWith(tag) || (m_assembler.pendingBytes() > 0 && !answersFollow()))
                throw vmime::exceptions::invalid_response(
                    command.left(80).toStdString(), text.left(200).toStdString());
            const QByteArrayView status = QByteArrayView(text).sliced(tag.size());
            if (startsWithWord(status, "OK"))
                return { Ending::Kind::Ok, status.toByteArray(), {} };
            const qsizetype space = status.indexOf(' ');
            return { Ending::Kind::Refused, status.toByteArray(),
                textAfterCode(space < 0 ? QByteArrayView() : status.sliced(space + 1)) };
        }
        if (!m_assembler.error().isEmpty())
            throw vmime::exceptions::invalid_response(
                command.left(80).toStdString(), m_assembler.error().toStdString());
        receive();
    }
}

std::optional<ImapResponse> PipelinedAnswers::nextUntil(std::chrono::steady_clock::time_point until)
{
    using namespace std::chrono;
    // Short slices, so that a cancel is seen within moments on every kind of socket.
    constexpr milliseconds Slice { 200 };
    const std::shared_ptr<vmime::net::timeoutHandler> timeout = m_socket->getTimeoutHandler();
    for (;;) {
        if (std::optional<ImapResponse> response = m_assembler.next())
            return response;
        if (!m_assembler.error().isEmpty())
            throw vmime::exceptions::invalid_response("IDLE", m_assembler.error().toStdString());
        const milliseconds left = duration_cast<milliseconds>(until - steady_clock::now());
        if (left <= milliseconds::zero())
            return std::nullopt;
        // Silence is the expected answer here: the handler's patience starts afresh on each
        // try, so only a cancel makes it give up.
        if (timeout) {
            timeout->resetTimeOut();
            if (timeout->isTimeOut() && !timeout->handleTimeOut())
                throw vmime::exceptions::operation_timed_out();
        }
        std::string bytes;
        m_socket->receive(bytes);
        if (!bytes.empty())
            m_assembler.append(QByteArray(bytes.data(), qsizetype(bytes.size())));
        else
            m_socket->waitForRead(int(std::min(left, Slice).count()));
    }
}

void PipelinedAnswers::receive()
{
    // The timeout handler (which a cancel raises) is asked between tries and restarted by
    // every byte.
    const std::shared_ptr<vmime::net::timeoutHandler> timeout = m_socket->getTimeoutHandler();
    if (timeout)
        timeout->resetTimeOut();
    std::string bytes;
    while (bytes.empty()) {
        if (timeout && timeout->isTimeOut() && !timeout->handleTimeOut())
            throw vmime::exceptions::operation_timed_out();
        m_socket->receive(bytes);
        if (bytes.empty()) {
            if (m_socket->getStatus() & vmime::net::socket::STATUS_WANT_WRITE)
                m_socket->waitForWrite();
            else
                m_socket->waitForRead();
        }
    }
    m_assembler.append(QByteArray(bytes.data(), qsizetype(bytes.size())));
}

} // namespace Core::Imap
