// A whole browser sign-in against a local authorization server (OAuthServerFixture): the
// "browser" is an opener the test gives, which follows the provider's redirect to
// NeverSent's loopback listener. The server enforces each provider's redirect host, PKCE
// S256 and the exact redirect URI; the access token it issues then opens the test
// Dovecot's mailbox, and refresh tokens rotate. Declined, refused, failing and slow
// servers end the sign-in with a plain message.
#include "oauth/BrowserSignIn.h"
#include "DovecotFixture.h"
#include "OAuthServerFixture.h"
#include "imap/ImapConnection.h"
#include "oauth/TokenClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Core;
using namespace Core::OAuth;

class BrowserSignInTest : public QObject {
    Q_OBJECT

private:
    OAuthServerFixture m_authorization;
    DovecotFixture m_server;
    QNetworkAccessManager m_browser;
    QList<QUrl> m_opened;

    ProviderProfile profile(RedirectListener::HostName host) const
    {
        ProviderProfile profile;
        profile.id = QStringLiteral("test");
        profile.name = QStringLiteral("Test Provider");
        profile.authorizeUrl = QUrl(m_authorization.authorizeUrl());
        profile.tokenUrl = QUrl(m_authorization.tokenUrl());
        profile.scopes = { QStringLiteral("https://mail.example/IMAP"), QStringLiteral("offline_access") };
        profile.redirectHost = host;
        profile.clientId = QStringLiteral("neversent-test+client");
        return profile;
    }

