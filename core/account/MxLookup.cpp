#include "account/MxLookup.h"

#include "common/LogCategories.h"
#include "oauth/ProviderProfile.h"

#include <QDnsLookup>

#include <algorithm>

namespace Core::Account {

namespace {

    constexpr std::chrono::milliseconds DefaultTimeout { 5000 };

} // namespace

MxLookup::MxLookup(QObject* parent)
    : QObject(parent)
    , m_dns(DefaultTimeout, this) // a child, so that moveToThread() takes it along
{
    connect(&m_dns, &DnsQuestions::answered, this, &MxLookup::collect);
    connect(&m_dns, &DnsQuestions::done, this, [this] { emit finished(std::exchange(m_found, {})); });
}

MxLookup::~MxLookup() = default;

void MxLookup::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_dns.setNetworkOverrides(overrides);
}

void MxLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_dns.setTimeout(timeout);
}

void MxLookup::start(const QString& emailAddress, const QString& domain)
{
    m_emailAddress = emailAddress;
    m_found.clear();
    m_dns.ask({ { QDnsLookup::MX, domain } });
}

void MxLookup::cancel()
{
    m_dns.cancel();
}

void MxLookup::collect(const QDnsLookup& answer)
{
    QList<QDnsMailExchangeRecord> records = answer.mailExchangeRecords();
    std::stable_sort(
        records.begin(), records.end(), [](const QDnsMailExchangeRecord& a, const QDnsMailExchangeRecord& b) {
            return a.preference() < b.preference();
        });
    for (const QDnsMailExchangeRecord& record : std::as_const(records)) {
        const auto profile = OAuth::ProviderProfiles::builtIn().forMxHost(record.exchange());
        if (!profile || profile->imapHosts.isEmpty())
            continue;
        ServerCandidate candidate;
        candidate.address.security = Core::Imap::ServerAddress::Security::ImplicitTls;
        candidate.address.host = profile->imapHosts.first();
        candidate.address.port = 993;
        candidate.user = m_emailAddress;
        candidate.source = QStringLiteral("mx");
        candidate.providerName = profile->name;
        candidate.browserSignIn = profile->id;
        m_found = { candidate };
        return;
    }
}

} // namespace Core::Account
