#pragma once

#include "imap/ImapConnection.h"
#include "imap/ServerAddress.h"
#include "imap/TlsPolicy.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QIODevice;

namespace Core::Cli {

// The options scan, clean and undo share (docs/cli.md): which server, as whom, which
// certificates to trust, which store. Also opens the store and connects, so that all
// three commands trust, remember and fail alike.
class ServerOptions {
    Q_DECLARE_TR_FUNCTIONS(Core::Cli::ServerOptions)

public:
    ServerOptions();

    // Adds these options to parser (the command's own are added before), parses, prints
    // --help or a usage or runtime error as the contract says: an exit code when the
    // command ends here, nothing when it goes on.
    std::optional<int> parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
        QIODevice& out, QIODevice& err);

    // The store (--db, else the user's cache directory) and this account's row in it.
    bool openStore(QString* error);
    QSqlDatabase database() const { return m_database; }
    qint64 accountId() const { return m_accountId; }

    // Connects with the certificates the user trusts: --ca-file, --trust-fingerprint and
    // the fingerprints accepted for this server before. A fingerprint given here that let
    // the connection through is remembered for the server.
    bool connect(Imap::ImapConnection& connection, QString* error);

    const Imap::ServerAddress& address() const { return m_address; }
    const QString& userName() const { return m_userName; }

private:
    bool read(const QCommandLineParser& parser, QString* error, int* exitCode);

    QCommandLineOption m_server;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_passwordEnv;
    QCommandLineOption m_accessTokenFile;
    QCommandLineOption m_accessTokenEnv;
    QCommandLineOption m_caFile;
    QCommandLineOption m_trustFingerprint;
    QCommandLineOption m_db;

    Imap::ServerAddress m_address;
    QString m_userName;
    Imap::Credential m_credential;
    QString m_storePath;
    Imap::TlsPolicy m_tls;
    QString m_givenFingerprint;
    QSqlDatabase m_database;
    qint64 m_accountId = 0;
};

} // namespace Core::Cli
