#include "account/ConnectionTester.h"

#include "common/LogCategories.h"
#include "imap/ImapConnection.h"

#include <QThread>

#include <mutex>

namespace Core::Account {

namespace {

    ConnectionTester::Problem collapsed(Common::Problem kind)
    {
        using Kind = Common::Problem;
        switch (kind) {
        case Kind::None:
        case Kind::LoginRefused:
        case Kind::CannotReach:
        case Kind::Timeout:
        case Kind::Certificate:
        case Kind::NotImap:
            return kind;
        case Kind::Cancelled:
        case Kind::NoEncryption:
        case Kind::Tls:
        case Kind::ServerRefused:
        case Kind::ConnectionLost:
        case Kind::LocalStorage:
        case Kind::Other:
            break;
        }
        return Kind::Other;
    }

} // namespace

// Shared by the GUI thread (cancel) and the test's thread (the connection it makes there).
struct ConnectionTester::Attempt {
    std::mutex mutex;
    Imap::ImapConnection* connection = nullptr;
    bool cancelled = false;
};

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void ConnectionTester::start(const Imap::ServerAddress& address, const QString& user,
    const Imap::Credential& credential, const QStringList& trustedFingerprints)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_running = true;
    auto attempt = std::make_shared<Attempt>();
    m_attempt = attempt;
    const auto timeout = m_noProgressTimeout;
    QThread* thread = QThread::create(
        [this, attempt, generation, address, user, credential, trustedFingerprints, timeout] {
            Imap::ImapConnection connection;
            Imap::TlsPolicy policy;
            policy.trustedFingerprints = trustedFingerprints;
            connection.setTlsPolicy(policy);
            connection.setNoProgressTimeout(timeout);
            {
                const std::lock_guard lock(attempt->mutex);
                if (attempt->cancelled)
                    return;
                attempt->connection = &connection;
            }
            QString error;
            const bool connected = connection.connect(address, user, credential, &error);
            {
                const std::lock_guard lock(attempt->mutex);
                attempt->connection = nullptr;
            }
            Result result;
            if (!connected) {
                result.problem = collapsed(connection.lastProblem());
                result.message = error;
                if (result.problem == Problem::NotImap) {
                    result.message = tr(
                        "Something answered at %1 on port %2, but it is not a mail server. Check the server "
                        "address and port.")
                                         .arg(address.host)
                                         .arg(address.port);
                } else if (result.problem == Problem::Certificate) {
                    result.fingerprint = connection.tlsPolicy().refusedFingerprint;
                    // The connection's own words name a command-line option; these name the choice
                    // the assistant offers.
                    result.message = tr(
                        "NeverSent cannot confirm that %1 is really your mail server: nobody your computer "
                        "trusts vouches for its security certificate. Trust this certificate only if your "
                        "mail provider or IT staff confirm its fingerprint:\n%2")
                                         .arg(address.host, result.fingerprint);
                }
            }
            qCInfo(lcAccount) << "connection test to" << address.toString() << "ended:" << result.problem;
            connection.disconnect();
            QMetaObject::invokeMethod(
                this, [this, generation, result] { deliver(generation, result); }, Qt::QueuedConnection);
        });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void ConnectionTester::cancel()
{
    m_running = false;
    if (!m_attempt)
        return;
    const std::lock_guard lock(m_attempt->mutex);
    m_attempt->cancelled = true;
    if (m_attempt->connection)
        m_attempt->connection->cancel();
    m_attempt.reset();
}

void ConnectionTester::deliver(quint64 generation, const Result& result)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    m_attempt.reset();
    emit finished(result);
}

} // namespace Core::Account
