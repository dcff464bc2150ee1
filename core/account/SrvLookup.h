#pragma once

#include "account/DnsQuestions.h"
#include "account/ServerCandidate.h"

#include <QList>
#include <QObject>

#include <chrono>

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

    void collect(const QDnsLookup& answer);
    void finish();

    DnsQuestions m_dns;
    QString m_emailAddress;
    QString m_implicitTlsName; // _imaps._tcp.<domain>; the other answer is for STARTTLS
    QList<Record> m_records;
};

} // namespace Core::Account
