#pragma once

#include "account/DnsQuestions.h"
#include "account/NetworkOverrides.h"
#include "domain/DomainPolicy.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace Core::Domain {

// Asks DNS for a domain's SPF and DMARC records (TXT at the domain and at
// _dmarc.<domain>, and at _dmarc.<parent> of each parent a subdomain may take its policy
// from) at once, with one deadline, and reads them into a DomainPolicy.
class DomainPolicyLookup : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 5000 };

    explicit DomainPolicyLookup(QObject* parent = nullptr);

    // TEST ONLY: see Account::NetworkOverrides (the name server is the part used here).
    void setNetworkOverrides(const Account::NetworkOverrides& overrides);
    void setTimeout(std::chrono::milliseconds timeout);
    // See Account::DnsQuestions::setNameserver.
    void setNameserver(const QHostAddress& nameserver);

    // domain: as the network knows it (lower case, IDNs in ACE form).
    void start(const QString& domain);
    void cancel();

signals:
    void finished(const Core::Domain::DomainPolicy& policy);

private:
    void collect(const QDnsLookup& answer);

    Account::DnsQuestions m_dns;
    QString m_domain;
    QStringList m_domainTexts;
    QHash<QString, QStringList> m_dmarcTexts; // by the domain they are published for
    int m_asked = 0;
    int m_answered = 0; // questions with an answer, "no such name" included
};

} // namespace Core::Domain
