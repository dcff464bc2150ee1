#include "imap/ImapConnection.h"

#include "analysis/VmimeRuntime.h"
#include "common/LogCategories.h"
#include "imap/BearerTokenMechanism.h"
#include "imap/CancellableTimeoutHandlerFactory.h"
#include "imap/CertificateVerifier.h"
#include "imap/ProtocolTracerFactory.h"
#include "imap/SaslAuthenticator.h"
#include "imap/TlsSocketFactory.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

namespace {

    // After these the connection is gone or out of step: nothing more can be sent on it.
    bool connectionLost(const std::exception& failure)
    {
        return dynamic_cast<const vmime::exceptions::operation_timed_out*>(&failure)
            || dynamic_cast<const vmime::exceptions::socket_exception*>(&failure)
            || dynamic_cast<const vmime::exceptions::not_connected*>(&failure);
    }

} // namespace

ImapConnection::ImapConnection() = default;

ImapConnection::~ImapConnection()
{
    disconnect();
}

bool ImapConnection::isConnected() const
{
    try {
        return m_store && m_store->isConnected();
    } catch (const std::exception&) {
        return false;
    }
}

void ImapConnection::setTlsPolicy(const TlsPolicy& policy)
{
    *m_tlsPolicy = policy;
}

const TlsPolicy& ImapConnection::tlsPolicy() const
{
    return *m_tlsPolicy;
}

QString ImapConnection::describe(const std::exception& failure) const
{
    const QString server = m_address.host;
    // Whatever broke after a cancel() broke because of it.
    if (m_cancelled.load())
        return tr("The connection to %1 was cancelled.").arg(server);
    if (!m_tlsPolicy->refusal.isEmpty())
        return m_tlsPolicy->refusal;
    if (const auto* command = dynamic_cast<const vmime::exceptions::command_error*>(&failure);
        command && command->command() == "STARTTLS")
        return tr("The server %1 does not offer an encrypted connection (STARTTLS) on port %2, so the "
                  "password was not "
                  "sent. Use imaps:// instead, or ask your mail provider for the right address and port.")
            .arg(server)
            .arg(m_address.port);
    const bool authentication = dynamic_cast<const vmime::exceptions::authentication_error*>(&failure)
        || dynamic_cast<const vmime::exceptions::authentication_exception*>(&failure);
    if (authentication && m_credential == Credential::Kind::AccessToken && !m_tokenMechanismOffered)
        return tr(
            "The server %1 does not offer a sign-in with an access token that NeverSent can use (OAuth2 "
            "XOAUTH2 or OAUTHBEARER). Sign in with a password instead, or check the server address.")
            .arg(server);
    if (authentication && m_credential == Credential::Kind::Password && m_onlyAccessTokensOffered)
        return tr(
            "The server %1 does not take a password: it wants you to sign in on your mail provider's own "
            "page in your web browser (OAuth2).")
            .arg(server);
    if (authentication && m_credential == Credential::Kind::AccessToken)
        return tr(
            "The server %1 did not accept the sign-in: the access token was refused or has expired. Sign in "
            "again.")
            .arg(server);
    if (authentication)
        return tr("The server %1 did not accept the user name or password. Check them and try again.")
            .arg(server);
    if (dynamic_cast<const vmime::exceptions::operation_timed_out*>(&failure))
        return tr("The server %1 stopped answering. Check the network connection and try again.").arg(server);
    if (dynamic_cast<const vmime::exceptions::connection_greeting_error*>(&failure))
        return tr("%1 port %2 answered, but not like a mail server. Check the server address and port.")
            .arg(server)
            .arg(m_address.port);
    if (dynamic_cast<const vmime::exceptions::tls_exception*>(&failure))
        return tr(
            "The encrypted connection to %1 could not be set up (%2). Check the server address and port.")
            .arg(server, QString::fromUtf8(failure.what()).simplified());
    if (dynamic_cast<const vmime::exceptions::connection_error*>(&failure))
        return tr("Cannot reach the mail server %1 on port %2. Check the address, the port and the network "
                  "connection.")
            .arg(server)
            .arg(m_address.port);
    // Any other socket error comes after the connection was made: the server hung up.
    if (dynamic_cast<const vmime::exceptions::socket_exception*>(&failure)
        || dynamic_cast<const vmime::exceptions::not_connected*>(&failure))
        return tr("The server %1 closed the connection unexpectedly. Try again later.").arg(server);
    return tr("The mail server %1 reported a problem: %2")
        .arg(server, QString::fromUtf8(failure.what()).simplified());
}

