#include "imap/TlsSocket.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <cstring>

#include <vmime/exception.hpp>

namespace Core::Imap {

namespace {

    constexpr int SliceMilliseconds = 50;
    constexpr int ConnectSeconds = 30;

} // namespace

TlsSocket::TlsSocket(
    std::shared_ptr<TlsPolicy> policy, std::shared_ptr<vmime::net::timeoutHandler> timeoutHandler)
    : m_policy(std::move(policy))
    , m_timeoutHandler(std::move(timeoutHandler))
{
}

TlsSocket::~TlsSocket()
{
    disconnect();
}

void TlsSocket::checkTimeout()
{
    if (m_timeoutHandler && m_timeoutHandler->isTimeOut()) {
        if (!m_timeoutHandler->handleTimeOut())
            throw vmime::exceptions::operation_timed_out();
        m_timeoutHandler->resetTimeOut();
    }
}

void TlsSocket::connect(const vmime::string& address, const vmime::port_t port)
{
    disconnect();
    m_host = address;
    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_policy->extraRoots.isEmpty())
        configuration.addCaCertificates(m_policy->extraRoots);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(configuration);
    QString reasons;
    QSslSocket* tls = m_socket.get();
    const QMetaObject::Connection verification = QObject::connect(
        tls, &QSslSocket::sslErrors, tls, [this, tls, &reasons](const QList<QSslError>& errors) {
            if (m_policy->acceptsExplicitly(tls->peerCertificate())) {
                tls->ignoreSslErrors(errors);
                return;
            }
            for (const QSslError& error : errors)
                reasons += (reasons.isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
        });
    if (m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
    const QString host = QString::fromStdString(address);
    // An event loop, not waitForEncrypted() in slices: a waitForConnected() that times
    // out aborts the connection attempt, so any server further than one slice away
    // could never be reached. The timer only looks for a cancel or the deadline.
    const QDeadlineTimer deadline(ConnectSeconds * 1000);
    QEventLoop handshake;
    QTimer watch;
    watch.setInterval(SliceMilliseconds);
    QObject::connect(tls, &QSslSocket::encrypted, &handshake, &QEventLoop::quit);
    QObject::connect(tls, &QAbstractSocket::errorOccurred, &handshake, &QEventLoop::quit);
    QObject::connect(tls, &QAbstractSocket::disconnected, &handshake, &QEventLoop::quit);
    QObject::connect(&watch, &QTimer::timeout, &handshake, [this, &handshake, &deadline] {
        if (deadline.hasExpired() || (m_timeoutHandler && m_timeoutHandler->isTimeOut()))
            handshake.quit();
    });
    watch.start();
    tls->connectToHostEncrypted(host, port);
    if (!tls->isEncrypted() && tls->state() != QAbstractSocket::UnconnectedState)
        handshake.exec(QEventLoop::ExcludeUserInputEvents);
    watch.stop();
    // The slot keeps a reference to this function's reasons: it must not outlive it.
    QObject::disconnect(verification);
    if (!tls->isEncrypted())
        checkTimeout();
    if (tls->isEncrypted()) {
        qCDebug(lcMail) << "TLS to" << host << "established";
        return;
    }
    if (!reasons.isEmpty()) {
        const QSslCertificate certificate = tls->peerCertificate();
        m_policy->refusedFingerprint = TlsPolicy::fingerprintOf(certificate);
        m_policy->refusal = tr("The certificate of %1 cannot be trusted (%2). Its SHA-256 fingerprint is %3. "
                               "Only if your mail provider confirms this fingerprint, accept it "
                               "(--trust-fingerprint %3).")
                                .arg(host, reasons, TlsPolicy::fingerprintOf(certificate));
    }
    const QString why = tls->errorString();
    m_socket.reset();
    throw vmime::exceptions::connection_error(why.toStdString());
}

void TlsSocket::disconnect()
{
    if (!m_socket)
        return;
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->waitForDisconnected(1000);
    m_socket.reset();
}

bool TlsSocket::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->isEncrypted();
}

bool TlsSocket::waitForRead(const int msecs)
{
    return m_socket && (m_socket->bytesAvailable() > 0 || m_socket->waitForReadyRead(msecs));
}

bool TlsSocket::waitForWrite(const int msecs)
{
    return m_socket && (m_socket->bytesToWrite() == 0 || m_socket->waitForBytesWritten(msecs));
}

void TlsSocket::receive(vmime::string& buffer)
{
    vmime::byte_t chunk[16384];
    const size_t size = receiveRaw(chunk, sizeof(chunk));
    buffer.assign(reinterpret_cast<const char*>(chunk), size);
}

size_t TlsSocket::receiveRaw(vmime::byte_t* buffer, const size_t count)
{
    m_status &= ~STATUS_WOULDBLOCK;
    if (!m_socket)
        throw vmime::exceptions::socket_not_connected_exception();
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(SliceMilliseconds)) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            throw vmime::exceptions::socket_exception("the server closed the connection");
        checkTimeout();
        m_status |= STATUS_WOULDBLOCK;
        return 0;
    }
    const qint64 read = m_socket->read(reinterpret_cast<char*>(buffer), qint64(count));
    if (read < 0)
        throw vmime::exceptions::socket_exception(m_socket->errorString().toStdString());
    if (read > 0 && m_timeoutHandler)
        m_timeoutHandler->resetTimeOut();
    return size_t(read);
}

void TlsSocket::send(const vmime::string& buffer)
{
    sendRaw(reinterpret_cast<const vmime::byte_t*>(buffer.data()), buffer.size());
}

void TlsSocket::send(const char* str)
{
    sendRaw(reinterpret_cast<const vmime::byte_t*>(str), std::strlen(str));
}

void TlsSocket::sendRaw(const vmime::byte_t* buffer, const size_t count)
{
    if (!m_socket)
        throw vmime::exceptions::socket_not_connected_exception();
    if (m_socket->write(reinterpret_cast<const char*>(buffer), qint64(count)) != qint64(count))
        throw vmime::exceptions::socket_exception(m_socket->errorString().toStdString());
    while (m_socket->bytesToWrite() > 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            throw vmime::exceptions::socket_exception("the server closed the connection");
        m_socket->waitForBytesWritten(SliceMilliseconds);
        checkTimeout();
    }
}

size_t TlsSocket::sendRawNonBlocking(const vmime::byte_t* buffer, const size_t count)
{
    sendRaw(buffer, count);
    return count;
}

const vmime::string TlsSocket::getPeerName() const
{
    return m_host;
}

const vmime::string TlsSocket::getPeerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString().toStdString() : vmime::string();
}

} // namespace Core::Imap
