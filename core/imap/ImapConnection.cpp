#include "imap/ImapConnection.h"

#include "analysis/VmimeRuntime.h"
#include "common/LogCategories.h"
#include "imap/ImapProtocol.h"
#include "imap/TlsSocketFactory.h"

#include <QCoreApplication>

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("Core::Imap::ImapConnection", text);
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

std::shared_ptr<vmime::net::imap::IMAPConnection> ImapConnection::protocol() const
{
    const auto store = std::dynamic_pointer_cast<vmime::net::imap::IMAPStore>(m_store);
    return store && isConnected() ? store->getConnection() : nullptr;
}

void ImapConnection::setTlsPolicy(const TlsPolicy& policy)
{
    *m_tlsPolicy = policy;
}

QString ImapConnection::describe(const std::exception& failure) const
{
    const QString server = m_address.host;
    if (!m_tlsPolicy->refusal.isEmpty())
        return m_tlsPolicy->refusal;
    if (dynamic_cast<const vmime::exceptions::authentication_error*>(&failure)
        || dynamic_cast<const vmime::exceptions::authentication_exception*>(&failure))
        return tr("The server %1 did not accept the user name or password. Check them and try again.").arg(server);
    if (dynamic_cast<const vmime::exceptions::operation_timed_out*>(&failure))
        return tr("The server %1 stopped answering. Check the network connection and try again.").arg(server);
    if (dynamic_cast<const vmime::exceptions::connection_greeting_error*>(&failure))
        return tr("%1 port %2 answered, but not like a mail server. Check the server address and port.")
            .arg(server)
            .arg(m_address.port);
    if (dynamic_cast<const vmime::exceptions::socket_exception*>(&failure)
        || dynamic_cast<const vmime::exceptions::not_connected*>(&failure))
        return tr("Cannot reach the mail server %1 on port %2. Check the address, the port and the network connection.")
            .arg(server)
            .arg(m_address.port);
    return tr("The mail server %1 reported a problem: %2").arg(server, QString::fromUtf8(failure.what()).simplified());
}

bool ImapConnection::connect(const ServerAddress& address, const QString& user, const QString& password, QString* error)
{
    disconnect();
    m_address = address;
    m_tlsPolicy->refusal.clear();
    if (address.security == ServerAddress::Security::StartTls) {
        *error = tr("STARTTLS connections (imap://) are not available in this version yet; use imaps://.");
        return false;
    }
    Analysis::VmimeRuntime::ensureInitialized();
    try {
        m_session = vmime::net::session::create();
        // Implicit TLS is done by Qt under a plain "imap" store: see TlsSocket for why.
        m_store = m_session->getStore(vmime::utility::url("imap", address.host.toStdString(), address.port));
        if (address.security == ServerAddress::Security::ImplicitTls)
            m_store->setSocketFactory(std::make_shared<TlsSocketFactory>(m_tlsPolicy));
        m_store->setProperty("auth.username", user.toStdString());
        m_store->setProperty("auth.password", password.toStdString());
        m_store->setProperty("connection.tls", false);
        // vmime tries every SASL mechanism in turn and servers delay each failure: a wrong
        // password took 10 s. Inside TLS or on loopback, IMAP LOGIN says the same in one try.
        m_store->setProperty("options.sasl", false);
        m_store->connect();
        qCInfo(lcMail) << "connected to" << address.toString();
        return true;
    } catch (const std::exception& failure) {
        *error = describe(failure);
        qCDebug(lcMail) << "connection to" << address.toString() << "failed:" << failure.what();
        m_store.reset();
        m_session.reset();
        return false;
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

std::optional<QList<FolderInfo>> ImapConnection::folders(QString* error)
{
    if (!m_store) {
        *error = tr("Not connected to a mail server.");
        return std::nullopt;
    }
    try {
        QList<FolderInfo> result;
        for (const auto& folder : m_store->getRootFolder()->getFolders(true)) {
            FolderInfo info;
            info.path = QString::fromStdString(folder->getFullPath().toString("/", vmime::charsets::UTF_8));
            info.role = FolderRoles::roleOf(info.path, u'/', ImapProtocol::specialUseAttribute(folder->getAttributes().getSpecialUse()));
            result.append(info);
        }
        return result;
    } catch (const std::exception& failure) {
        *error = describe(failure);
        return std::nullopt;
    }
}

} // namespace Core::Imap