// The same order of questions as describe(), so the kind and the words agree; one more
// answer than describe() has words for: a reply vmime cannot read as IMAP at all, which
// at connect() means something else listens on the port.
ImapConnection::Problem ImapConnection::kindOf(const std::exception& failure) const
{
    if (m_cancelled.load())
        return Problem::Cancelled;
    if (!m_tlsPolicy->refusal.isEmpty())
        return Problem::Certificate;
    if (const auto* command = dynamic_cast<const vmime::exceptions::command_error*>(&failure);
        command && command->command() == "STARTTLS")
        return Problem::NoEncryption;
    if (dynamic_cast<const vmime::exceptions::authentication_error*>(&failure)
        || dynamic_cast<const vmime::exceptions::authentication_exception*>(&failure))
        return Problem::LoginRefused;
    if (dynamic_cast<const vmime::exceptions::operation_timed_out*>(&failure))
        return Problem::Timeout;
    if (dynamic_cast<const vmime::exceptions::connection_greeting_error*>(&failure)
        || dynamic_cast<const vmime::exceptions::invalid_response*>(&failure))
        return Problem::NotImap;
    if (dynamic_cast<const vmime::exceptions::tls_exception*>(&failure))
        return Problem::Tls;
    if (dynamic_cast<const vmime::exceptions::connection_error*>(&failure))
        return Problem::CannotReach;
    if (dynamic_cast<const vmime::exceptions::socket_exception*>(&failure)
        || dynamic_cast<const vmime::exceptions::not_connected*>(&failure))
        return Problem::ConnectionLost;
    return Problem::Other;
}

Common::Error ImapConnection::notConnected() const
{
    if (m_cancelled.load())
        return { Problem::Cancelled, tr("The connection to %1 was cancelled.").arg(m_address.host) };
    return { Problem::ConnectionLost,
        tr("The connection to the mail server %1 was lost. Check that this computer is online, then try "
           "again.")
            .arg(m_address.host) };
}

Common::Error ImapConnection::fail(const std::exception& failure)
{
    Common::Error error { kindOf(failure), describe(failure) };
    qCDebug(lcMail) << "command on" << m_address.toString() << "failed:" << failure.what();
    if (m_cancelled.load() || connectionLost(failure)) {
        abandon();
        if (error.kind != Problem::Cancelled)
            error.kind = Problem::ConnectionLost;
    }
    return error;
}

// The store goes before its folders (vmime 0.9.2 touches freed memory the other way
// round), with the stop flag raised so that its goodbye to a silent or dead server
// gives up at once instead of waiting out the timeout.
void ImapConnection::abandon()
{
    {
        const std::lock_guard lock(m_runMutex);
        m_stop->store(true);
    }
    m_store.reset();
    m_session.reset();
}

void ImapConnection::setNoProgressTimeout(std::chrono::milliseconds timeout)
{
    m_noProgressTimeout = timeout;
}

void ImapConnection::cancel()
{
    {
        const std::lock_guard lock(m_runMutex);
        m_cancelled.store(true);
        m_stop->store(true);
    }
    m_cancelWake.notify_all();
}

bool ImapConnection::waitUnlessCancelled(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_runMutex);
    return !m_cancelWake.wait_for(lock, wait, [this] { return m_cancelled.load(); });
}

std::shared_ptr<vmime::net::imap::IMAPConnection> ImapConnection::protocol() const
{
    const auto imap = std::dynamic_pointer_cast<vmime::net::imap::IMAPStore>(m_store);
    return imap && isConnected() ? imap->getConnection() : nullptr;
}

