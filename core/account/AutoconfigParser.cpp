#include "account/AutoconfigParser.h"

#include "oauth/ProviderProfile.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace Core::Account {

namespace {

    struct IncomingServer {
        QString hostname;
        QString port;
        QString socketType;
        QString username;
        QStringList authentication;
    };

    QString expandPlaceholders(QString text, const QString& emailAddress)
    {
        const qsizetype at = emailAddress.lastIndexOf(u'@');
        text.replace(QLatin1String("%EMAILADDRESS%"), emailAddress);
        text.replace(QLatin1String("%EMAILLOCALPART%"), emailAddress.left(at));
        text.replace(QLatin1String("%EMAILDOMAIN%"), emailAddress.mid(at + 1));
        return text;
    }

    IncomingServer readIncomingServer(QXmlStreamReader& reader)
    {
        IncomingServer server;
        while (reader.readNextStartElement()) {
            const auto name = reader.name();
            if (name == u"hostname")
                server.hostname = reader.readElementText().trimmed();
            else if (name == u"port")
                server.port = reader.readElementText().trimmed();
            else if (name == u"socketType")
                server.socketType = reader.readElementText().trimmed();
            else if (name == u"username")
                server.username = reader.readElementText().trimmed();
            else if (name == u"authentication")
                server.authentication.append(reader.readElementText().trimmed());
            else
                reader.skipCurrentElement();
        }
        return server;
    }

    // Whether this program can log in there with the user's password: OAuth2 (except with
    // the providers it has a browser sign-in for), Kerberos, NTLM, client certificates and
    // "by network address" are ways it does not have.
    bool takesPassword(const QStringList& authentication)
    {
        if (authentication.isEmpty())
            return true;
        static const QStringList passwordKinds = { QStringLiteral("password-cleartext"),
            QStringLiteral("plain"), QStringLiteral("password-encrypted"), QStringLiteral("secure") };
        for (const QString& kind : authentication) {
            if (passwordKinds.contains(kind, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    std::optional<ServerCandidate> toCandidate(
        const IncomingServer& server, const QString& emailAddress, QString* refusal)
    {
        const QString host = expandPlaceholders(server.hostname, emailAddress);
        if (!AutoconfigParser::isValidHostName(host)) {
            *refusal = QStringLiteral("host name \"%1\" is not a host name").arg(host.left(100));
            return std::nullopt;
        }
        bool numeric = false;
        const uint port = server.port.toUInt(&numeric);
        if (!numeric || port == 0 || port > 65535) {
            *refusal = QStringLiteral("port \"%1\" of %2 is not a port").arg(server.port.left(20), host);
            return std::nullopt;
        }
        ServerCandidate candidate;
        if (server.socketType.compare(u"SSL", Qt::CaseInsensitive) == 0) {
            candidate.address.security = Core::Imap::ServerAddress::Security::ImplicitTls;
        } else if (server.socketType.compare(u"STARTTLS", Qt::CaseInsensitive) == 0) {
            candidate.address.security = Core::Imap::ServerAddress::Security::StartTls;
        } else {
            *refusal = QStringLiteral("%1:%2 is offered without encryption (\"%3\")")
                           .arg(host)
                           .arg(port)
                           .arg(server.socketType.left(20));
            return std::nullopt;
        }
        const auto profile = OAuth::ProviderProfiles::builtIn().forImapHost(host);
        const bool oauth2 = server.authentication.contains(QStringLiteral("OAuth2"), Qt::CaseInsensitive);
        if (!takesPassword(server.authentication) && !(oauth2 && profile)) {
            *refusal = QStringLiteral("%1:%2 only takes %3")
                           .arg(host)
                           .arg(port)
                           .arg(server.authentication.join(u", ").left(100));
            return std::nullopt;
        }
        candidate.address.host = host.toLower();
        candidate.address.port = static_cast<quint16>(port);
        candidate.user
            = server.username.isEmpty() ? emailAddress : expandPlaceholders(server.username, emailAddress);
        candidate.source = QStringLiteral("autoconfig");
        candidate.browserSignIn = profile ? profile->id : QString();
        return candidate;
    }

} // namespace

bool AutoconfigParser::isValidHostName(const QString& host)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-"
                       "z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.match(host).hasMatch() || !QHostAddress(host).isNull();
}

std::optional<QList<ServerCandidate>> AutoconfigParser::parse(
    const QByteArray& xml, const QString& emailAddress, QString* error)
{
    QXmlStreamReader reader(xml);
    QList<ServerCandidate> candidates;
    QStringList refusals;
    bool sawClientConfig = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = QStringLiteral("the file declares a DTD, which configuration files never need");
            return std::nullopt;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawClientConfig) {
            if (reader.name() != u"clientConfig") {
                *error = QStringLiteral("not a mail configuration file (root element %1)")
                             .arg(reader.name().left(50));
                return std::nullopt;
            }
            sawClientConfig = true;
            continue;
        }
        if (reader.name() != u"incomingServer")
            continue;
        if (reader.attributes().value(QLatin1String("type")) != u"imap") {
            reader.skipCurrentElement();
            continue;
        }
        QString refusal;
        const auto candidate = toCandidate(readIncomingServer(reader), emailAddress, &refusal);
        if (!candidate) {
            refusals.append(refusal);
            continue;
        }
        const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
            [&](const ServerCandidate& other) { return other.sameServerAs(*candidate); });
        if (!known)
            candidates.append(*candidate);
    }
    if (reader.hasError()) {
        *error
            = QStringLiteral("broken XML at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return std::nullopt;
    }
    if (!sawClientConfig) {
        *error = QStringLiteral("empty file");
        return std::nullopt;
    }
    if (candidates.isEmpty()) {
        *error = refusals.isEmpty() ? QStringLiteral("no IMAP server in the file")
                                    : QStringLiteral("no usable IMAP server: %1").arg(refusals.join(u"; "));
        return std::nullopt;
    }
    return candidates;
}

} // namespace Core::Account
