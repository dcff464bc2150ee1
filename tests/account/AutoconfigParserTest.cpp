#include "account/AutoconfigParser.h"
#include "CandidateText.h"

#include <QTest>

using Core::Account::AutoconfigParser;
using Core::Account::ServerCandidate;

namespace {

const QString Address = QStringLiteral("sam.smith@example.org");

QByteArray config(const QByteArray& incomingServers)
{
    // Plain literals, not one raw string: moc misreads "//" inside a raw string over lines.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<clientConfig version=\"1.1\">\n"
           "  <emailProvider id=\"example.org\">\n"
           "    <domain>example.org</domain>\n"
           "    <displayName>Example Mail</displayName>\n"
           "    <displayShortName>Example</displayShortName>\n"
        + incomingServers
        + "    <outgoingServer type=\"smtp\">\n"
          "      <hostname>smtp.example.org</hostname>\n"
          "      <port>587</port>\n"
          "      <socketType>STARTTLS</socketType>\n"
          "      <username>%EMAILADDRESS%</username>\n"
          "      <authentication>password-cleartext</authentication>\n"
          "    </outgoingServer>\n"
          "    <documentation url=\"https://example.org/help\"><descr "
          "lang=\"en\">Settings</descr></documentation>\n"
          "  </emailProvider>\n"
          "</clientConfig>\n";
}

QByteArray server(const QByteArray& type, const QByteArray& host, const QByteArray& port,
    const QByteArray& socketType, const QByteArray& user = "%EMAILADDRESS%",
    const QByteArray& authentication = "password-cleartext")
{
    return "<incomingServer type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port
        + "</port><socketType>" + socketType + "</socketType><username>" + user
        + "</username><authentication>" + authentication + "</authentication></incomingServer>\n";
}

} // namespace

