#pragma once

#include <QCoreApplication>

#include "imap/TlsPolicy.h"

#include <vmime/net/socket.hpp>
#include <vmime/net/timeoutHandler.hpp>

#include <memory>

class QSslSocket;

namespace Core::Imap {

// The socket vmime talks IMAP through on implicit TLS: Qt does the TLS, so the server
// name goes out as SNI and the chain and host name are checked against the system's
// roots (vmime 0.9.2 sends no SNI and checks chains by issuer name only). Blocking, like
// vmime's own sockets, and it honours vmime's timeout handler, which is how a scan is
// cancelled.
class TlsSocket : public vmime::net::socket {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::TlsSocket)

public:
    TlsSocket(std::shared_ptr<TlsPolicy> policy, std::shared_ptr<vmime::net::timeoutHandler> timeoutHandler);
    ~TlsSocket() override;

    void connect(const vmime::string& address, const vmime::port_t port) override;
    void disconnect() override;
    bool isConnected() const override;
    bool waitForRead(const int msecs) override;
    bool waitForWrite(const int msecs) override;
    void receive(vmime::string& buffer) override;
    size_t receiveRaw(vmime::byte_t* buffer, const size_t count) override;
    void send(const vmime::string& buffer) override;
    void send(const char* str) override;
    void sendRaw(const vmime::byte_t* buffer, const size_t count) override;
    size_t sendRawNonBlocking(const vmime::byte_t* buffer, const size_t count) override;
    size_t getBlockSize() const override { return 16384; }
    unsigned int getStatus() const override { return m_status; }
    const vmime::string getPeerName() const override;
    const vmime::string getPeerAddress() const override;
    std::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return m_timeoutHandler; }
    void setTracer(std::shared_ptr<vmime::net::tracer> tracer) override { m_tracer = std::move(tracer); }
    std::shared_ptr<vmime::net::tracer> getTracer() override { return m_tracer; }

private:
    // Throws when the timeout handler (or a cancel request behind it) gives up.
    void checkTimeout();

    std::shared_ptr<TlsPolicy> m_policy;
    std::shared_ptr<vmime::net::timeoutHandler> m_timeoutHandler;
    std::shared_ptr<vmime::net::tracer> m_tracer;
    std::unique_ptr<QSslSocket> m_socket;
    vmime::string m_host;
    unsigned int m_status = 0;
};

} // namespace Core::Imap
