#include "account/SrvLookup.h"

#include "account/AutoconfigParser.h"
#include "common/LogCategories.h"

#include <QDnsLookup>

#include <algorithm>

namespace Core::Account {

namespace {

    constexpr std::chrono::seconds DefaultTimeout { 10 };

} // namespace

SrvLookup::SrvLookup(QObject* parent)
    : QObject(parent)
    , m_deadline(this) // a child, so that moveToThread() takes it along
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DefaultTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcAccount) << "SRV lookup: no full answer within" << m_deadline.interval() << "ms";
        finish();
    });
}

SrvLookup::~SrvLookup()
{
    cancel();
}

void SrvLookup::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_overrides = overrides;
}

void SrvLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void SrvLookup::start(const QString& emailAddress, const QString& domain)
{
    cancel();
    m_running = true;
    m_emailAddress = emailAddress;
    if (m_overrides.isActive() && m_overrides.nameserver.isNull()) {
        // A test without its own DNS server: the real ones are not to be asked.
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (m_running && run == m_run)
                finish();
        });
        return;
    }
    m_deadline.start();
    m_pending = 2;
    m_implicitTls = ask(QStringLiteral("_imaps._tcp.") + domain);
    connect(m_implicitTls.get(), &QDnsLookup::finished, this,
        [this] { collect(m_implicitTls.get(), Core::Imap::ServerAddress::Security::ImplicitTls); });
    m_startTls = ask(QStringLiteral("_imap._tcp.") + domain);
    connect(m_startTls.get(), &QDnsLookup::finished, this,
        [this] { collect(m_startTls.get(), Core::Imap::ServerAddress::Security::StartTls); });
    m_implicitTls->lookup();
    m_startTls->lookup();
}

void SrvLookup::cancel()
{
    m_running = false;
    ++m_run;
    m_deadline.stop();
    for (auto* lookup : { &m_implicitTls, &m_startTls }) {
        if (*lookup) {
            (*lookup)->disconnect(this);
            (*lookup)->abort();
            // The lookup runs on a thread of Qt's pool; deleteLater lets it wind down.
            lookup->release()->deleteLater();
        }
    }
    m_records.clear();
    m_pending = 0;
}

std::unique_ptr<QDnsLookup> SrvLookup::ask(const QString& name)
{
    auto lookup = std::make_unique<QDnsLookup>(QDnsLookup::SRV, name);
    if (!m_overrides.nameserver.isNull())
        lookup->setNameserver(m_overrides.nameserver);
    return lookup;
}

void SrvLookup::collect(QDnsLookup* lookup, Core::Imap::ServerAddress::Security security)
{
    if (lookup->error() != QDnsLookup::NoError) {
        qCInfo(lcAccount) << "SRV" << lookup->name() << lookup->errorString();
    } else {
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            QString target = record.target();
            if (target.endsWith(u'.'))
                target.chop(1);
            if (target.isEmpty() || record.port() == 0)
                continue; // "." : the service is decidedly not offered
            if (!AutoconfigParser::isValidHostName(target)) {
                qCInfo(lcAccount) << "SRV" << lookup->name() << "names an impossible host"
                                  << target.left(100);
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
    if (--m_pending == 0)
        finish();
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
    cancel();
    emit finished(candidates);
}

} // namespace Core::Account
