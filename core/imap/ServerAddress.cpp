#include "imap/ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace Core::Imap {

std::optional<ServerAddress> ServerAddress::parse(const QString& url, QString* error)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    ServerAddress address;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"imaps") {
        address.security = Security::ImplicitTls;
        address.port = 993;
    } else if (scheme == u"imap") {
        address.security = Security::StartTls;
        address.port = 143;
    } else if (scheme == u"imap+plain") {
        address.security = Security::Plain;
        address.port = 143;
    } else {
        *error = tr("\"%1\" is not a mail server address: write imaps://host, imap://host or "
                    "imap+plain://127.0.0.1:port.")
                     .arg(url);
        return std::nullopt;
    }
    if (!parsed.isValid() || parsed.host().isEmpty() || !parsed.userName().isEmpty()
        || (!parsed.path().isEmpty() && parsed.path() != u"/") || parsed.hasQuery() || parsed.hasFragment()) {
        *error
            = tr("\"%1\" is not a mail server address: write the scheme, the server name and at most a port.")
                  .arg(url);
        return std::nullopt;
    }
    address.host = parsed.host();
    const int port = parsed.port(-1);
    if (port == 0) {
        *error = tr("\"%1\" names port 0, which no server listens on.").arg(url);
        return std::nullopt;
    }
    if (port > 0)
        address.port = static_cast<quint16>(port);
    if (address.security == Security::Plain && !QHostAddress(address.host).isLoopback()) {
        *error = tr("imap+plain:// sends your password unencrypted, so it is only allowed to this computer "
                    "(127.0.0.1 or ::1). Use imaps:// or imap:// for %1.")
                     .arg(address.host);
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toString() const
{
    const QString scheme = security == Security::ImplicitTls ? QStringLiteral("imaps")
        : security == Security::StartTls                     ? QStringLiteral("imap")
                                                             : QStringLiteral("imap+plain");
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, bracketed).arg(port);
}

} // namespace Core::Imap
