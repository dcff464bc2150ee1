#include "MinimalImapClient.h"

#include "analysis/HeaderTriage.h"
#include "analysis/MessageSanitizer.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <algorithm>

namespace {

constexpr int TimeoutMs = 600000;
// Dovecot refuses command lines longer than 64 kB (imap_max_line_length): a UID set that
// long is sent in as few commands as fit.
constexpr qsizetype MaxUidSetLength = 60000;

// "* 12 FETCH (UID 4711 RFC822.SIZE ..." -> 4711; 0 for anything else.
quint32 uidIn(const QByteArray& text)
{
    qsizetype at = text.indexOf("(UID ");
    if (at < 0)
        at = text.indexOf(" UID ");
    if (at < 0 || !text.contains(" FETCH "))
        return 0;
    at += 5;
    qsizetype end = at;
    while (end < text.size() && text.at(end) >= '0' && text.at(end) <= '9')
        ++end;
    return text.mid(at, end - at).toUInt();
}

// Sorted UIDs as IMAP sets ("2,4,7:9"), each at most MaxUidSetLength long.
QList<QByteArray> uidSets(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    QList<QByteArray> sets;
    QByteArray set;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype last = i;
        while (last + 1 < uids.size() && uids.at(last + 1) == uids.at(last) + 1)
            ++last;
        QByteArray range = QByteArray::number(uids.at(i));
        if (last > i)
            range += ':' + QByteArray::number(uids.at(last));
        if (!set.isEmpty() && set.size() + 1 + range.size() > MaxUidSetLength) {
            sets.append(set);
            set.clear();
        }
        set += (set.isEmpty() ? QByteArray() : QByteArray(",")) + range;
        i = last + 1;
    }
    if (!set.isEmpty())
        sets.append(set);
    return sets;
}

QByteArray quoted(const QByteArray& text)
{
    QByteArray result = text;
    result.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + result + '"';
}

} // namespace

MinimalImapClient::MinimalImapClient(quint16 port, QByteArray user, QByteArray password)
    : m_port(port)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

MinimalImapClient::Outcome MinimalImapClient::finish(Outcome outcome, bool ok, const QString& error)
{
    outcome.ok = ok;
    outcome.error = error;
    outcome.commands = m_commands;
    outcome.bytesReceived = m_received;
    outcome.bytesSent = m_sent;
    m_socket.abort();
    return outcome;
}

MinimalImapClient::Outcome MinimalImapClient::firstScan(
    const QByteArray& inboxFields, const QByteArray& sentFields)
{
    Outcome outcome;
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!open(&error) || !command("EXAMINE INBOX", &error))
        return finish(outcome, false, error);

    struct Header {
        quint32 uid;
        QByteArray bytes;
    };
    QList<Header> headers;
    const bool headersRead
        = command("UID FETCH 1:* (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (" + inboxFields + ")])", &error,
            [&](const QByteArray& text, const QList<QByteArray>& literals) {
                if (const quint32 uid = uidIn(text); uid != 0 && !literals.isEmpty())
                    headers.append({ uid, literals.first() });
            });
    if (!headersRead)
        return finish(outcome, false, error);
    outcome.headers = int(headers.size());

    QElapsedTimer triage;
    triage.start();
    QList<quint32> candidates;
    for (const Header& header : std::as_const(headers)) {
        if (Core::Analysis::HeaderTriage::mayBeAutomatic(header.bytes))
            candidates.append(header.uid);
    }
    outcome.triageSeconds = double(triage.nsecsElapsed()) / 1e9;
    outcome.candidates = int(candidates.size());
    headers.clear();

    const QByteArray bodyItem
        = "BODY.PEEK[]<0." + QByteArray::number(Core::Analysis::MessageSanitizer::MaxMessageBytes) + '>';
    for (const QByteArray& set : uidSets(candidates)) {
        const bool read = command("UID FETCH " + set + " (UID RFC822.SIZE " + bodyItem + ')', &error,
            [&](const QByteArray& text, const QList<QByteArray>& literals) {
                if (uidIn(text) != 0 && !literals.isEmpty())
                    ++outcome.bodies;
            });
        if (!read)
            return finish(outcome, false, error);
    }

    if (!command("EXAMINE Sent", &error))
        return finish(outcome, false, error);
    const bool sentRead
        = command("UID FETCH 1:* (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (" + sentFields + ")])", &error,
            [&](const QByteArray& text, const QList<QByteArray>& literals) {
                if (uidIn(text) != 0 && !literals.isEmpty())
                    ++outcome.headers;
            });
    if (!sentRead || !command("LOGOUT", &error))
        return finish(outcome, false, error);
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    return finish(outcome, true, {});
}

