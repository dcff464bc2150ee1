#include "domain/DomainPolicyLookup.h"

#include <QDnsTextRecord>

namespace Core::Domain {

DomainPolicyLookup::DomainPolicyLookup(QObject* parent)
    : QObject(parent)
    , m_dns(DefaultTimeout)
{
    connect(&m_dns, &Account::DnsQuestions::answered, this, &DomainPolicyLookup::collect);
    connect(&m_dns, &Account::DnsQuestions::done, this, [this](bool timedOut) {
        // The nearest record up the tree is the one receiving servers use.
        QString dmarcDomain = m_domain;
        for (const QString& name : DomainPolicy::dmarcCandidates(m_domain)) {
            if (DomainPolicy::hasDmarcRecord(m_dmarcTexts.value(name))) {
                dmarcDomain = name;
                break;
            }
        }
        DomainPolicy policy
            = DomainPolicy::read(m_domain, m_domainTexts, m_dmarcTexts.value(dmarcDomain), dmarcDomain);
        policy.answered = !timedOut && m_answered == m_asked;
        emit finished(policy);
    });
}

void DomainPolicyLookup::setNetworkOverrides(const Account::NetworkOverrides& overrides)
{
    m_dns.setNetworkOverrides(overrides);
}

void DomainPolicyLookup::setNameserver(const QHostAddress& nameserver)
{
    m_dns.setNameserver(nameserver);
}

void DomainPolicyLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_dns.setTimeout(timeout);
}

void DomainPolicyLookup::start(const QString& domain)
{
    m_domain = domain.toLower();
    m_domainTexts.clear();
    m_dmarcTexts.clear();
    m_answered = 0;
    QList<Account::DnsQuestions::Question> questions { { QDnsLookup::TXT, m_domain } };
    for (const QString& name : DomainPolicy::dmarcCandidates(m_domain))
        questions.append({ QDnsLookup::TXT, QStringLiteral("_dmarc.") + name });
    m_asked = int(questions.size());
    m_dns.ask(questions);
}

void DomainPolicyLookup::cancel()
{
    m_dns.cancel();
}

void DomainPolicyLookup::collect(const QDnsLookup& answer)
{
    if (answer.error() != QDnsLookup::NoError && answer.error() != QDnsLookup::NotFoundError)
        return;
    ++m_answered;
    const QString name = answer.name().toLower();
    const QLatin1String dmarc("_dmarc.");
    QStringList& texts = name.startsWith(dmarc) ? m_dmarcTexts[name.sliced(dmarc.size())] : m_domainTexts;
    for (const QDnsTextRecord& record : answer.textRecords()) {
        // One record's strings are one text (RFC 7208 section 3.3).
        QByteArray joined;
        for (const QByteArray& part : record.values())
            joined += part;
        texts.append(QString::fromUtf8(joined));
    }
}

} // namespace Core::Domain
