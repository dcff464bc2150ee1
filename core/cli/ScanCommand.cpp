#include "cli/ScanCommand.h"

#include "cli/PasswordSource.h"
#include "cli/ReportJson.h"
#include "cli/RuntimeError.h"
#include "cli/UsageError.h"
#include "imap/MailboxScanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

#include <unistd.h>

namespace Core::Cli {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("Core::Cli::ScanCommand", text);
    }

} // namespace

int ScanCommand::run(const QStringList& arguments, QIODevice& out, QIODevice& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads an IMAP mailbox without changing it and says which messages are "
                                        "bounces for mail you never sent."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
        tr("imaps://host[:port], imap://host[:port] or imap+plain://127.0.0.1:port."), tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The account's user name."), tr("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), tr("Read the password from this file."), tr("FILE"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), tr("Read the password from this environment variable."), tr("VAR"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Extra trusted root certificates (PEM)."), tr("PEM"));
    const QCommandLineOption trustFingerprint(QStringLiteral("trust-fingerprint"), tr("Accept the server certificate with this SHA-256 fingerprint."), tr("SHA256"));
    const QCommandLineOption folder(QStringLiteral("folder"), tr("A folder to check (repeatable; default INBOX)."), tr("NAME"));
    const QCommandLineOption sent(QStringLiteral("sent"), tr("A folder of your sent mail (repeatable; default: the Sent folders found)."), tr("NAME"));
    const QCommandLineOption me(QStringLiteral("me"), tr("One of your own addresses (repeatable)."), tr("ADDRESS"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The cache and audit store."), tr("FILE"));
    parser.addOptions({ server, user, passwordFile, passwordEnv, caFile, trustFingerprint, folder, sent, me, db });
    if (!parser.parse(QStringList { QStringLiteral("neversent-cli scan") } + arguments))
        return UsageError::report(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.write(parser.helpText().toUtf8());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return UsageError::report(err, tr("scan takes no file names: \"%1\".").arg(parser.positionalArguments().first()));
    if (!parser.isSet(server) || !parser.isSet(user))
        return UsageError::report(err, tr("Give the mail server with --server and the user name with --user."));
    if (parser.isSet(passwordFile) == parser.isSet(passwordEnv))
        return UsageError::report(err, tr("Give the password with either --password-file or --password-env (never on the command line)."));
    QString error;
    const std::optional<Imap::ServerAddress> address = Imap::ServerAddress::parse(parser.value(server), &error);
    if (!address)
        return UsageError::report(err, error);
    if (parser.isSet(db))
        return RuntimeError::report(err, tr("The scan store (--db) is not available in this version yet; run scan without it."));
    const QString password = parser.isSet(passwordFile) ? PasswordSource::fromFile(parser.value(passwordFile), &error)
                                                        : PasswordSource::fromEnvironment(parser.value(passwordEnv), &error);
    if (password.isEmpty())
        return RuntimeError::report(err, error);

    Imap::TlsPolicy tls;
    if (parser.isSet(caFile)) {
        tls.extraRoots = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (tls.extraRoots.isEmpty())
            return RuntimeError::report(err, tr("No certificate could be read from %1; give a PEM file.").arg(parser.value(caFile)));
    }
    tls.trustedFingerprint = parser.value(trustFingerprint);

    QElapsedTimer clock;
    clock.start();
    Imap::ImapConnection connection;
    connection.setTlsPolicy(tls);
    if (!connection.connect(*address, parser.value(user), password, &error))
        return RuntimeError::report(err, error);

    const bool showProgress = isatty(STDERR_FILENO) == 1;
    Imap::MailboxScanner::Options options;
    options.folders = parser.values(folder);
    options.sentFolders = parser.values(sent);
    options.myAddresses = parser.values(me);
    Imap::MailboxScanner::Totals totals;
    const bool ok = Imap::MailboxScanner::run(connection, options,
        [&](const QString& folderName, const Imap::MailboxMessage& message, const Analysis::BounceReport& report,
            const Verdict::Judgement& judgement) {
            QJsonObject object = ReportJson::toJson(report, judgement);
            object.insert(QStringLiteral("folder"), folderName);
            object.insert(QStringLiteral("uid"), qint64(message.uid));
            out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        },
        [&](const QString& phase, int done, int) {
            if (showProgress)
                err.write(QStringLiteral("\r%1: %2").arg(phase).arg(done).toUtf8());
        },
        &totals, &error);
    if (showProgress)
        err.write("\n");
    connection.disconnect();
    if (!ok)
        return RuntimeError::report(err, error);
    QJsonObject summary {
        { QStringLiteral("scanned"), totals.scanned },
        { QStringLiteral("bounces"), totals.bounces },
        { QStringLiteral("backscatter"), totals.backscatter },
        { QStringLiteral("genuine"), totals.genuine },
        { QStringLiteral("unknown"), totals.unknown },
        { QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0 },
    };
    out.write(QJsonDocument(QJsonObject { { QStringLiteral("summary"), summary } }).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

} // namespace Core::Cli