class AutoconfigParserTest : public QObject {
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QStringList>("servers");
        QTest::newRow("imap over TLS")
            << config(server("imap", "imap.example.org", "993", "SSL"))
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
        QTest::newRow("pop3 first, imap kept, order kept")
            << config(server("pop3", "pop.example.org", "995", "SSL")
                   + server("imap", "imap.example.org", "143", "STARTTLS")
                   + server("imap", "imap2.example.org", "993", "SSL"))
            << QStringList { QStringLiteral("imap://imap.example.org:143 sam.smith@example.org"),
                   QStringLiteral("imaps://imap2.example.org:993 sam.smith@example.org") };
        QTest::newRow("local part and domain placeholders")
            << config(server("imap", "mail.%EMAILDOMAIN%", "993", "SSL", "%EMAILLOCALPART%"))
            << QStringList { QStringLiteral("imaps://mail.example.org:993 sam.smith") };
        QTest::newRow("fixed user name")
            << config(server("imap", "imap.example.org", "993", "SSL", "office-42"))
            << QStringList { QStringLiteral("imaps://imap.example.org:993 office-42") };
        QTest::newRow("no user name: the address")
            << config("<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>993</port>"
                      "<socketType>SSL</socketType></incomingServer>")
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
        QTest::newRow("plain refused, encrypted kept")
            << config(server("imap", "imap.example.org", "143", "plain")
                   + server("imap", "imap.example.org", "993", "SSL"))
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
        QTest::newRow("OAuth2 or password: kept")
            << config(
                   "<incomingServer type=\"imap\"><hostname>outlook.office365.com</hostname><port>993</port>"
                   "<socketType>SSL</socketType><username>%EMAILADDRESS%</username><authentication>OAuth2</"
                   "authentication>"
                   "<authentication>password-cleartext</authentication></incomingServer>")
            << QStringList { QStringLiteral("imaps://outlook.office365.com:993 sam.smith@example.org") };
        QTest::newRow("same server twice: once")
            << config(server("imap", "imap.example.org", "993", "SSL")
                   + server("imap", "IMAP.example.org", "993", "SSL"))
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
        QTest::newRow("unknown elements skipped")
            << config("<incomingServer "
                      "type=\"imap\"><future><nested>x</nested></future><hostname>imap.example.org</hostname>"
                      "<port>993</port><socketType>SSL</socketType><pop3><leaveMessagesOnServer>true</"
                      "leaveMessagesOnServer></pop3>"
                      "</incomingServer>")
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
        QTest::newRow("whitespace around values")
            << config(server("imap", "\n   imap.example.org  ", " 993 ", " SSL\n"))
            << QStringList { QStringLiteral("imaps://imap.example.org:993 sam.smith@example.org") };
    }

    void accepted()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QStringList, servers);
        QString error;
        const auto candidates = AutoconfigParser::parse(xml, Address, &error);
        QVERIFY2(candidates.has_value(), qPrintable(error));
        QCOMPARE(describe(*candidates), servers);
        for (const ServerCandidate& candidate : *candidates) {
            QCOMPARE(candidate.source, QStringLiteral("autoconfig"));
            QVERIFY(candidate.providerName.isEmpty());
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("html page") << QByteArray("<html><body>Welcome to our site</body></html>")
                                   << QStringLiteral("not a mail configuration file");
        QTest::newRow("pop3 only") << config(server("pop3", "pop.example.org", "995", "SSL"))
                                   << QStringLiteral("no IMAP server");
        QTest::newRow("plaintext only") << config(server("imap", "imap.example.org", "143", "plain"))
                                        << QStringLiteral("without encryption");
        QTest::newRow("OAuth2 only, at a server without a browser sign-in")
            << config(server("imap", "imap.example.org", "993", "SSL", "%EMAILADDRESS%", "OAuth2"))
            << QStringLiteral("only takes OAuth2");
        QTest::newRow("port zero") << config(server("imap", "imap.example.org", "0", "SSL"))
                                   << QStringLiteral("is not a port");
        QTest::newRow("port too big")
            << config(server("imap", "imap.example.org", "99993", "SSL")) << QStringLiteral("is not a port");
        QTest::newRow("port not a number")
            << config(server("imap", "imap.example.org", "imaps", "SSL")) << QStringLiteral("is not a port");
        QTest::newRow("host with a path") << config(server("imap", "imap.example.org/evil", "993", "SSL"))
                                          << QStringLiteral("not a host name");
        QTest::newRow("host with spaces")
            << config(server("imap", "imap example org", "993", "SSL")) << QStringLiteral("not a host name");
        QTest::newRow("host with a user") << config(server("imap", "sam@imap.example.org", "993", "SSL"))
                                          << QStringLiteral("not a host name");
        QTest::newRow("empty host") << config(server("imap", "", "993", "SSL"))
                                    << QStringLiteral("not a host name");
        QTest::newRow("label too long")
            << config(server("imap", QByteArray(64, 'a') + ".example.org", "993", "SSL"))
            << QStringLiteral("not a host name");
        QTest::newRow("cut short") << config(server("imap", "imap.example.org", "993", "SSL")).left(300)
                                   << QStringLiteral("broken XML");
        QTest::newRow("unclosed element")
            << QByteArray("<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>x</port>")
            << QStringLiteral("broken XML");
        QTest::newRow("markup inside a value") << config(
            "<incomingServer type=\"imap\"><hostname>imap.<b>example</b>.org</hostname><port>993</port>"
            "<socketType>SSL</socketType></incomingServer>")
                                               << QStringLiteral("broken XML");
        QTest::newRow("billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE clientConfig [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<clientConfig><emailProvider><incomingServer type="imap"><hostname>&e;</hostname><port>993</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>)")
                                        << QStringLiteral("DTD");
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [ <!ENTITY secret SYSTEM "
                          "\"file:///etc/passwd\"> ]>\n"
                          "<clientConfig><emailProvider><incomingServer "
                          "type=\"imap\"><hostname>&secret;</hostname><port>993</port>"
                          "<socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>")
            << QStringLiteral("DTD");
        QString deep;
        for (int i = 0; i < 20000; ++i)
            deep += QStringLiteral("<x>");
        QTest::newRow("deep nesting, never closed")
            << (QByteArray("<clientConfig>") + deep.toLatin1()) << QStringLiteral("broken XML");
    }

    // Where NeverSent has the provider's browser sign-in, a server that takes OAuth2 is
    // kept and marked for it, whether or not it also takes a password.
    void oauth2AtAKnownProviderIsKeptForTheBrowserSignIn_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("browserSignIn");
        QTest::newRow("OAuth2 only at Microsoft 365")
            << config(server("imap", "outlook.office365.com", "993", "SSL", "%EMAILADDRESS%", "OAuth2"))
            << QStringLiteral("microsoft");
        QTest::newRow("OAuth2 or password at Google")
            << config("<incomingServer type=\"imap\"><hostname>imap.gmail.com</hostname><port>993</port>"
                      "<socketType>SSL</socketType><authentication>OAuth2</authentication>"
                      "<authentication>password-cleartext</authentication></incomingServer>")
            << QStringLiteral("google");
        QTest::newRow("password elsewhere")
            << config(server("imap", "imap.example.org", "993", "SSL")) << QString();
    }

    void oauth2AtAKnownProviderIsKeptForTheBrowserSignIn()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, browserSignIn);
        QString error;
        const auto candidates = AutoconfigParser::parse(xml, Address, &error);
        QVERIFY2(candidates.has_value(), qPrintable(error));
        QCOMPARE(candidates->size(), 1);
        QCOMPARE(candidates->first().browserSignIn, browserSignIn);
    }

    void refused()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!AutoconfigParser::parse(xml, Address, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(AutoconfigParserTest)
#include "AutoconfigParserTest.moc"
