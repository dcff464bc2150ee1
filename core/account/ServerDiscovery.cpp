#include "account/ServerDiscovery.h"

#include "oauth/ProviderProfile.h"

#include "account/AutoconfigParser.h"
#include "account/ProviderTable.h"
#include "common/LogCategories.h"

#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Core::Account {

ServerDiscovery::ServerDiscovery(QObject* parent)
    : QObject(parent)
    , m_autoconfig(this) // children, so that moveToThread() takes them along
    , m_srv(this)
    , m_probe(this)
{
    qRegisterMetaType<ServerCandidate>();
    qRegisterMetaType<QList<ServerCandidate>>();
    connect(
        &m_autoconfig, &AutoconfigLookup::finished, this, [this](const QList<ServerCandidate>& candidates) {
            if (candidates.isEmpty())
                askSrv();
            else
                finish(candidates);
        });
    connect(&m_srv, &SrvLookup::finished, this, [this](const QList<ServerCandidate>& candidates) {
        if (candidates.isEmpty())
            askMx();
        else
            finish(candidates);
    });
    connect(&m_mx, &MxLookup::finished, this, [this](const QList<ServerCandidate>& candidates) {
        if (candidates.isEmpty())
            probeUsualNames();
        else
            finish(candidates);
    });
    connect(&m_probe, &HostProbe::finished, this,
        [this](const QList<ServerCandidate>& candidates) { finish(candidates); });
}

void ServerDiscovery::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_autoconfig.setNetworkOverrides(overrides);
    m_srv.setNetworkOverrides(overrides);
    m_mx.setNetworkOverrides(overrides);
    m_probe.setNetworkOverrides(overrides);
}

void ServerDiscovery::setTimeouts(std::chrono::milliseconds lookup, std::chrono::milliseconds probe)
{
    m_autoconfig.setTimeout(lookup);
    m_srv.setTimeout(lookup);
    m_mx.setTimeout(lookup);
    m_probe.setTimeout(probe);
}

void ServerDiscovery::start(const QString& emailAddress)
{
    cancel();
    m_running = true;
    m_emailAddress = emailAddress.trimmed();
    const qsizetype at = m_emailAddress.lastIndexOf(u'@');
    m_shownDomain = at > 0 ? m_emailAddress.mid(at + 1) : QString();
    m_domain = QString::fromLatin1(QUrl::toAce(m_shownDomain.toLower()));
    if (m_domain.endsWith(u'.'))
        m_domain.chop(1);
    if (m_domain.isEmpty() || !AutoconfigParser::isValidHostName(m_domain) || m_emailAddress.contains(u' ')) {
        qCInfo(lcAccount) << "discovery: not an email address:" << m_emailAddress.left(100);
        finishLater({});
        return;
    }

    emit progress(tr("Looking for %1 among the well-known mail services...").arg(m_shownDomain));
    const QList<ServerCandidate> known = ProviderTable::builtIn().candidatesFor(m_emailAddress);
    if (!known.isEmpty()) {
        finishLater(known);
        return;
    }
    askAutoconfig();
}

void ServerDiscovery::cancel()
{
    m_running = false;
    ++m_run;
    m_autoconfig.cancel();
    m_srv.cancel();
    m_mx.cancel();
    m_probe.cancel();
}

void ServerDiscovery::askAutoconfig()
{
    emit progress(tr("Asking %1 for its mail settings...").arg(m_shownDomain));
    m_autoconfig.start(m_emailAddress, m_domain);
}

void ServerDiscovery::askSrv()
{
    emit progress(
        tr("Looking up the mail server of %1 in the internet's address book...").arg(m_shownDomain));
    m_srv.start(m_emailAddress, m_domain);
}

void ServerDiscovery::askMx()
{
    emit progress(tr("Looking up who receives the mail of %1...").arg(m_shownDomain));
    m_mx.start(m_emailAddress, m_domain);
}

void ServerDiscovery::probeUsualNames()
{
    emit progress(tr("Trying the usual mail server names of %1...").arg(m_shownDomain));
    QList<ServerCandidate> guesses;
    for (const QString& host :
        { QStringLiteral("imap.") + m_domain, QStringLiteral("mail.") + m_domain, m_domain }) {
        for (const auto security : { Core::Imap::ServerAddress::Security::ImplicitTls,
                 Core::Imap::ServerAddress::Security::StartTls }) {
            ServerCandidate guess;
            guess.address.security = security;
            guess.address.host = host;
            guess.address.port = security == Core::Imap::ServerAddress::Security::ImplicitTls ? 993 : 143;
            guess.user = m_emailAddress;
            guess.source = QStringLiteral("guess");
            guesses.append(guess);
        }
    }
    m_probe.start(guesses);
}

void ServerDiscovery::finishLater(const QList<ServerCandidate>& candidates)
{
    QTimer::singleShot(0, this, [this, run = m_run, candidates] {
        if (m_running && run == m_run)
            finish(candidates);
    });
}

void ServerDiscovery::finish(const QList<ServerCandidate>& candidates)
{
    QList<ServerCandidate> distinct;
    for (ServerCandidate candidate : candidates) {
        const bool known = std::any_of(distinct.cbegin(), distinct.cend(),
            [&](const ServerCandidate& other) { return other.sameServerAs(candidate); });
        if (known)
            continue;
        // However it was found, a server of Microsoft 365 or Google takes the browser sign-in.
        if (const auto profile = OAuth::ProviderProfiles::builtIn().forImapHost(candidate.address.host))
            candidate.browserSignIn = profile->id;
        distinct.append(candidate);
    }
    m_running = false;
    qCInfo(lcAccount) << "discovery:" << distinct.size() << "server(s) for" << m_shownDomain;
    emit finished(distinct);
}

} // namespace Core::Account
