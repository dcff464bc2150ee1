#pragma once

#include "common/Problem.h"

#include "imap/Credential.h"
#include "imap/ServerAddress.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QThread;

namespace Core::Account {

// Tries a server address, user and password (or access token) once, on a thread of its own (vmime blocks),
// and says what came of it in a form the setup assistant can act on: which kind of
// problem, in plain words, and for a certificate nobody vouches for its fingerprint, so
// that the user can choose to trust it.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    // Collapsed to what the setup assistant acts on: the other kinds come as Other.
    using Problem = Common::Problem;

    struct Result {
        Problem problem = Problem::None;
        QString message; // empty when the test passed
        QString fingerprint; // SHA-256 of the refused certificate, for Problem::Certificate
    };

    explicit ConnectionTester(QObject* parent = nullptr);
    // Cancels a test under way and waits the few milliseconds it takes to end.
    ~ConnectionTester() override;
    ConnectionTester(const ConnectionTester&) = delete;
    ConnectionTester& operator=(const ConnectionTester&) = delete;

    // How long the server may stay silent; before start().
    void setNoProgressTimeout(std::chrono::milliseconds timeout) { m_noProgressTimeout = timeout; }
    // A test already under way is cancelled: only the newest one reports.
    void start(const Imap::ServerAddress& address, const QString& user, const Imap::Credential& credential,
        const QStringList& trustedFingerprints = {});
    // The test under way ends without a report.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const Core::Account::ConnectionTester::Result& result);

private:
    struct Attempt;

    void deliver(quint64 generation, const Result& result);

    std::chrono::milliseconds m_noProgressTimeout = std::chrono::seconds(30);
    quint64 m_generation = 0;
    bool m_running = false;
    std::shared_ptr<Attempt> m_attempt;
    QList<QThread*> m_threads;
};

} // namespace Core::Account
