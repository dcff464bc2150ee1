#include "account/SrvLookup.h"

#include "account/AutoconfigParser.h"
#include "common/LogCategories.h"

#include <algorithm>

namespace Core::Account {

namespace {

    constexpr std::chrono::seconds DefaultTimeout { 10 };

} // namespace

SrvLookup::SrvLookup(QObject* parent)
    : QObject(parent)
    , m_dns(DefaultTimeout, this) // a child, so that moveToThread() takes it along
{
    connect(&m_dns, &DnsQuestions::answered, this, &SrvLookup::collect);
    connect(&m_dns, &DnsQuestions::done, this, &SrvLookup::finish);
}

SrvLookup::~SrvLookup() = default;

void SrvLookup::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_dns.setNetworkOverrides(overrides);
}

void SrvLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_dns.setTimeout(timeout);
}

void SrvLookup::start(const QString& emailAddress, const QString& domain)
{
    m_emailAddress = emailAddress;
    m_records.clear();
    m_implicitTlsName = QStringLiteral("_imaps._tcp.") + domain;
    m_dns.ask({ { QDnsLookup::SRV, m_implicitTlsName },
        { QDnsLookup::SRV, QStringLiteral("_imap._tcp.") + domain } });
}

void SrvLookup::cancel()
{
    m_dns.cancel();
}

void SrvLookup::collect(const QDnsLookup& answer)
{
    const auto security = answer.name() == m_implicitTlsName
        ? Core::Imap::ServerAddress::Security::ImplicitTls
        : Core::Imap::ServerAddress::Security::StartTls;
    {
        for (const QDnsServiceRecord& record : answer.serviceRecords()) {
            QString target = record.target();
            if (target.endsWith(u'.'))
                target.chop(1);
            if (target.isEmpty() || record.port() == 0)
                continue; // "." : the service is decidedly not offered
            if (!AutoconfigParser::isValidHostName(target)) {
                qCInfo(lcAccount) << "SRV" << answer.name() << "names an impossible host" << target.left(100);
                continue;
            }
            Record found;
            found.candidate.address.security = security;
            found.candidate.address.host = target.toLower();
            found.candidate.address.port = record.port();
            found.candidate.user = m_emailAddress;
            found.candidate.source = QStringLiteral("srv");
            found.priority = record.priority();
            found.weight = record.weight();
            m_records.append(found);
        }
    }
}

void SrvLookup::finish()
{
    QList<Record> records = m_records;
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        const bool aImplicit
            = a.candidate.address.security == Core::Imap::ServerAddress::Security::ImplicitTls;
        const bool bImplicit
            = b.candidate.address.security == Core::Imap::ServerAddress::Security::ImplicitTls;
        if (aImplicit != bImplicit)
            return aImplicit;
        return a.weight > b.weight;
    });
    QList<ServerCandidate> candidates;
    for (const Record& record : std::as_const(records)) {
        const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
            [&](const ServerCandidate& other) { return other.sameServerAs(record.candidate); });
        if (!known)
            candidates.append(record.candidate);
    }
    m_records.clear();
    emit finished(candidates);
}

} // namespace Core::Account
