#pragma once

#include "account/DnsQuestions.h"
#include "account/ServerCandidate.h"

#include <QList>
#include <QObject>

#include <chrono>

namespace Core::Account {

// A domain whose mail Microsoft 365 or Google receives (its MX records name
// *.mail.protection.outlook.com, or *.google.com / *.googlemail.com) has its mailboxes
// there, at the provider's IMAP server with its browser sign-in, whatever the domain is
// called. The MX answer decides only which provider to sign in with: the server reached is
// the profile's own, under its TLS certificate, so a forged DNS answer cannot lead the
// sign-in anywhere else.
class MxLookup : public QObject {
    Q_OBJECT

public:
    explicit MxLookup(QObject* parent = nullptr);
    ~MxLookup() override;

    // TEST ONLY: see NetworkOverrides (the name server is the part used here).
    void setNetworkOverrides(const NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);

    // domain: as the network knows it (lower case, IDNs in ACE form).
    void start(const QString& emailAddress, const QString& domain);
    // Stops without emitting finished().
    void cancel();

signals:
    // The provider's server, or empty when the domain's mail is received elsewhere.
    void finished(const QList<Core::Account::ServerCandidate>& candidates);

private:
    void collect(const QDnsLookup& answer);

    DnsQuestions m_dns;
    QString m_emailAddress;
    QList<ServerCandidate> m_found;
};

} // namespace Core::Account
