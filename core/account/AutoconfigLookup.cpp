#include "account/AutoconfigLookup.h"

#include "account/AutoconfigParser.h"
#include "common/LogCategories.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace Core::Account {

namespace {

    constexpr std::chrono::seconds DefaultTimeout { 10 };
    constexpr int MaximumRedirects = 3;

} // namespace

AutoconfigLookup::AutoconfigLookup(QObject* parent)
    : QObject(parent)
    , m_network(this) // children, so that moveToThread() takes them along
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    // A coarse timer may fire 5% early: the lookup would give up on a server still in time.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_deadline.setInterval(DefaultTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (qsizetype index = 0; index < qsizetype(m_attempts.size()); ++index) {
            if (!m_attempts[std::size_t(index)].done)
                fail(index, QStringLiteral("no answer within %1 ms").arg(m_deadline.interval()));
        }
    });
}

AutoconfigLookup::~AutoconfigLookup()
{
    stopReplies();
}

void AutoconfigLookup::setNetworkOverrides(const NetworkOverrides& overrides)
{
    m_overrides = overrides;
    // A proxy from the environment would carry the test's requests off this computer.
    if (m_overrides.isActive())
        m_network.setProxy(QNetworkProxy::NoProxy);
}

void AutoconfigLookup::setTimeout(std::chrono::milliseconds timeout)
{
    m_deadline.setInterval(timeout);
}

void AutoconfigLookup::start(const QString& emailAddress, const QString& domain)
{
    cancel();
    m_running = true;
    m_emailAddress = emailAddress;

    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autoconfig.") + domain);
    first.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    // Encoded in full: a "+" left as it is reads as a space to many web servers.
    first.setQuery(
        QStringLiteral("emailaddress=") + QString::fromLatin1(QUrl::toPercentEncoding(emailAddress)));
    QUrl second;
    second.setScheme(QStringLiteral("https"));
    second.setHost(domain);
    second.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));

    m_attempts.clear();
    m_attempts.resize(2);
    m_attempts[0].url = first;
    m_attempts[1].url = second;
    m_deadline.start();
    for (qsizetype index = 0; index < qsizetype(m_attempts.size()) && m_running; ++index)
        request(index);
}

void AutoconfigLookup::cancel()
{
    m_running = false;
    ++m_run;
    m_deadline.stop();
    stopReplies();
    m_attempts.clear();
}

void AutoconfigLookup::request(qsizetype index)
{
    Attempt& attempt = m_attempts[std::size_t(index)];
    const QString host = attempt.url.host();
    const auto endpoint = m_overrides.endpointFor(host, 443);
    if (!endpoint) {
        // Under a test's route only: the host is not to be contacted. Decided on the next
        // turn of the event loop so that finished() never comes from inside start().
        QTimer::singleShot(0, this, [this, run = m_run, index, host] {
            if (m_running && run == m_run && !m_attempts[std::size_t(index)].done)
                fail(index, QStringLiteral("%1 is not reachable").arg(host));
        });
        return;
    }
    QUrl target = attempt.url;
    target.setHost(endpoint->host);
    if (endpoint->port != 443)
        target.setPort(endpoint->port);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("NeverSent/" NEVERSENT_VERSION));
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    if (m_overrides.isActive()) {
        // The test's server on loopback stands in for the host: name it in the request
        // and check its certificate against it. A redirect would leave the loopback.
        request.setRawHeader("Host", host.toUtf8());
        request.setPeerVerifyName(host);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    } else {
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    if (!m_overrides.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_overrides.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply* reply = m_network.get(request);
    attempt.reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, index] { readBody(index); });
    connect(reply, &QNetworkReply::finished, this, [this, index] { replyFinished(index); });
}

void AutoconfigLookup::readBody(qsizetype index)
{
    Attempt& attempt = m_attempts[std::size_t(index)];
    if (attempt.done || !attempt.reply)
        return;
    const QVariant announced = attempt.reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() > MaximumFileSize) {
        fail(index,
            QStringLiteral("the file is %1 bytes, more than a configuration file has")
                .arg(announced.toLongLong()));
        return;
    }
    attempt.body += attempt.reply->read(MaximumFileSize + 1 - attempt.body.size());
    if (attempt.body.size() > MaximumFileSize)
        fail(index, QStringLiteral("the file is larger than %1 bytes").arg(MaximumFileSize));
}

void AutoconfigLookup::replyFinished(qsizetype index)
{
    if (m_attempts[std::size_t(index)].done)
        return;
    readBody(index);
    // Reading may have ended the attempt, or the whole lookup.
    if (!m_running || m_attempts[std::size_t(index)].done)
        return;
    Attempt& attempt = m_attempts[std::size_t(index)];
    QNetworkReply* reply = attempt.reply;
    if (reply->error() != QNetworkReply::NoError) {
        fail(index, reply->errorString());
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(index, QStringLiteral("the server answered HTTP %1").arg(status));
        return;
    }
    QString error;
    const auto found = AutoconfigParser::parse(attempt.body, m_emailAddress, &error);
    if (!found) {
        fail(index, error);
        return;
    }
    qCInfo(lcAccount) << "autoconfig" << attempt.url.toDisplayString() << "names" << found->size()
                      << "IMAP server(s)";
    attempt.found = *found;
    attempt.done = true;
    attempt.reply = nullptr;
    reply->deleteLater();
    settle();
}

void AutoconfigLookup::fail(qsizetype index, const QString& reason)
{
    Attempt& attempt = m_attempts[std::size_t(index)];
    qCInfo(lcAccount) << "autoconfig" << attempt.url.toDisplayString() << "unusable:" << reason;
    attempt.done = true;
    dropReply(attempt);
    settle();
}

void AutoconfigLookup::settle()
{
    if (!m_running)
        return;
    QList<ServerCandidate> result;
    for (const Attempt& attempt : m_attempts) {
        if (!attempt.done)
            return;
        if (!attempt.found.isEmpty()) {
            result = attempt.found;
            break;
        }
    }
    // The other request may still run: it is left to end by itself (within its transfer
    // timeout) and read meanwhile, up to the size limit. Qt 6.4 reports an error twice, with a
    // warning, both for a reply aborted while its failure is on the way and for a failed
    // reply (a 404) nobody reads.
    m_running = false;
    ++m_run;
    m_deadline.stop();
    for (Attempt& attempt : m_attempts) {
        if (QNetworkReply* reply = attempt.reply) {
            reply->disconnect(this);
            if (reply->isFinished()) {
                reply->deleteLater();
                continue;
            }
            connect(reply, &QNetworkReply::readyRead, reply, [reply, drained = qint64(0)]() mutable {
                drained += reply->skip(reply->bytesAvailable());
                if (drained > MaximumFileSize)
                    reply->abort();
            });
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    }
    m_attempts.clear();
    emit finished(result);
}

void AutoconfigLookup::stopReplies()
{
    for (Attempt& attempt : m_attempts)
        dropReply(attempt);
}

void AutoconfigLookup::dropReply(Attempt& attempt)
{
    if (QNetworkReply* reply = std::exchange(attempt.reply, nullptr)) {
        reply->disconnect(this);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
}

} // namespace Core::Account
