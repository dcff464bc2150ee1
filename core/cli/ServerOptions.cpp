#include "cli/ServerOptions.h"

#include "cli/PasswordSource.h"
#include "cli/RuntimeError.h"
#include "cli/UsageError.h"
#include "store/Database.h"
#include "store/ScanCache.h"
#include "store/TrustedCertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>

#include <algorithm>

namespace Core::Cli {

ServerOptions::ServerOptions()
    : m_server(QStringLiteral("server"),
        tr("imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port."), tr("URL"))
    , m_user(QStringLiteral("user"), tr("The account's user name."), tr("NAME"))
    , m_passwordFile(QStringLiteral("password-file"), tr("Read the password from this file."), tr("FILE"))
    , m_passwordEnv(
          QStringLiteral("password-env"), tr("Read the password from this environment variable."), tr("VAR"))
    , m_accessTokenFile(QStringLiteral("access-token-file"),
          tr("Sign in with the OAuth2 access token in this file (instead of a password)."), tr("FILE"))
    , m_accessTokenEnv(QStringLiteral("access-token-env"),
          tr("Sign in with the OAuth2 access token in this environment variable (instead of a password)."),
          tr("VAR"))
    , m_caFile(QStringLiteral("ca-file"), tr("Extra trusted root certificates (PEM)."), tr("PEM"))
    , m_trustFingerprint(QStringLiteral("trust-fingerprint"),
          tr("Accept the server certificate with this SHA-256 fingerprint (and remember it for this "
             "server)."),
          tr("SHA256"))
    , m_db(QStringLiteral("db"), tr("The cache and audit store (default: in your cache directory)."),
          tr("FILE"))
{
}

std::optional<int> ServerOptions::parse(QCommandLineParser& parser, const QString& command,
    const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    parser.addHelpOption();
    parser.addOptions({ m_server, m_user, m_passwordFile, m_passwordEnv, m_accessTokenFile, m_accessTokenEnv,
        m_caFile, m_trustFingerprint, m_db });
    if (!parser.parse(QStringList { QStringLiteral("neversent-cli ") + command } + arguments))
        return UsageError::report(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    QString error;
    int exitCode = 0;
    if (!read(parser, &error, &exitCode))
        return exitCode == UsageError::ExitCode ? UsageError::report(err, error)
                                                : RuntimeError::report(err, error);
    if (!openStore(&error))
        return RuntimeError::report(err, error);
    return std::nullopt;
}

bool ServerOptions::read(const QCommandLineParser& parser, QString* error, int* exitCode)
{
    *exitCode = UsageError::ExitCode;
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("This command takes no file names: \"%1\".").arg(parser.positionalArguments().first());
        return false;
    }
    if (!parser.isSet(m_server) || !parser.isSet(m_user)) {
        *error = tr("Give the mail server with --server and the user name with --user.");
        return false;
    }
    const QList<const QCommandLineOption*> secrets { &m_passwordFile, &m_passwordEnv, &m_accessTokenFile,
        &m_accessTokenEnv };
    if (std::count_if(secrets.cbegin(), secrets.cend(),
            [&](const QCommandLineOption* option) { return parser.isSet(*option); })
        != 1) {
        *error = tr("Give the password with --password-file or --password-env, or an access token with "
                    "--access-token-file or --access-token-env: one of them, never on the command line.");
        return false;
    }
    const std::optional<Imap::ServerAddress> address
        = Imap::ServerAddress::parse(parser.value(m_server), error);
    if (!address)
        return false;
    m_address = *address;
    m_userName = parser.value(m_user);
    m_storePath = parser.isSet(m_db) ? parser.value(m_db) : Store::Database::defaultPath();

    *exitCode = RuntimeError::ExitCode;
    using Secret = PasswordSource::Secret;
    if (parser.isSet(m_passwordFile))
        m_credential = Imap::Credential::password(
            PasswordSource::fromFile(parser.value(m_passwordFile), Secret::Password, error));
    else if (parser.isSet(m_passwordEnv))
        m_credential = Imap::Credential::password(
            PasswordSource::fromEnvironment(parser.value(m_passwordEnv), Secret::Password, error));
    else if (parser.isSet(m_accessTokenFile))
        m_credential = Imap::Credential::accessToken(
            PasswordSource::fromFile(parser.value(m_accessTokenFile), Secret::AccessToken, error));
    else
        m_credential = Imap::Credential::accessToken(
            PasswordSource::fromEnvironment(parser.value(m_accessTokenEnv), Secret::AccessToken, error));
    if (m_credential.secret.isEmpty())
        return false;
    if (parser.isSet(m_caFile)) {
        m_tls.extraRoots = QSslCertificate::fromPath(parser.value(m_caFile), QSsl::Pem);
        if (m_tls.extraRoots.isEmpty()) {
            *error = tr("No certificate could be read from %1; give a PEM file.").arg(parser.value(m_caFile));
            return false;
        }
    }
    m_givenFingerprint = parser.value(m_trustFingerprint);
    return true;
}

bool ServerOptions::openStore(QString* error)
{
    if (!Store::Database::open(m_storePath, &m_database, error))
        return false;
    const std::optional<qint64> account
        = Store::ScanCache::accountId(m_database, m_address.toString(), m_userName, error);
    if (!account)
        return false;
    m_accountId = *account;
    return true;
}

bool ServerOptions::connect(Imap::ImapConnection& connection, QString* error)
{
    Store::TrustedCertificates trusted(m_database);
    const QStringList remembered = trusted.fingerprints(m_address.host, m_address.port);
    Imap::TlsPolicy policy = m_tls;
    policy.trustedFingerprints = remembered;
    if (!m_givenFingerprint.isEmpty())
        policy.trustedFingerprints.append(m_givenFingerprint);
    connection.setTlsPolicy(policy);
    if (!connection.connect(m_address, m_userName, m_credential, error)
        || !Store::ScanCache(m_database, m_accountId)
                .adoptFolderSeparator(connection.folderSeparator(), error))
        return false;
    const QString accepted = connection.tlsPolicy().acceptedFingerprint;
    if (!accepted.isEmpty() && !remembered.contains(accepted, Qt::CaseInsensitive))
        return trusted.remember(m_address.host, m_address.port, accepted, error);
    return true;
}

} // namespace Core::Cli
