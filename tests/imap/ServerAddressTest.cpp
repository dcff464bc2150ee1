#include "imap/ServerAddress.h"

#include <QTest>

using Core::Imap::ServerAddress;

class ServerAddressTest : public QObject {
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        const int tls = int(ServerAddress::Security::ImplicitTls);
        const int startTls = int(ServerAddress::Security::StartTls);
        const int plain = int(ServerAddress::Security::Plain);
        QTest::newRow("imaps default port")
            << QStringLiteral("imaps://mail.example.org") << tls << QStringLiteral("mail.example.org") << 993;
        QTest::newRow("imaps own port") << QStringLiteral("imaps://mail.example.org:1993") << tls
                                        << QStringLiteral("mail.example.org") << 1993;
        QTest::newRow("scheme in capitals") << QStringLiteral("IMAPS://Mail.Example.org/") << tls
                                            << QStringLiteral("mail.example.org") << 993;
        QTest::newRow("starttls default port") << QStringLiteral("imap://mail.example.org") << startTls
                                               << QStringLiteral("mail.example.org") << 143;
        QTest::newRow("plain to loopback") << QStringLiteral("imap+plain://127.0.0.1:14300") << plain
                                           << QStringLiteral("127.0.0.1") << 14300;
        QTest::newRow("plain to ipv6 loopback")
            << QStringLiteral("imap+plain://[::1]:14300") << plain << QStringLiteral("::1") << 14300;
    }

    void accepted()
    {
        QFETCH(QString, url);
        QFETCH(int, security);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const auto address = ServerAddress::parse(url, &error);
        QVERIFY2(address.has_value(), qPrintable(error));
        QCOMPARE(int(address->security), security);
        QCOMPARE(address->host, host);
        QCOMPARE(int(address->port), port);
        QCOMPARE(ServerAddress::parse(address->toString(), &error)->toString(), address->toString());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme")
            << QStringLiteral("http://mail.example.org") << QStringLiteral("not a mail server address");
        QTest::newRow("no scheme") << QStringLiteral("mail.example.org")
                                   << QStringLiteral("not a mail server address");
        QTest::newRow("plain to a remote host")
            << QStringLiteral("imap+plain://mail.example.org:143") << QStringLiteral("unencrypted");
        QTest::newRow("plain to a lan address")
            << QStringLiteral("imap+plain://192.168.1.10:143") << QStringLiteral("unencrypted");
        QTest::newRow("no host") << QStringLiteral("imaps://") << QStringLiteral("server name");
        QTest::newRow("user in the url")
            << QStringLiteral("imaps://sam@mail.example.org") << QStringLiteral("server name");
        QTest::newRow("path") << QStringLiteral("imaps://mail.example.org/INBOX")
                              << QStringLiteral("server name");
        QTest::newRow("port zero") << QStringLiteral("imaps://mail.example.org:0")
                                   << QStringLiteral("port 0");
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ServerAddress::parse(url, &error).has_value());
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ServerAddressTest)
#include "ServerAddressTest.moc"
