#include "imap/ProtocolTracer.h"

#include "common/LogCategories.h"

#include <QString>

#include <algorithm>
#include <cctype>
#include <vector>

namespace Core::Imap {

namespace {

    constexpr const char* Hidden = "***";

    std::vector<std::string> words(const std::string& line, std::size_t count)
    {
        std::vector<std::string> result;
        std::size_t position = 0;
        while (result.size() < count && position < line.size()) {
            const std::size_t end = std::min(line.find(' ', position), line.size());
            result.push_back(line.substr(position, end - position));
            position = end + 1;
        }
        return result;
    }

    std::string upper(std::string text)
    {
        std::transform(
            text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        return text;
    }

} // namespace

ProtocolTracer::ProtocolTracer(int connectionId, std::shared_ptr<AnnouncedCapabilities> capabilities)
    : m_connectionId(connectionId)
    , m_capabilities(std::move(capabilities))
{
}

bool ProtocolTracer::isLoginAnswer(const std::string& line) const
{
    return !m_secretTag.empty() && line.size() > m_secretTag.size()
        && line.compare(0, m_secretTag.size(), m_secretTag) == 0 && line[m_secretTag.size()] == ' ';
}

std::string ProtocolTracer::redactSent(const std::string& line)
{
    // Whatever the client sends while a login is under way is credentials or SASL data.
    if (!m_secretTag.empty())
        return Hidden;
    const std::vector<std::string> parts = words(line, 4);
    if (parts.size() < 2)
        return line;
    const std::string command = upper(parts[1]);
    if (command == "LOGIN") {
        m_secretTag = parts[0];
        return parts[0] + " LOGIN " + Hidden;
    }
    if (command == "AUTHENTICATE") {
        m_secretTag = parts[0];
        std::string shown = parts[0] + " AUTHENTICATE";
        if (parts.size() > 2)
            shown += ' ' + parts[2];
        // An initial response (SASL-IR) carries the credentials.
        if (parts.size() > 3)
            shown += std::string(" ") + Hidden;
        return shown;
    }
    return line;
}

std::string ProtocolTracer::redactReceived(const std::string& line)
{
    if (m_secretTag.empty())
        return line;
    // Challenges are hidden too: SCRAM's repeat the client's nonce, and nothing of a
    // login belongs in a log.
    if (!line.empty() && line[0] == '+')
        return std::string("+ ") + Hidden;
    if (isLoginAnswer(line))
        m_secretTag.clear();
    return line;
}

void ProtocolTracer::traceSend(const vmime::string& line)
{
    write("C:", redactSent(line));
}

void ProtocolTracer::traceReceive(const vmime::string& line)
{
    // The tracer sees every line vmime reads, which is how the login's answer, and the
    // capabilities in it, reach the connection.
    if (m_capabilities && isLoginAnswer(line))
        m_capabilities->readLoginAnswer(line);
    write("S:", redactReceived(line));
}

void ProtocolTracer::write(const char* direction, const std::string& line) const
{
    qCDebug(lcImapTrace).noquote() << QStringLiteral("[%1]").arg(m_connectionId) << direction
                                   << QString::fromUtf8(line.data(), qsizetype(line.size()));
}

} // namespace Core::Imap
