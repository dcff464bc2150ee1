// Keeping an account's access token fresh against the local authorization server: a token
// with time left is used as it is, one near its end is refreshed (and the rotated refresh
// token handed back for the keychain), a refused one is refreshed once more and a second
// refusal ends the sign-in, as a revoked refresh token does. A token is also renewed by
// itself before it runs out, so that a long session never meets an expired one.
#include "oauth/TokenKeeper.h"
#include "OAuthServerFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core::OAuth;

class TokenKeeperTest : public QObject {
    Q_OBJECT

private:
    OAuthServerFixture m_authorization;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    TokenClient::Client client() const
    {
        return { QUrl(m_authorization.tokenUrl()), QStringLiteral("neversent-test"), {} };
    }

    std::unique_ptr<TokenKeeper> keeper(const QString& refreshToken)
    {
        auto made = std::make_unique<TokenKeeper>(client(), refreshToken);
        made->setClock([this] { return m_now; });
        return made;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_authorization.start(&error), qPrintable(error));
        m_authorization.setSignInUser(QStringLiteral("sam"));
    }

    void aTokenWithTimeLeftIsUsedAsItIs()
    {
        auto tokens = keeper(QStringLiteral("not needed"));
        tokens->adopt({ QStringLiteral("at-1"), {}, m_now.addSecs(3600), {} });
        QSignalSpy ready(tokens.get(), &TokenKeeper::accessTokenReady);
        tokens->requestAccessToken();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toString(), QStringLiteral("at-1"));
        QCOMPARE(m_authorization.liveRefreshTokens().size(), 0);
    }

    void oneNearItsEndIsRefreshedAndTheRotatedRefreshTokenHandedBack()
    {
        const QString first = m_authorization.issueRefreshToken(QStringLiteral("sam"));
        auto tokens = keeper(first);
        tokens->adopt({ QStringLiteral("at-old"), {}, m_now.addSecs(TokenKeeper::MarginSeconds - 10), {} });
        QSignalSpy ready(tokens.get(), &TokenKeeper::accessTokenReady);
        QSignalSpy rotated(tokens.get(), &TokenKeeper::refreshTokenChanged);
        tokens->requestAccessToken();
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.first().first().toString() != u"at-old");
        QCOMPARE(rotated.size(), 1);
        const QString second = rotated.first().first().toString();
        QVERIFY(second != first);
        QVERIFY(m_authorization.liveRefreshTokens().contains(second));
        QVERIFY(!m_authorization.liveRefreshTokens().contains(first));
    }

    void aTokenIsRenewedBeforeItRunsOutWithoutBeingAskedFor()
    {
        auto tokens = keeper(m_authorization.issueRefreshToken(QStringLiteral("sam")));
        QSignalSpy ready(tokens.get(), &TokenKeeper::accessTokenReady);
        tokens->adopt(
            { QStringLiteral("at-short"), {}, m_now.addSecs(TokenKeeper::MinimumRenewalSeconds + 3), {} });
        QCOMPARE(ready.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, int(TokenKeeper::MinimumRenewalSeconds + 10) * 1000);
        QVERIFY(ready.first().first().toString() != u"at-short");
    }

    void aRefusedTokenIsRefreshedOnceAndASecondRefusalEndsTheSignIn()
    {
        auto tokens = keeper(m_authorization.issueRefreshToken(QStringLiteral("sam")));
        tokens->adopt({ QStringLiteral("at-refused"), {}, m_now.addSecs(3600), {} });
        QSignalSpy ready(tokens.get(), &TokenKeeper::accessTokenReady);
        QSignalSpy ended(tokens.get(), &TokenKeeper::signInEnded);
        tokens->accessTokenRefused(QStringLiteral("at-refused"));
        QVERIFY(ready.wait(10000));
        const QString fresh = ready.first().first().toString();
        QVERIFY(fresh != u"at-refused");
        QVERIFY(ended.isEmpty());
        tokens->accessTokenRefused(fresh);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ready.size(), 1);
    }

    void aRevokedRefreshTokenEndsTheSignIn()
    {
        auto tokens = keeper(QStringLiteral("revoked+refresh/token="));
        QSignalSpy ended(tokens.get(), &TokenKeeper::signInEnded);
        QSignalSpy failed(tokens.get(), &TokenKeeper::failed);
        tokens->requestAccessToken();
        QVERIFY(ended.wait(10000));
        QVERIFY2(ended.first().first().toString().contains(u"Sign in again"),
            qPrintable(ended.first().first().toString()));
        QVERIFY(failed.isEmpty());
    }

    void aFailingServerIsForNowOnly()
    {
        m_authorization.setTokenFailure(OAuthServerFixture::TokenFailure::ServerError);
        auto tokens = keeper(m_authorization.issueRefreshToken(QStringLiteral("sam")));
        QSignalSpy ended(tokens.get(), &TokenKeeper::signInEnded);
        QSignalSpy failed(tokens.get(), &TokenKeeper::failed);
        tokens->requestAccessToken();
        QVERIFY(failed.wait(10000));
        m_authorization.setTokenFailure(OAuthServerFixture::TokenFailure::None);
        QVERIFY(ended.isEmpty());
        // The refresh token is still good: the next request gets a token.
        QSignalSpy ready(tokens.get(), &TokenKeeper::accessTokenReady);
        tokens->requestAccessToken();
        QVERIFY(ready.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TokenKeeperTest)
#include "TokenKeeperTest.moc"
