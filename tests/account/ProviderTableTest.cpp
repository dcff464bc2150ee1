#include "account/ProviderTable.h"
#include "CandidateText.h"

#include <QTest>

using Core::Account::ProviderTable;
using Core::Account::ServerCandidate;

class ProviderTableTest : public QObject {
    Q_OBJECT

private slots:
    void builtInTableLoads()
    {
        // Read from the resource compiled into the program: a broken file leaves it empty.
        QVERIFY(ProviderTable::builtIn().providers().size() >= 30);
    }

    void known_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("servers");
        QTest::addColumn<QString>("appPasswordHelp");
        const QString none;
        QTest::newRow("gmail") << QStringLiteral("sam@gmail.com") << QStringLiteral("Gmail")
                               << QStringList { QStringLiteral("imaps://imap.gmail.com:993 sam@gmail.com") }
                               << QStringLiteral("https://support.google.com/accounts/answer/185833");
        QTest::newRow("googlemail, capitals")
            << QStringLiteral("Sam.Smith@GoogleMail.COM") << QStringLiteral("Gmail")
            << QStringList { QStringLiteral("imaps://imap.gmail.com:993 Sam.Smith@GoogleMail.COM") }
            << QStringLiteral("https://support.google.com/accounts/answer/185833");
        QTest::newRow("hotmail.de")
            << QStringLiteral("kim@hotmail.de") << QStringLiteral("Outlook.com")
            << QStringList { QStringLiteral("imaps://outlook.office365.com:993 kim@hotmail.de") }
            << QStringLiteral("https://support.microsoft.com/en-us/account-billing/"
                              "how-to-get-and-use-app-passwords-5896ed9b-4263-e681-128a-a6f2979a7944");
        QTest::newRow("live.fr")
            << QStringLiteral("kim@live.fr") << QStringLiteral("Outlook.com")
            << QStringList { QStringLiteral("imaps://outlook.office365.com:993 kim@live.fr") }
            << QStringLiteral("https://support.microsoft.com/en-us/account-billing/"
                              "how-to-get-and-use-app-passwords-5896ed9b-4263-e681-128a-a6f2979a7944");
        QTest::newRow("msn") << QStringLiteral("kim@msn.com") << QStringLiteral("Outlook.com")
                             << QStringList { QStringLiteral(
                                    "imaps://outlook.office365.com:993 kim@msn.com") }
                             << QStringLiteral(
                                    "https://support.microsoft.com/en-us/account-billing/"
                                    "how-to-get-and-use-app-passwords-5896ed9b-4263-e681-128a-a6f2979a7944");
        QTest::newRow("yahoo.co.uk") << QStringLiteral("jo@yahoo.co.uk") << QStringLiteral("Yahoo")
                                     << QStringList { QStringLiteral(
                                            "imaps://imap.mail.yahoo.com:993 jo@yahoo.co.uk") }
                                     << QStringLiteral("https://help.yahoo.com/kb/SLN15241.html");
        QTest::newRow("ymail") << QStringLiteral("jo@ymail.com") << QStringLiteral("Yahoo")
                               << QStringList { QStringLiteral(
                                      "imaps://imap.mail.yahoo.com:993 jo@ymail.com") }
                               << QStringLiteral("https://help.yahoo.com/kb/SLN15241.html");
        QTest::newRow("me.com: full address as user")
            << QStringLiteral("al@me.com") << QStringLiteral("iCloud")
            << QStringList { QStringLiteral("imaps://imap.mail.me.com:993 al@me.com") }
            << QStringLiteral("https://support.apple.com/en-us/102654");
        QTest::newRow("aol") << QStringLiteral("al@aol.com") << QStringLiteral("AOL")
                             << QStringList { QStringLiteral("imaps://imap.aol.com:993 al@aol.com") }
                             << QStringLiteral(
                                    "https://help.aol.com/articles/Create-and-manage-app-password");
        QTest::newRow("gmx.de: TLS, then STARTTLS")
            << QStringLiteral("max@gmx.de") << QStringLiteral("GMX")
            << QStringList { QStringLiteral("imaps://imap.gmx.net:993 max@gmx.de"),
                   QStringLiteral("imap://imap.gmx.net:143 max@gmx.de") }
            << none;
        QTest::newRow("gmx.ch") << QStringLiteral("max@gmx.ch") << QStringLiteral("GMX")
                                << QStringList { QStringLiteral("imaps://imap.gmx.net:993 max@gmx.ch"),
                                       QStringLiteral("imap://imap.gmx.net:143 max@gmx.ch") }
                                << none;
        QTest::newRow("web.de") << QStringLiteral("max@web.de") << QStringLiteral("WEB.DE")
                                << QStringList { QStringLiteral("imaps://imap.web.de:993 max@web.de"),
                                       QStringLiteral("imap://imap.web.de:143 max@web.de") }
                                << none;
        QTest::newRow("t-online") << QStringLiteral("max@t-online.de") << QStringLiteral("T-Online")
                                  << QStringList { QStringLiteral(
                                         "imaps://secureimap.t-online.de:993 max@t-online.de") }
                                  << none;
        QTest::newRow("wanadoo") << QStringLiteral("luc@wanadoo.fr") << QStringLiteral("Orange")
                                 << QStringList { QStringLiteral(
                                        "imaps://imap.orange.fr:993 luc@wanadoo.fr") }
                                 << none;
        QTest::newRow("free: local part as user")
            << QStringLiteral("luc@free.fr") << QStringLiteral("Free")
            << QStringList { QStringLiteral("imaps://imap.free.fr:993 luc") } << none;
        QTest::newRow("sfr") << QStringLiteral("luc@sfr.fr") << QStringLiteral("SFR")
                             << QStringList { QStringLiteral("imaps://imap.sfr.fr:993 luc@sfr.fr") } << none;
        QTest::newRow("libero") << QStringLiteral("gio@libero.it") << QStringLiteral("Libero")
                                << QStringList { QStringLiteral(
                                       "imaps://imapmail.libero.it:993 gio@libero.it") }
                                << none;
        QTest::newRow("virgilio") << QStringLiteral("gio@virgilio.it") << QStringLiteral("Virgilio")
                                  << QStringList { QStringLiteral(
                                         "imaps://in.virgilio.it:993 gio@virgilio.it") }
                                  << none;
        QTest::newRow("posteo") << QStringLiteral("eva@posteo.net") << QStringLiteral("Posteo")
                                << QStringList { QStringLiteral("imaps://posteo.de:993 eva@posteo.net"),
                                       QStringLiteral("imap://posteo.de:143 eva@posteo.net") }
                                << none;
        QTest::newRow("xs4all is kpn")
            << QStringLiteral("jan@xs4all.nl") << QStringLiteral("KPN")
            << QStringList { QStringLiteral("imaps://imap.kpnmail.nl:993 jan@xs4all.nl"),
                   QStringLiteral("imap://imap.kpnmail.nl:143 jan@xs4all.nl") }
            << none;
        QTest::newRow("seznam") << QStringLiteral("petr@seznam.cz") << QStringLiteral("Seznam")
                                << QStringList { QStringLiteral("imaps://imap.seznam.cz:993 petr@seznam.cz") }
                                << none;
        QTest::newRow("op.pl is onet")
            << QStringLiteral("ola@op.pl") << QStringLiteral("Onet Poczta")
            << QStringList { QStringLiteral("imaps://imap.poczta.onet.pl:993 ola@op.pl") } << none;
        QTest::newRow("interia") << QStringLiteral("ola@interia.pl") << QStringLiteral("Interia Poczta")
                                 << QStringList { QStringLiteral(
                                        "imaps://poczta.interia.pl:993 ola@interia.pl") }
                                 << none;
        QTest::newRow("fastmail")
            << QStringLiteral("ann@fastmail.com") << QStringLiteral("Fastmail")
            << QStringList { QStringLiteral("imaps://imap.fastmail.com:993 ann@fastmail.com") }
            << QStringLiteral("https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords");
        QTest::newRow("spaces around")
            << QStringLiteral("sam@gmail.com ") << QStringLiteral("Gmail")
            << QStringList { QStringLiteral("imaps://imap.gmail.com:993 sam@gmail.com") }
            << QStringLiteral("https://support.google.com/accounts/answer/185833");
    }

    void known()
    {
        QFETCH(QString, address);
        QFETCH(QString, provider);
        QFETCH(QStringList, servers);
        QFETCH(QString, appPasswordHelp);
        const QList<ServerCandidate> candidates = ProviderTable::builtIn().candidatesFor(address);
        QCOMPARE(describe(candidates), servers);
        for (const ServerCandidate& candidate : candidates) {
            QCOMPARE(candidate.providerName, provider);
            QCOMPARE(candidate.source, QStringLiteral("provider"));
            QCOMPARE(candidate.appPasswordHelp.toString(), appPasswordHelp);
        }
    }

    void unknown_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("own domain") << QStringLiteral("sam@example.org");
        QTest::newRow("subdomain of a provider") << QStringLiteral("sam@mail.gmail.com");
        QTest::newRow("provider name as local part") << QStringLiteral("gmail.com@example.org");
        QTest::newRow("proton: no IMAP without its bridge") << QStringLiteral("sam@proton.me");
        QTest::newRow("no domain") << QStringLiteral("sam@");
        QTest::newRow("no at sign") << QStringLiteral("gmail.com");
        QTest::newRow("empty") << QString();
    }

    void unknown()
    {
        QFETCH(QString, address);
        QVERIFY(ProviderTable::builtIn().candidatesFor(address).isEmpty());
    }

    void refusedTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{providers") << QString();
        QTest::newRow("no providers") << QByteArray("{\"providers\": []}") << QStringLiteral("no providers");
        QTest::newRow("plaintext server")
            << QByteArray("{\"providers\": [{\"name\": \"X\", \"domains\": [\"x.example\"], \"servers\": "
                          "[\"imap+plain://x.example\"], \"user\": \"address\"}]}")
            << QStringLiteral("cannot be used");
        QTest::newRow("domain twice") << QByteArray(
            "{\"providers\": [{\"name\": \"X\", \"domains\": [\"x.example\"], \"servers\": "
            "[\"imaps://imap.x.example\"], \"user\": \"address\"}, {\"name\": \"Y\", \"domains\": "
            "[\"X.example\"], \"servers\": [\"imaps://imap.y.example\"], \"user\": \"address\"}]}")
                                      << QStringLiteral("listed twice");
        QTest::newRow("unknown user form")
            << QByteArray("{\"providers\": [{\"name\": \"X\", \"domains\": [\"x.example\"], \"servers\": "
                          "[\"imaps://imap.x.example\"], \"user\": \"whatever\"}]}")
            << QStringLiteral("user must be");
        QTest::newRow("help page over http") << QByteArray(
            "{\"providers\": [{\"name\": \"X\", \"domains\": [\"x.example\"], \"servers\": "
            "[\"imaps://imap.x.example\"], \"user\": \"address\", \"appPasswordHelp\": "
            "\"http://x.example/help\"}]}") << QStringLiteral("https");
    }

    void refusedTables()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ProviderTable::fromJson(json, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(ProviderTableTest)
#include "ProviderTableTest.moc"
