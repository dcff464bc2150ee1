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
    , m_deadline(this) // a child, so that moveToThread() takes it along
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DefaultTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcAccount) << "MX lookup: no answer within" << m_deadline.interval() << "ms";
        finish({});
    });
}

MxLookup::~MxLookup()
{
    cancel();
}

void MxLookup::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_overrides = overrides;
}

void MxLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void MxLookup::start(const QString& emailAddress, const QString& domain)
{
    cancel();
    m_running = true;
    m_emailAddress = emailAddress;
    if (m_overrides.isActive() && m_overrides.nameserver.isNull()) {
        // A test without its own DNS server: the real ones are not to be asked.
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && run == m_run)
                finish({});
        });
        return;
    }
    m_lookup = std::make_unique<QDnsLookup>(QDnsLookup::MX, domain);
    if (!m_overrides.nameserver.isNull())
        m_lookup->setNameserver(m_overrides.nameserver);
    connect(m_lookup.get(), &QDnsLookup::finished, this, &MxLookup::collect);
    m_deadline.start();
    m_lookup->lookup();
}

void MxLookup::cancel()
{
    m_running = false;
    ++m_run;
    m_deadline.stop();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        // The lookup runs on a thread of Qt's pool; deleteLater lets it wind down.
        m_lookup.release()->deleteLater();
    }
}

void MxLookup::collect()
{
    if (m_lookup->error() != QDnsLookup::NoError) {
        qCInfo(lcAccount) << "MX" << m_lookup->name() << m_lookup->errorString();
        finish({});
        return;
    }
    QList<QDnsMailExchangeRecord> records = m_lookup->mailExchangeRecords();
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
        finish({ candidate });
        return;
    }
    finish({});
}

void MxLookup::finish(const QList<ServerCandidate>& candidates)
{
    if (!m_running)
        return;
    cancel();
    emit finished(candidates);
}

} // namespace Core::Account
