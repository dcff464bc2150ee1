// Testing an account against a real Dovecot on loopback: each kind of failure comes back
// as its kind, in plain words, and a certificate nobody vouches for with its fingerprint.
#include "account/ConnectionTester.h"
#include "DovecotFixture.h"
#include "imap/TlsPolicy.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Core;
using namespace Core::Account;
using namespace std::chrono_literals;

class ConnectionTesterTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;

    static Imap::ServerAddress address(const QString& url)
    {
        QString error;
        return Imap::ServerAddress::parse(url, &error).value_or(Imap::ServerAddress {});
    }

    QString serverFingerprint() const
    {
        return Imap::TlsPolicy::fingerprintOf(QSslCertificate::fromPath(m_server.certificatePath()).value(0));
    }

    static ConnectionTester::Result run(ConnectionTester& tester, const Imap::ServerAddress& where,
        const QString& password, const QStringList& trusted = {})
    {
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(where, QString::fromLatin1(DovecotFixture::User),
            Core::Imap::Credential::password(password), trusted);
        if (!tester.isRunning() || !finished.wait(60000) || finished.size() != 1)
            return { ConnectionTester::Problem::Other, QStringLiteral("<no single report>"), QString() };
        return finished.first().at(0).value<ConnectionTester::Result>();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<bool>("trustTheFingerprint");
        QTest::addColumn<ConnectionTester::Problem>("problem");
        QTest::addColumn<QString>("saying");
        const QString plain = QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort());
        const QString tls = QStringLiteral("imaps://localhost:%1").arg(m_server.tlsPort());
        const QString startTls = QStringLiteral("imap://localhost:%1").arg(m_server.plainPort());
        QTest::newRow("right password")
            << plain << true << false << ConnectionTester::Problem::None << QString();
        QTest::newRow("wrong password") << plain << false << false << ConnectionTester::Problem::LoginRefused
                                        << QStringLiteral("did not accept the user name or password");
        QTest::newRow("self-made certificate")
            << tls << true << false << ConnectionTester::Problem::Certificate
            << QStringLiteral("Trust this certificate only if");
        QTest::newRow("self-made certificate, trusted")
            << tls << true << true << ConnectionTester::Problem::None << QString();
        QTest::newRow("STARTTLS, self-made certificate")
            << startTls << true << false << ConnectionTester::Problem::Certificate
            << QStringLiteral("Trust this certificate only if");
        QTest::newRow("STARTTLS, trusted, wrong password")
            << startTls << false << true << ConnectionTester::Problem::LoginRefused
            << QStringLiteral("did not accept the user name or password");
    }

    void outcomes()
    {
        QFETCH(QString, url);
        QFETCH(bool, rightPassword);
        QFETCH(bool, trustTheFingerprint);
        QFETCH(ConnectionTester::Problem, problem);
        QFETCH(QString, saying);
        ConnectionTester tester;
        const ConnectionTester::Result result = run(tester, address(url),
            rightPassword ? QString::fromLatin1(DovecotFixture::Password) : QStringLiteral("wrong"),
            trustTheFingerprint ? QStringList { serverFingerprint() } : QStringList());
        QVERIFY2(result.problem == problem, qPrintable(result.message + m_server.log()));
        if (saying.isEmpty())
            QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        else
            QVERIFY2(result.message.contains(saying), qPrintable(result.message));
        if (problem == ConnectionTester::Problem::Certificate) {
            QCOMPARE(result.fingerprint, serverFingerprint());
            QVERIFY2(result.message.contains(result.fingerprint), qPrintable(result.message));
            QVERIFY2(
                !result.message.contains(QStringLiteral("--trust-fingerprint")), qPrintable(result.message));
        } else {
            QVERIFY(result.fingerprint.isEmpty());
        }
        QVERIFY(!tester.isRunning());
    }

    void nothingListening()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        ConnectionTester tester;
        const auto result = run(tester, address(QStringLiteral("imap+plain://127.0.0.1:%1").arg(closedPort)),
            QStringLiteral("x"));
        QCOMPARE(result.problem, ConnectionTester::Problem::CannotReach);
        QVERIFY2(result.message.contains(QStringLiteral("Cannot reach")), qPrintable(result.message));
    }

    // A server that takes the connection and never greets.
    void silentServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionTester tester;
        tester.setNoProgressTimeout(500ms);
        const auto result
            = run(tester, address(QStringLiteral("imap+plain://127.0.0.1:%1").arg(silent.serverPort())),
                QStringLiteral("x"));
        QCOMPARE(result.problem, ConnectionTester::Problem::Timeout);
        QVERIFY2(result.message.contains(QStringLiteral("stopped answering")), qPrintable(result.message));
    }

    // A web server (or anything else) on the port: it answers, but not in IMAP.
    void notAMailServer()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        connect(&other, &QTcpServer::newConnection, &other, [&other] {
            QTcpSocket* socket = other.nextPendingConnection();
            socket->write("HTTP/1.1 400 Bad Request\r\n\r\n");
        });
        ConnectionTester tester;
        tester.setNoProgressTimeout(2s);
        const auto result
            = run(tester, address(QStringLiteral("imap+plain://127.0.0.1:%1").arg(other.serverPort())),
                QStringLiteral("x"));
        QVERIFY2(result.problem == ConnectionTester::Problem::NotImap, qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("not a mail server")), qPrintable(result.message));
    }

    // A second start() replaces the first: one report, the newest's, and the first
    // test (held up by a silent server) is cancelled instead of waited out.
    void onlyTheNewestTestReports()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionTester tester;
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(address(QStringLiteral("imap+plain://127.0.0.1:%1").arg(silent.serverPort())),
            QString::fromLatin1(DovecotFixture::User), Core::Imap::Credential::password(QStringLiteral("x")));
        QTRY_VERIFY(silent.hasPendingConnections());
        tester.start(address(QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort())),
            QString::fromLatin1(DovecotFixture::User),
            Core::Imap::Credential::password(QString::fromLatin1(DovecotFixture::Password)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).value<ConnectionTester::Result>().problem,
            ConnectionTester::Problem::None);
    }
};

QTEST_GUILESS_MAIN(ConnectionTesterTest)
#include "ConnectionTesterTest.moc"
