#pragma once

#include "account/NetworkOverrides.h"
#include "account/ServerCandidate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <vector>

class QTcpSocket;

namespace Core::Account {

// Which of some guessed servers accept a TCP connection at all, all asked at once. Says
// nothing about whether IMAP answers there: logging in is the real test, and this only
// spares the user a list of names that do not exist.
class HostProbe : public QObject {
    Q_OBJECT

public:
    explicit HostProbe(QObject* parent = nullptr);
    ~HostProbe() override;

    // TEST ONLY: see NetworkOverrides.
    void setNetworkOverrides(const NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);

    void start(const QList<ServerCandidate>& candidates);
    // Stops without emitting finished().
    void cancel();

signals:
    // The candidates that accepted a connection, in the order given.
    void finished(const QList<Core::Account::ServerCandidate>& reachable);

private:
    struct Probe {
        ServerCandidate candidate;
        QPointer<QTcpSocket> socket;
        bool done = false;
        bool reached = false;
    };

    void settle(std::size_t index, bool reached);
    void dropSocket(Probe& probe);

    NetworkOverrides m_overrides;
    QTimer m_deadline;
    std::vector<Probe> m_probes;
    quint64 m_run = 0; // which start() a queued step belongs to
    bool m_running = false;
};

} // namespace Core::Account