void ImapConnection::open(const QString& user, const Credential& credential, bool sasl,
    const std::shared_ptr<SaslAuthenticator>& authenticator)
{
    std::shared_ptr<const std::atomic<bool>> stop;
    {
        const std::lock_guard lock(m_runMutex);
        stop = m_stop;
    }
    m_session = vmime::net::session::create();
    // Implicit TLS is done by Qt under a plain "imap" store: see TlsSocket for why.
    // STARTTLS is vmime's (GnuTLS), with the certificate decided by CertificateVerifier.
    m_store = m_session->getStore(
        vmime::utility::url("imap", m_address.host.toStdString(), m_address.port), authenticator);
    if (m_address.security == ServerAddress::Security::ImplicitTls)
        m_store->setSocketFactory(std::make_shared<TlsSocketFactory>(m_tlsPolicy));
    // vmime hands every socket it makes (TlsSocket too) one of these handlers.
    m_store->setTimeoutHandlerFactory(
        std::make_shared<CancellableTimeoutHandlerFactory>(stop, m_noProgressTimeout));
    m_capabilities->clear();
    m_store->setTracerFactory(std::make_shared<ProtocolTracerFactory>(m_capabilities));
    // Set on every store, so that vmime's own verifier (issuer names only) never decides.
    m_store->setCertificateVerifier(std::make_shared<CertificateVerifier>(m_tlsPolicy));
    m_store->setProperty("auth.username", user.toStdString());
    // vmime's authenticator hands each to the mechanisms that ask for it.
    m_store->setProperty(
        credential.kind == Credential::Kind::AccessToken ? "auth.accesstoken" : "auth.password",
        credential.secret.toStdString());
    m_store->setProperty("connection.tls", m_address.security == ServerAddress::Security::StartTls);
    // Without it vmime goes on in plaintext, password and all, when STARTTLS fails.
    m_store->setProperty("connection.tls.required", true);
    m_store->setProperty("options.sasl", sasl);
    // vmime's fallback would send LOGIN after a failed SASL login too: a second failure
    // the server penalises. connect() falls back itself, only when no mechanism was tried.
    m_store->setProperty("options.sasl.fallback", false);
    m_store->connect();
}

bool ImapConnection::connect(
    const ServerAddress& address, const QString& user, const Credential& credential, QString* error)
{
    disconnect();
    m_address = address;
    m_tlsPolicy->refusal.clear();
    m_tlsPolicy->refusedFingerprint.clear();
    m_tlsPolicy->acceptedFingerprint.clear();
    m_lastProblem = Problem::None;
    {
        const std::lock_guard lock(m_runMutex);
        m_stop = std::make_shared<std::atomic<bool>>(false);
        m_cancelled.store(false);
    }
    Analysis::VmimeRuntime::ensureInitialized();
    BearerTokenMechanism::registerWithVmime();
    m_credential = credential.kind;
    m_tokenMechanismOffered = true;
    m_onlyAccessTokensOffered = false;
    // IMAP LOGIN sends the password as it is: only inside TLS or to this machine.
    const bool loginAllowed
        = address.security != ServerAddress::Security::Plain || QHostAddress(address.host).isLoopback();
    bool sasl = true;
    for (;;) {
        const auto authenticator = std::make_shared<SaslAuthenticator>(credential.kind);
        try {
            open(user, credential, sasl, authenticator);
            qCInfo(lcMail) << "connected to" << address.toString() << (sasl ? "(SASL)" : "(LOGIN)");
            return true;
        } catch (const std::exception& failure) {
            qCDebug(lcMail) << "connection to" << address.toString() << "failed:" << failure.what();
            m_store.reset();
            m_session.reset();
            // No mechanism was tried (the server offers none that works with a password):
            // nothing was sent yet, and plain IMAP LOGIN is the way left.
            const bool noMechanism = dynamic_cast<const vmime::exceptions::authentication_error*>(&failure)
                && !authenticator->choseMechanism();
            m_onlyAccessTokensOffered = authenticator->offeredOnlyAccessTokens();
            // A token is never sent as a password, and a server that takes only tokens
            // would refuse the password whichever way it went.
            if (sasl && noMechanism && loginAllowed && credential.kind == Credential::Kind::Password
                && !m_onlyAccessTokensOffered && !m_cancelled.load()) {
                sasl = false;
                continue;
            }
            m_tokenMechanismOffered = !noMechanism;
            *error = describe(failure);
            m_lastProblem = kindOf(failure);
            return false;
        }
    }
}

void ImapConnection::disconnect()
{
    if (m_store) {
        try {
            if (m_store->isConnected())
                m_store->disconnect();
        } catch (const std::exception& failure) {
            qCDebug(lcMail) << "disconnect:" << failure.what();
        }
    }
    m_store.reset();
    m_session.reset();
}

QChar ImapConnection::folderSeparator() const
{
    const auto connection = protocol();
    const char separator = connection ? connection->hierarchySeparator() : '\0';
    return QChar::fromLatin1(separator ? separator : '/');
}

} // namespace Core::Imap
