#pragma once

#include "account/AutoconfigLookup.h"
#include "account/HostProbe.h"
#include "account/MxLookup.h"
#include "account/NetworkOverrides.h"
#include "account/ServerCandidate.h"
#include "account/SrvLookup.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

namespace Core::Account {

// Finds the IMAP server for an email address, so that the user types nothing else:
//   1. the table of well-known providers shipped with the program (no network at all),
//   2. the provider's published configuration file (Thunderbird's autoconfig),
//   3. DNS SRV records (RFC 6186),
//   4. the domain's MX records, where they show Microsoft 365 or Google receiving its
//      mail (their IMAP server, with the browser sign-in),
//   5. the usual names (imap.<domain>, mail.<domain>, <domain> on 993 and 143), kept
//      only where a TCP connection succeeds.
// Stops at the first step that finds something. Everything runs on the event loop of
// the thread the object lives on, so it never blocks the GUI.
class ServerDiscovery : public QObject {
    Q_OBJECT

public:
    explicit ServerDiscovery(QObject* parent = nullptr);

    // TEST ONLY: tests may talk to loopback only, so this maps every host name the
    // discovery would contact (autoconfig.<domain>, <domain>, imap.<domain>, ...) to a
    // server the test started, adds the test's certificate authority, and names the DNS
    // server to ask. See NetworkOverrides.
    void setNetworkOverrides(const NetworkOverrides& overrides);
    // How long the configuration file and DNS steps may take (each), and how long a
    // guessed server has to accept a connection.
    void setTimeouts(std::chrono::milliseconds lookup, std::chrono::milliseconds probe);

    // Starts over if a discovery is running. finished() always comes later, from the
    // event loop, never from inside start().
    void start(const QString& emailAddress);
    // Stops; no finished() comes for the discovery cancelled.
    void cancel();

signals:
    void progress(const QString& step);
    // Best first; empty when nothing was found.
    void finished(const QList<Core::Account::ServerCandidate>& candidates);

private:
    void askAutoconfig();
    void askSrv();
    void askMx();
    void probeUsualNames();
    void finishLater(const QList<ServerCandidate>& candidates);
    void finish(const QList<ServerCandidate>& candidates);

    AutoconfigLookup m_autoconfig;
    SrvLookup m_srv;
    MxLookup m_mx;
    HostProbe m_probe;
    QString m_emailAddress;
    QString m_domain; // lower case, IDNs in ACE form: as DNS knows it
    QString m_shownDomain; // as the user wrote it
    quint64 m_run = 0; // which start() a queued step belongs to
    bool m_running = false;
};

} // namespace Core::Account
