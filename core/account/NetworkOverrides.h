#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <optional>

namespace Core::Account {

// TEST ONLY. Lets the tests run server discovery against servers they start on loopback
// (tests may not reach the internet). The application never sets it.
struct NetworkOverrides {
    struct Endpoint {
        QString host; // a name, or an address such as "127.0.0.1"
        quint16 port = 0;
    };
    // Where a connection to host:port goes instead. With a route set, every host it
    // returns nothing for counts as unreachable and is never contacted, so a test cannot
    // leak to the real network. HTTPS requests still send the original host name (Host
    // header, TLS server name) and check the certificate against it.
    std::function<std::optional<Endpoint>(const QString& host, quint16 port)> route;
    // Roots trusted in addition to the system's, for the test's own certificates.
    QList<QSslCertificate> extraCaCertificates;
    // The DNS server asked for SRV records (Qt 6.4 always asks it on port 53). With a
    // route set and no name server, SRV records are not looked up at all.
    QHostAddress nameserver;

    bool isActive() const { return bool(route); }
    // Where to connect for host:port: host:port itself normally; under a route the
    // loopback endpoint it gives, or nothing when the host is not to be contacted.
    std::optional<Endpoint> endpointFor(const QString& host, quint16 port) const;
};

} // namespace Core::Account
