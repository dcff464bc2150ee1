// Signing in with an OAuth2 access token instead of a password, against a real Dovecot
// whose oauth2 passdb checks each token with a test authorization server on loopback:
// neversent-cli with --access-token-env and --access-token-file, OAUTHBEARER where it is
// offered and XOAUTH2 where only that is; the token never in the trace; a refused token a
// plain error with exit code 1. Also a server that offers the OAuth mechanisms alone, as
// Microsoft's and Google's do, which vmime 0.9.2 by itself cannot log in to (GNU SASL knows
// neither, and vmime gives up when it cannot suggest one).
#include "CliRun.h"
#include "DovecotFixture.h"
#include "OAuthServerFixture.h"
#include "TraceCapture.h"
#include "imap/ImapConnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class AccessTokenTest : public QObject {
    Q_OBJECT

private:
    OAuthServerFixture m_authorization;
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<DovecotFixture>> m_servers; // by the mechanisms offered

    DovecotFixture& server(const QString& mechanisms)
    {
        auto& server = m_servers[mechanisms];
        if (!server) {
            server = std::make_unique<DovecotFixture>();
            server->setOAuth2(m_authorization.introspectionUrl(), mechanisms);
            QString error;
            if (server->addMessagesFrom(
                    QStringLiteral("INBOX"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX"), &error)
                    < 5
                || !server->start(&error))
                qWarning("%s", qPrintable(error));
        }
        return *server;
    }

    CliRun scan(const QString& mechanisms, const QStringList& secretOptions, const QString& secret)
    {
        const QStringList arguments = QStringList { QStringLiteral("scan"), QStringLiteral("--server"),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(server(mechanisms).plainPort()),
            QStringLiteral("--user"), QString::fromLatin1(DovecotFixture::User), QStringLiteral("--db"),
            m_dir.filePath(mechanisms + QStringLiteral(".sqlite")) }
            + secretOptions;
        // CliRun hands the secret over in NEVERSENT_TEST_PASSWORD.
        return CliRun::run(arguments, secret);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_authorization.start(&error), qPrintable(error));
    }

    void scansWithAnAccessToken_data()
    {
        QTest::addColumn<QString>("mechanisms");
        QTest::addColumn<bool>("fromFile");
        QTest::addRow("beside passwords, from the environment")
            << QStringLiteral("plain login xoauth2 oauthbearer") << false;
        QTest::addRow("beside passwords, from a file")
            << QStringLiteral("plain login xoauth2 oauthbearer") << true;
        QTest::addRow("XOAUTH2 beside PLAIN") << QStringLiteral("plain xoauth2") << false;
        QTest::addRow("only the OAuth mechanisms") << QStringLiteral("xoauth2 oauthbearer") << false;
        QTest::addRow("only XOAUTH2") << QStringLiteral("xoauth2") << true;
    }

    void scansWithAnAccessToken()
    {
        QFETCH(QString, mechanisms);
        QFETCH(bool, fromFile);
        const QString token = m_authorization.issueAccessToken(QString::fromLatin1(DovecotFixture::User));
        QStringList options { QStringLiteral("--access-token-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD") };
        if (fromFile) {
            QFile file(m_dir.filePath(QStringLiteral("token")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(token.toUtf8() + '\n');
            file.close();
            options = QStringList { QStringLiteral("--access-token-file"), file.fileName() };
        }
        const int checkedBefore = m_authorization.introspections();
        const CliRun run = scan(mechanisms, options, token);
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText + server(mechanisms).log()));
        QVERIFY(run.summary().value(u"scanned").toInt() > 5);
        // Dovecot asked the authorization server: the token, not a password, let it in.
        QVERIFY(m_authorization.introspections() > checkedBefore);
    }

    void theMechanismAndTheTraceWithoutTheToken_data()
    {
        QTest::addColumn<QString>("mechanisms");
        QTest::addColumn<QString>("expected");
        QTest::addRow("OAUTHBEARER where offered")
            << QStringLiteral("plain login xoauth2 oauthbearer") << QStringLiteral("OAUTHBEARER");
        QTest::addRow("XOAUTH2 where only it is")
            << QStringLiteral("plain xoauth2") << QStringLiteral("XOAUTH2");
        QTest::addRow("OAUTHBEARER where nothing else is")
            << QStringLiteral("xoauth2 oauthbearer") << QStringLiteral("OAUTHBEARER");
        QTest::addRow("XOAUTH2 where nothing else is")
            << QStringLiteral("xoauth2") << QStringLiteral("XOAUTH2");
    }

    void theMechanismAndTheTraceWithoutTheToken()
    {
        QFETCH(QString, mechanisms);
        QFETCH(QString, expected);
        const QString token = m_authorization.issueAccessToken(QString::fromLatin1(DovecotFixture::User));
        TraceCapture trace;
        Imap::ImapConnection connection;
        QString error;
        QString parseError;
        const auto address = Imap::ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(server(mechanisms).plainPort()), &parseError);
        QVERIFY2(connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                     Imap::Credential::accessToken(token), &error),
            qPrintable(error));
        QCOMPARE(trace.sent(QStringLiteral("AUTHENTICATE ") + expected).size(), 1);
        QCOMPARE(trace.logins(), 1);
        QVERIFY(!trace.text().contains(token));
        QVERIFY(!trace.text().contains(QString::fromLatin1(token.toUtf8().toBase64())));
    }

    void aRefusedTokenIsAPlainErrorAndExitCode1_data()
    {
        QTest::addColumn<QString>("mechanisms");
        QTest::addRow("OAUTHBEARER") << QStringLiteral("plain login xoauth2 oauthbearer");
        QTest::addRow("XOAUTH2") << QStringLiteral("plain xoauth2");
        QTest::addRow("only the OAuth mechanisms") << QStringLiteral("xoauth2 oauthbearer");
    }

    void aRefusedTokenIsAPlainErrorAndExitCode1()
    {
        QFETCH(QString, mechanisms);
        const QString token = m_authorization.issueAccessToken(QString::fromLatin1(DovecotFixture::User));
        m_authorization.revoke(token);
        const CliRun run = scan(mechanisms,
            { QStringLiteral("--access-token-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD") }, token);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.stderrText.count(u'\n'), 1);
        QVERIFY2(
            run.stderrText.contains(u"access token was refused or has expired"), qPrintable(run.stderrText));
        QVERIFY(!run.stderrText.contains(token));
    }

    void aServerWithoutOAuthSaysSo()
    {
        const QString token = m_authorization.issueAccessToken(QString::fromLatin1(DovecotFixture::User));
        const CliRun run = scan(QStringLiteral("plain login"),
            { QStringLiteral("--access-token-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD") }, token);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(u"does not offer a sign-in with an access token"),
            qPrintable(run.stderrText));
    }

    void aPasswordForAServerThatTakesOnlyTokensSaysSo()
    {
        const CliRun run = scan(QStringLiteral("xoauth2 oauthbearer"),
            { QStringLiteral("--password-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD") },
            QString::fromLatin1(DovecotFixture::Password));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.stderrText.count(u'\n'), 1);
        QVERIFY2(run.stderrText.contains(u"does not take a password"), qPrintable(run.stderrText));
    }

    void aPasswordAndATokenExcludeEachOther()
    {
        const CliRun run = scan(QStringLiteral("plain login xoauth2 oauthbearer"),
            { QStringLiteral("--access-token-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD"),
                QStringLiteral("--password-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD") },
            QStringLiteral("x"));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.stderrText.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(AccessTokenTest)
#include "AccessTokenTest.moc"
