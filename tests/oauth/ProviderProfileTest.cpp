// The shipped provider profiles: which servers and mail exchangers need a browser sign-in,
// with which redirect host, and the client ID an organisation's system-wide settings put
// in place of the build's.
#include "oauth/ProviderProfile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Core::OAuth;

class ProviderProfileTest : public QObject {
    Q_OBJECT

private slots:
    void theShippedProfilesAreReadWhole()
    {
        const ProviderProfiles& profiles = ProviderProfiles::builtIn();
        QCOMPARE(profiles.profiles().size(), 2);
        for (const ProviderProfile& profile : profiles.profiles()) {
            QCOMPARE(profile.authorizeUrl.scheme(), QStringLiteral("https"));
            QCOMPARE(profile.tokenUrl.scheme(), QStringLiteral("https"));
            QVERIFY(!profile.scopes.isEmpty());
        }
    }

    void whichServerNeedsWhichSignIn_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("mx");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("redirect");
        const int localhost = int(RedirectListener::HostName::Localhost);
        const int loopback = int(RedirectListener::HostName::LoopbackAddress);
        QTest::addRow("Microsoft 365 IMAP")
            << QStringLiteral("outlook.office365.com") << false << QStringLiteral("microsoft") << localhost;
        QTest::addRow("in capitals, with the root dot")
            << QStringLiteral("Outlook.Office365.com.") << false << QStringLiteral("microsoft") << localhost;
        QTest::addRow("Gmail IMAP") << QStringLiteral("imap.gmail.com") << false << QStringLiteral("google")
                                    << loopback;
        QTest::addRow("a custom domain at Microsoft 365")
            << QStringLiteral("contoso-com.mail.protection.outlook.com.") << true
            << QStringLiteral("microsoft") << localhost;
        QTest::addRow("a custom domain at Google")
            << QStringLiteral("aspmx.l.google.com") << true << QStringLiteral("google") << loopback;
        QTest::addRow("Google's old MX names")
            << QStringLiteral("alt1.aspmx.l.googlemail.com") << true << QStringLiteral("google") << loopback;
        QTest::addRow("a look-alike")
            << QStringLiteral("mail.protection.outlook.com.evil.example") << true << QString() << 0;
        QTest::addRow("no dot before the suffix")
            << QStringLiteral("evilgoogle.com") << true << QString() << 0;
        QTest::addRow("another server") << QStringLiteral("imap.example.org") << false << QString() << 0;
    }

    void whichServerNeedsWhichSignIn()
    {
        QFETCH(QString, host);
        QFETCH(bool, mx);
        QFETCH(QString, profile);
        QFETCH(int, redirect);
        const ProviderProfiles& profiles = ProviderProfiles::builtIn();
        const auto found = mx ? profiles.forMxHost(host) : profiles.forImapHost(host);
        QCOMPARE(found.has_value(), !profile.isEmpty());
        if (found) {
            QCOMPARE(found->id, profile);
            QCOMPARE(int(found->redirectHost), redirect);
        }
    }

    void anOrganisationsSettingsNameTheClientId()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("NeverSent.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("oauth/microsoft/clientId"), QStringLiteral("contoso-app"));
        settings.sync();
        ProviderProfiles profiles = ProviderProfiles::builtIn();
        profiles.applyClientIds(&settings);
        QCOMPARE(profiles.forImapHost(QStringLiteral("outlook.office365.com"))->clientId,
            QStringLiteral("contoso-app"));
        // Google is not named there: the build's (none in a test build) stays.
        QCOMPARE(profiles.forImapHost(QStringLiteral("imap.gmail.com"))->clientId,
            QString::fromLatin1(NEVERSENT_GOOGLE_CLIENT_ID));
    }

    void aProfileWithoutEncryptedEndpointsIsRefused()
    {
        QString error;
        const auto read = ProviderProfiles::fromJson(
            R"({"profiles":[{"id":"x","authorizeUrl":"http://a.example/","tokenUrl":"https://a.example/t","scopes":["s"]}]})",
            &error);
        QVERIFY(!read.has_value());
        QVERIFY(error.contains(u"https"));
    }
};

QTEST_GUILESS_MAIN(ProviderProfileTest)
#include "ProviderProfileTest.moc"
