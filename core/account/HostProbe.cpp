#include "account/HostProbe.h"

#include "common/LogCategories.h"

#include <QNetworkProxy>
#include <QTcpSocket>

namespace Core::Account {

namespace {

    constexpr std::chrono::seconds DefaultTimeout { 5 };

} // namespace

HostProbe::HostProbe(QObject* parent)
    : QObject(parent)
    , m_deadline(this) // a child, so that moveToThread() takes it along
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DefaultTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (std::size_t index = 0; m_running && index < m_probes.size(); ++index) {
            if (!m_probes[index].done)
                settle(index, false);
        }
    });
}

HostProbe::~HostProbe()
{
    cancel();
}

void HostProbe::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_overrides = overrides;
}

void HostProbe::setTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void HostProbe::start(const QList<ServerCandidate>& candidates)
{
    cancel();
    m_running = true;
    m_probes.resize(std::size_t(candidates.size()));
    for (std::size_t index = 0; index < m_probes.size(); ++index)
        m_probes[index].candidate = candidates.at(qsizetype(index));
    m_deadline.start();
    for (std::size_t index = 0; index < m_probes.size(); ++index) {
        Probe& probe = m_probes[index];
        const auto endpoint
            = m_overrides.endpointFor(probe.candidate.address.host, probe.candidate.address.port);
        if (!endpoint) {
            // Under a test's route only: not to be contacted, so not reachable. Decided on
            // the next turn of the event loop so that finished() never comes from start().
            QTimer::singleShot(0, this, [this, run = m_run, index] {
                if (m_running && run == m_run && !m_probes[index].done)
                    settle(index, false);
            });
            continue;
        }
        auto* socket = new QTcpSocket(this);
        if (m_overrides.isActive())
            socket->setProxy(QNetworkProxy::NoProxy); // the test's servers are on this computer
        probe.socket = socket;
        connect(socket, &QTcpSocket::connected, this, [this, index] { settle(index, true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, index] { settle(index, false); });
        socket->connectToHost(endpoint->host, endpoint->port);
    }
    if (m_probes.empty()) {
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && run == m_run) {
                cancel();
                emit finished({});
            }
        });
    }
}

void HostProbe::cancel()
{
    m_running = false;
    ++m_run;
    m_deadline.stop();
    for (Probe& probe : m_probes)
        dropSocket(probe);
    m_probes.clear();
}

void HostProbe::settle(std::size_t index, bool reached)
{
    Probe& probe = m_probes[index];
    if (probe.done)
        return;
    probe.done = true;
    probe.reached = reached;
    qCInfo(lcAccount) << "probe" << probe.candidate.address.toString()
                      << (reached ? "connected" : "no connection");
    dropSocket(probe);
    QList<ServerCandidate> reachable;
    for (const Probe& each : m_probes) {
        if (!each.done)
            return;
        if (each.reached)
            reachable.append(each.candidate);
    }
    cancel();
    emit finished(reachable);
}

void HostProbe::dropSocket(Probe& probe)
{
    if (QTcpSocket* socket = probe.socket) {
        probe.socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace Core::Account