MinimalImapClient::Outcome MinimalImapClient::unchangedRescan()
{
    Outcome outcome;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const bool ok = open(&error) && command("STATUS INBOX (MESSAGES UIDNEXT UIDVALIDITY)", &error)
        && command("STATUS Sent (MESSAGES UIDNEXT UIDVALIDITY)", &error) && command("LOGOUT", &error);
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    return finish(outcome, ok, error);
}

MinimalImapClient::Outcome MinimalImapClient::moveAll(const QByteArray& from, const QByteArray& to)
{
    Outcome outcome;
    QString error;
    QElapsedTimer clock;
    clock.start();
    const bool ok = open(&error) && command("SELECT " + quoted(from), &error)
        && command("UID FETCH 1:* (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])", &error,
            [&](const QByteArray& text, const QList<QByteArray>& literals) {
                if (uidIn(text) != 0 && !literals.isEmpty())
                    ++outcome.headers;
            })
        && command("UID MOVE 1:* " + quoted(to), &error) && command("LOGOUT", &error);
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    return finish(outcome, ok, error);
}

bool MinimalImapClient::open(QString* error)
{
    m_socket.abort();
    m_buffer.clear();
    m_position = 0;
    m_tag = 0;
    m_commands = 0;
    m_received = 0;
    m_sent = 0;
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!m_socket.waitForConnected(TimeoutMs)) {
        *error = QStringLiteral("cannot connect to port %1: %2").arg(m_port).arg(m_socket.errorString());
        return false;
    }
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray greeting;
    QList<QByteArray> literals;
    if (!readResponse(&greeting, &literals, error))
        return false;
    if (!greeting.startsWith("* OK")) {
        *error = QStringLiteral("unexpected greeting: %1").arg(QString::fromUtf8(greeting));
        return false;
    }
    return command("LOGIN " + quoted(m_user) + ' ' + quoted(m_password), error);
}

bool MinimalImapClient::command(const QByteArray& text, QString* error, const ResponseVisitor& visit)
{
    const QByteArray tag = 'b' + QByteArray::number(++m_tag);
    const QByteArray line = tag + ' ' + text + "\r\n";
    ++m_commands;
    m_sent += line.size();
    if (m_socket.write(line) != line.size()) {
        *error = QStringLiteral("cannot send: %1").arg(m_socket.errorString());
        return false;
    }
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(TimeoutMs)) {
            *error = QStringLiteral("cannot send: %1").arg(m_socket.errorString());
            return false;
        }
    }
    QByteArray response;
    QList<QByteArray> literals;
    for (;;) {
        if (!readResponse(&response, &literals, error))
            return false;
        if (response.startsWith(tag + ' ')) {
            if (response.mid(tag.size() + 1).startsWith("OK"))
                return true;
            *error = QStringLiteral("%1 failed: %2")
                         .arg(QString::fromUtf8(text.left(60)), QString::fromUtf8(response));
            return false;
        }
        if (visit)
            visit(response, literals);
    }
}

bool MinimalImapClient::readResponse(QByteArray* text, QList<QByteArray>* literals, QString* error)
{
    text->clear();
    literals->clear();
    for (;;) {
        QByteArray line;
        if (!readLine(&line, error))
            return false;
        // A line that ends in {n} is followed by n bytes, then the rest of the response.
        const qsizetype open = line.endsWith('}') ? line.lastIndexOf('{') : -1;
        bool isLiteral = false;
        const qsizetype count
            = open < 0 ? 0 : line.mid(open + 1, line.size() - open - 2).toLongLong(&isLiteral);
        if (!isLiteral) {
            *text += line;
            return true;
        }
        *text += line.left(open);
        QByteArray literal;
        if (!readExactly(count, &literal, error))
            return false;
        literals->append(std::move(literal));
    }
}

bool MinimalImapClient::readLine(QByteArray* line, QString* error)
{
    qsizetype searchFrom = m_position;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n", searchFrom);
        if (end >= 0) {
            *line = m_buffer.mid(m_position, end - m_position);
            m_position = end + 2;
            return true;
        }
        searchFrom = qMax(m_position, m_buffer.size() - 1);
        const qsizetype consumed = m_position;
        if (!fill(error))
            return false;
        searchFrom -= consumed;
    }
}

bool MinimalImapClient::readExactly(qsizetype count, QByteArray* bytes, QString* error)
{
    while (m_buffer.size() - m_position < count) {
        if (!fill(error))
            return false;
    }
    *bytes = m_buffer.mid(m_position, count);
    m_position += count;
    return true;
}

// Drops what was read already and appends what the socket has, waiting for it if need be.
bool MinimalImapClient::fill(QString* error)
{
    m_buffer.remove(0, m_position);
    m_position = 0;
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(TimeoutMs)) {
        *error = QStringLiteral("no answer: %1").arg(m_socket.errorString());
        return false;
    }
    const QByteArray bytes = m_socket.readAll();
    m_received += bytes.size();
    m_buffer += bytes;
    return true;
}