    // The user's browser: opens the page, the provider approves at once, and the browser
    // follows its redirect to wherever it points (NeverSent's listener).
    BrowserSignIn::Opener browser()
    {
        return [this](const QUrl& url) {
            m_opened.append(url);
            QNetworkRequest request(url);
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = m_browser.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
                if (location.isValid())
                    connect(m_browser.get(QNetworkRequest(location)), &QNetworkReply::finished, this, [] {});
            });
            return true;
        };
    }

    struct Outcome {
        std::optional<Tokens> tokens;
        QString failure;
    };

    Outcome signIn(RedirectListener::HostName host, ProviderProfile given = {})
    {
        BrowserSignIn signIn(given.id.isEmpty() ? profile(host) : given, browser());
        Outcome outcome;
        bool ended = false;
        connect(&signIn, &BrowserSignIn::signedIn, this, [&](const Tokens& tokens) {
            outcome.tokens = tokens;
            ended = true;
        });
        connect(&signIn, &BrowserSignIn::failed, this, [&](const QString& message) {
            outcome.failure = message;
            ended = true;
        });
        signIn.start(QStringLiteral("sam@example.org"));
        if (!QTest::qWaitFor([&] { return ended; }, 20000))
            outcome.failure = QStringLiteral("the sign-in did not end");
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_authorization.start(&error), qPrintable(error));
        m_authorization.setSignInUser(QString::fromLatin1(DovecotFixture::User));
        m_server.setOAuth2(m_authorization.introspectionUrl(), QStringLiteral("plain xoauth2 oauthbearer"));
        QVERIFY2(m_server.addMessagesFrom(
                     QStringLiteral("INBOX"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX"), &error)
                > 5,
            qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void signsInAndTheTokenOpensTheMailbox_data()
    {
        QTest::addColumn<int>("host");
        QTest::addColumn<QString>("redirectHost");
        QTest::addRow("Microsoft's localhost redirect")
            << int(RedirectListener::HostName::Localhost) << QStringLiteral("localhost");
        QTest::addRow("Google's 127.0.0.1 redirect")
            << int(RedirectListener::HostName::LoopbackAddress) << QStringLiteral("127.0.0.1");
    }

    void signsInAndTheTokenOpensTheMailbox()
    {
        QFETCH(int, host);
        QFETCH(QString, redirectHost);
        m_authorization.setRedirectHost(redirectHost);
        const Outcome outcome = signIn(RedirectListener::HostName(host));
        QVERIFY2(
            outcome.tokens.has_value(), qPrintable(outcome.failure + u' ' + m_authorization.lastRefusal()));
        QVERIFY(!outcome.tokens->refreshToken.isEmpty());
        QVERIFY(outcome.tokens->expiresAt > QDateTime::currentDateTimeUtc());
        // What the browser was asked to open: PKCE S256, the state, the hint, every "+" escaped.
        const QUrlQuery asked(m_opened.constLast());
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
            QStringLiteral("sam@example.org"));
        QVERIFY(!m_opened.constLast().toEncoded().contains('+'));

        Imap::ImapConnection connection;
        QString error;
        QString parseError;
        const auto address = Imap::ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), &parseError);
        QVERIFY2(connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                     Imap::Credential::accessToken(outcome.tokens->accessToken), &error),
            qPrintable(error));
    }

    void aRedirectHostTheProviderDoesNotTakeIsRefused()
    {
        m_authorization.setRedirectHost(QStringLiteral("localhost"));
        BrowserSignIn signIn(profile(RedirectListener::HostName::LoopbackAddress), browser());
        QSignalSpy signedIn(&signIn, &BrowserSignIn::signedIn);
        signIn.start({});
        QTRY_VERIFY(m_authorization.lastRefusal().contains(u"not a loopback URI on localhost"));
        QVERIFY(signedIn.isEmpty());
        signIn.cancel();
    }

    void refreshTokensRotate()
    {
        m_authorization.setRedirectHost(QStringLiteral("127.0.0.1"));
        const Outcome outcome = signIn(RedirectListener::HostName::LoopbackAddress);
        QVERIFY2(outcome.tokens.has_value(), qPrintable(outcome.failure));
        TokenClient client;
        QSignalSpy answered(&client, &TokenClient::answered);
        const TokenClient::Client endpoint { QUrl(m_authorization.tokenUrl()),
            QStringLiteral("neversent-test+client"), {} };
        client.refresh(endpoint, outcome.tokens->refreshToken);
        QVERIFY(answered.wait(10000));
        const auto refreshed = answered.takeFirst().first().value<TokenAnswer>();
        QCOMPARE(refreshed.problem, TokenAnswer::Problem::None);
        QVERIFY(refreshed.tokens.refreshToken != outcome.tokens->refreshToken);
        QVERIFY(!m_authorization.liveRefreshTokens().contains(outcome.tokens->refreshToken));
        // The spent one is refused as a revoked one is: only a new sign-in helps.
        client.refresh(endpoint, outcome.tokens->refreshToken);
        QVERIFY(answered.wait(10000));
        QCOMPARE(
            answered.takeFirst().first().value<TokenAnswer>().problem, TokenAnswer::Problem::LoginRefused);
    }

    void failingServersEndTheSignInInWords_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("said");
        QTest::addRow("invalid_grant")
            << int(OAuthServerFixture::TokenFailure::InvalidGrant) << QStringLiteral("Sign in again");
        QTest::addRow("500") << int(OAuthServerFixture::TokenFailure::ServerError)
                             << QStringLiteral("HTTP 500");
        QTest::addRow("slow") << int(OAuthServerFixture::TokenFailure::Slow)
                              << QStringLiteral("did not answer in time");
    }

    void failingServersEndTheSignInInWords()
    {
        QFETCH(int, failure);
        QFETCH(QString, said);
        m_authorization.setRedirectHost(QStringLiteral("127.0.0.1"));
        m_authorization.setTokenFailure(OAuthServerFixture::TokenFailure(failure));
        BrowserSignIn signIn(profile(RedirectListener::HostName::LoopbackAddress), browser());
        signIn.setTokenTimeout(1000);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start({});
        QVERIFY(failed.wait(10000));
        m_authorization.setTokenFailure(OAuthServerFixture::TokenFailure::None);
        QVERIFY2(
            failed.first().first().toString().contains(said), qPrintable(failed.first().first().toString()));
    }

    void declinedInTheBrowser()
    {
        m_authorization.setRedirectHost(QStringLiteral("127.0.0.1"));
        m_authorization.declineNextSignIn();
        const Outcome outcome = signIn(RedirectListener::HostName::LoopbackAddress);
        QVERIFY(!outcome.tokens);
        QVERIFY2(outcome.failure.contains(u"cancelled in the browser"), qPrintable(outcome.failure));
    }

    void aBuildWithoutClientIdSaysSo()
    {
        ProviderProfile unset = profile(RedirectListener::HostName::Localhost);
        unset.clientId.clear();
        const int openedBefore = int(m_opened.size());
        const Outcome outcome = signIn(RedirectListener::HostName::Localhost, unset);
        QVERIFY2(outcome.failure.contains(u"not set up for Test Provider sign-in: ask your IT department"),
            qPrintable(outcome.failure));
        QCOMPARE(int(m_opened.size()), openedBefore);
    }
};

QTEST_GUILESS_MAIN(BrowserSignInTest)
#include "BrowserSignInTest.moc"
