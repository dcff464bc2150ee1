// The small answers vmime's IMAP parser reads for us (LIST with special use and
// LIST-STATUS, STATUS, SEARCH, BODYSTRUCTURE), as a server sends them: the bytes
// come through a socket that hands them out in pieces, vmime parses each answer, and our
// readers read what it parsed. The first byte says the size of the pieces.
#include "imap/BodyStructure.h"
#include "imap/FolderListing.h"
#include "imap/ParsedResponse.h"
#include "imap/StatusAnswer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>

#include <vmime/net/imap/IMAPTag.hpp>
#include <vmime/net/socket.hpp>
#include <vmime/vmime.hpp>

using namespace Core::Imap;
using Parser = vmime::net::imap::IMAPParser;

namespace {

// A server that says these bytes and then hangs up.
class ScriptedSocket final : public vmime::net::socket {
public:
    ScriptedSocket(std::string bytes, std::size_t piece)
        : m_bytes(std::move(bytes))
        , m_piece(piece)
    {
    }

    void connect(const vmime::string&, const vmime::port_t) override { }
    void disconnect() override { }
    bool isConnected() const override { return m_at < m_bytes.size(); }
    bool waitForRead(const int) override { return true; }
    bool waitForWrite(const int) override { return true; }
    void receive(vmime::string& buffer) override
    {
        if (m_at >= m_bytes.size())
            throw vmime::exceptions::socket_exception("the server hung up");
        buffer = m_bytes.substr(m_at, m_piece);
        m_at += buffer.size();
    }
    std::size_t receiveRaw(vmime::byte_t* buffer, const std::size_t count) override
    {
        if (m_at >= m_bytes.size())
            throw vmime::exceptions::socket_exception("the server hung up");
        const std::size_t length = std::min({ count, m_piece, m_bytes.size() - m_at });
        std::copy_n(m_bytes.data() + m_at, length, buffer);
        m_at += length;
        return length;
    }
    void send(const vmime::string&) override { }
    void send(const char*) override { }
    void sendRaw(const vmime::byte_t*, const std::size_t) override { }
    std::size_t sendRawNonBlocking(const vmime::byte_t*, const std::size_t count) override { return count; }
    std::size_t getBlockSize() const override { return m_piece; }
    unsigned int getStatus() const override { return 0; }
    const vmime::string getPeerName() const override { return "fuzz.invalid"; }
    const vmime::string getPeerAddress() const override { return "192.0.2.1"; }
    std::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return nullptr; }
    void setTracer(std::shared_ptr<vmime::net::tracer>) override { }
    std::shared_ptr<vmime::net::tracer> getTracer() override { return nullptr; }

private:
    std::string m_bytes;
    std::size_t m_piece;
    std::size_t m_at = 0;
};

void readEverything(const ParsedResponse& answer)
{
    QHash<QString, FolderStatus> statuses;
    FolderListing::read(answer, '/', &statuses);
    answer.forEachData([](const Parser::response_data& data) {
        FolderStatus status;
        if (data.mailbox_data() && data.mailbox_data()->type() == Parser::mailbox_data::STATUS)
            StatusAnswer::read(data.mailbox_data()->status_att_list(), &status);
    });
    answer.forEachFetch([](const std::vector<Parser::msg_att_item*>& attributes) {
        for (const Parser::msg_att_item* attribute : attributes) {
            if (attribute->type() == Parser::msg_att_item::BODY_STRUCTURE)
                BodyStructure::read(attribute->body());
        }
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto socket = std::make_shared<ScriptedSocket>(
        std::string(reinterpret_cast<const char*>(data + 1), size - 1), std::size_t(data[0]) + 1);
    // The tag of the command the answers are to: "a001".
    const auto tag = std::make_shared<vmime::net::imap::IMAPTag>();
    Parser parser;
    parser.setSocket(socket);
    parser.setTag(tag);
    for (int answers = 0; answers < 8; ++answers) {
        try {
            std::unique_ptr<Parser::response> response(parser.readResponse());
            const Parser::response_done* done = response->response_done();
            if (!done || !done->response_tagged())
                break;
            readEverything(ParsedResponse(std::move(response)));
        } catch (const std::exception&) {
            break; // what ImapProtocol does: the connection is let go
        }
    }
    return 0;
}
