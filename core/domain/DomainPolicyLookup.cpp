#include "domain/DomainPolicyLookup.h"

#include <QDnsTextRecord>

namespace Core::Domain {

DomainPolicyLookup::DomainPolicyLookup(QObject* parent)
    : QObject(parent)
    , m_dns(DefaultTimeout)
{
    connect(&m_dns, &Account::DnsQuestions::answered, this, &DomainPolicyLookup::collect);
    connect(&m_dns, &Account::DnsQuestions::done, this, [this](bool timedOut) {
        DomainPolicy policy = DomainPolicy::read(m_domain, m_domainTexts, m_dmarcTexts);
        policy.answered = !timedOut && m_answered == 2;
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
    m_dns.ask({ { QDnsLookup::TXT, m_domain }, { QDnsLookup::TXT, QStringLiteral("_dmarc.") + m_domain } });
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
    QStringList& texts
        = answer.name().startsWith(u"_dmarc.", Qt::CaseInsensitive) ? m_dmarcTexts : m_domainTexts;
    for (const QDnsTextRecord& record : answer.textRecords()) {
        // One record's strings are one text (RFC 7208 section 3.3).
        QByteArray joined;
        for (const QByteArray& part : record.values())
            joined += part;
        texts.append(QString::fromUtf8(joined));
    }
}

} // namespace Core::Domain
