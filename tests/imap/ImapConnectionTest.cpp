// Connecting through vmime to a real Dovecot on loopback.
#include "DovecotFixture.h"
#include "imap/ImapConnection.h"

#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace Core::Imap;

class ImapConnectionTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;

    ServerAddress plainAddress(quint16 port) const
    {
        QString error;
        return *ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(port), &error);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void listsFoldersWithTheirRoles()
    {
        ImapConnection connection;
        QString error;
        QVERIFY2(connection.connect(plainAddress(m_server.plainPort()), QString::fromLatin1(DovecotFixture::User),
                     QString::fromLatin1(DovecotFixture::Password), &error),
            qPrintable(error + m_server.log()));
        QVERIFY(connection.isConnected());
        const auto folders = connection.folders(&error);
        QVERIFY2(folders.has_value(), qPrintable(error));
        QMap<QString, QString> roles;
        for (const FolderInfo& folder : *folders)
            roles.insert(folder.path, FolderRoles::roleName(folder.role));
        QCOMPARE(roles.value(QStringLiteral("INBOX")), QStringLiteral("inbox"));
        QCOMPARE(roles.value(QStringLiteral("Sent")), QStringLiteral("sent"));
        QCOMPARE(roles.value(QStringLiteral("Trash")), QStringLiteral("trash"));
        connection.disconnect();
        QVERIFY(!connection.isConnected());
    }

    void wrongPasswordIsSaidPlainly()
    {
        ImapConnection connection;
        QString error;
        QVERIFY(!connection.connect(plainAddress(m_server.plainPort()), QString::fromLatin1(DovecotFixture::User),
            QStringLiteral("wrong"), &error));
        QVERIFY2(error.contains(QStringLiteral("did not accept the user name or password")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("wrong")));
        QVERIFY(!connection.isConnected());
    }

    void nobodyListeningIsSaidPlainly()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        ImapConnection connection;
        QString error;
        QVERIFY(!connection.connect(plainAddress(closedPort), QStringLiteral("sam"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot reach the mail server")), qPrintable(error));
    }

    void tls_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trustRoot");
        QTest::addColumn<QString>("fingerprint");
        QTest::addColumn<bool>("accepted");
        const QString right = QStringLiteral("right");
        QTest::newRow("self-made certificate refused") << QStringLiteral("localhost") << false << QString() << false;
        QTest::newRow("its root given: trusted") << QStringLiteral("localhost") << true << QString() << true;
        QTest::newRow("root given, other host name: refused") << QStringLiteral("127.0.0.1") << true << QString() << false;
        QTest::newRow("accepted fingerprint: trusted") << QStringLiteral("127.0.0.1") << false << right << true;
        QTest::newRow("another fingerprint: refused") << QStringLiteral("localhost") << false
                                                      << QStringLiteral("AB:CD") + QString(90, u'0') << false;
    }

    void tls()
    {
        QFETCH(QString, host);
        QFETCH(bool, trustRoot);
        QFETCH(QString, fingerprint);
        QFETCH(bool, accepted);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_server.certificatePath());
        QCOMPARE(certificates.size(), 1);
        const QString serverFingerprint = TlsPolicy::fingerprintOf(certificates.first());
        TlsPolicy policy;
        if (trustRoot)
            policy.extraRoots = certificates;
        policy.trustedFingerprint = fingerprint == u"right" ? serverFingerprint : fingerprint;

        ImapConnection connection;
        connection.setTlsPolicy(policy);
        QString error;
        const auto address = ServerAddress::parse(QStringLiteral("imaps://%1:%2").arg(host).arg(m_server.tlsPort()), &error);
        QVERIFY(address.has_value());
        const bool connected = connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
            QString::fromLatin1(DovecotFixture::Password), &error);
        QCOMPARE(connected, accepted);
        if (accepted) {
            const auto folders = connection.folders(&error);
            QVERIFY2(folders.has_value() && !folders->isEmpty(), qPrintable(error));
        } else {
            QVERIFY2(error.contains(QStringLiteral("cannot be trusted")), qPrintable(error));
            QVERIFY2(error.contains(serverFingerprint), qPrintable(error));
        }
    }

    void startTlsIsNotClaimedYet()
    {
        ImapConnection connection;
        QString error;
        const auto address = ServerAddress::parse(QStringLiteral("imap://localhost:%1").arg(m_server.plainPort()), &error);
        QVERIFY(address.has_value());
        QVERIFY(!connection.connect(*address, QStringLiteral("sam"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("not available")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ImapConnectionTest)
#include "ImapConnectionTest.moc"
