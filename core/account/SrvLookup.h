#pragma once

#include "account/NetworkOverrides.h"
#include "account/ServerCandidate.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class QDnsLookup;

namespace Core::Account {

// The IMAP servers a domain announces in DNS (RFC 6186): _imaps._tcp.<domain> (implicit
// TLS) and _imap._tcp.<domain> (STARTTLS), asked at once. Ordered by priority, then
// implicit TLS before STARTTLS at equal priority (RFC 8314 section 5.1), then by weight,
// heaviest first. A target of "." means the domain does not offer that service.
// DNS answers are not authenticated: the TLS certificate check on connecting is what
// keeps a forged answer from reading the password.
class SrvLookup : public QObject {
    Q_OBJECT

public:
    explicit SrvLookup(QObject* parent = nullptr);
    ~SrvLookup() override;

    // TEST ONLY: see NetworkOverrides (the name server is the part used here).
    void setNetworkOverrides(const NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);

    // domain: the address's domain as the network knows it (lower case, IDNs in ACE form).
    void start(const QString& emailAddress, const QString& domain);
    // Stops without emitting finished().
    void cancel();

signals:
    // Empty when the domain announces no IMAP service.
    void finished(const QList<Core::Account::ServerCandidate>& candidates);

private:
    struct Record {
        ServerCandidate candidate;
        quint16 priority = 0;
        quint16 weight = 0;
    };

    std::unique_ptr<QDnsLookup> ask(const QString& name);
    void collect(QDnsLookup* lookup, Core::Imap::ServerAddress::Security security);
    void finish();

    NetworkOverrides m_overrides;
    QTimer m_deadline;
    QString m_emailAddress;
    std::unique_ptr<QDnsLookup> m_implicitTls;
    std::unique_ptr<QDnsLookup> m_startTls;
    QList<Record> m_records;
    int m_pending = 0;
    quint64 m_run = 0; // which start() a queued step belongs to
    bool m_running = false;
};

} // namespace Core::Account
