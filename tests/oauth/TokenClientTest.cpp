// The token endpoint's requests and answers: form encoding that keeps "+", "/" and "="
// of a token intact, and the token and error JSON of RFC 6749 5.1 and 5.2 read as tokens
// or a problem of the right kind.
#include "oauth/TokenClient.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Core::OAuth;

class TokenClientTest : public QObject {
    Q_OBJECT

private slots:
    void formBodyEscapesEveryReservedCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("encoded");
        QTest::addRow("plus, slash, equals")
            << QStringLiteral("1//0g+abc=") << QByteArray("1%2F%2F0g%2Babc%3D");
        QTest::addRow("space and ampersand") << QStringLiteral("a b&c") << QByteArray("a%20b%26c");
        QTest::addRow("unreserved stay") << QStringLiteral("AZaz09-._~") << QByteArray("AZaz09-._~");
        QTest::addRow("non-ASCII as UTF-8") << QStringLiteral("é") << QByteArray("%C3%A9");
    }

    void formBodyEscapesEveryReservedCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, encoded);
        const QByteArray body = TokenClient::formBody(
            { { QStringLiteral("refresh_token"), value }, { QStringLiteral("x"), QStringLiteral("1") } });
        QCOMPARE(body, "refresh_token=" + encoded + "&x=1");
        // Read back the way a server reads a form ("+" is a space there).
        QByteArray asServerSees = body;
        asServerSees.replace('+', ' ');
        QCOMPARE(QUrlQuery(QString::fromLatin1(asServerSees))
                     .queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded),
            value);
    }

    void readAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("accessToken");
        QTest::addColumn<QString>("refreshToken");
        QTest::addColumn<qint64>("expiresIn");
        using P = TokenAnswer::Problem;
        QTest::addRow("tokens")
            << 200
            << QByteArray(
                   R"({"access_token":"a+/=","refresh_token":"r","token_type":"Bearer","expires_in":3599,"scope":"s"})")
            << int(P::None) << QStringLiteral("a+/=") << QStringLiteral("r") << qint64(3599);
        QTest::addRow("expires_in as a string, bearer in lower case")
            << 200 << QByteArray(R"({"access_token":"a","token_type":"bearer","expires_in":"60"})")
            << int(P::None) << QStringLiteral("a") << QString() << qint64(60);
        QTest::addRow("no expiry given") << 200 << QByteArray(R"({"access_token":"a","token_type":"Bearer"})")
                                         << int(P::None) << QStringLiteral("a") << QString() << qint64(-1);
        QTest::addRow("not a bearer token") << 200 << QByteArray(R"({"access_token":"a","token_type":"mac"})")
                                            << int(P::ServerRefused) << QString() << QString() << qint64(-1);
        QTest::addRow("no access token") << 200 << QByteArray(R"({"token_type":"Bearer"})")
                                         << int(P::ServerRefused) << QString() << QString() << qint64(-1);
        QTest::addRow("invalid_grant")
            << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS50173"})")
            << int(P::LoginRefused) << QString() << QString() << qint64(-1);
        QTest::addRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                        << int(P::ServerRefused) << QString() << QString() << qint64(-1);
        QTest::addRow("an error in a 200") << 200 << QByteArray(R"({"error":"invalid_grant"})")
                                           << int(P::LoginRefused) << QString() << QString() << qint64(-1);
        QTest::addRow("a 500 page") << 500 << QByteArray("<html>oops</html>") << int(P::ServerRefused)
                                    << QString() << QString() << qint64(-1);
        QTest::addRow("broken JSON") << 200 << QByteArray(R"({"access_token":)") << int(P::ServerRefused)
                                     << QString() << QString() << qint64(-1);
    }

    void readAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, problem);
        QFETCH(QString, accessToken);
        QFETCH(QString, refreshToken);
        QFETCH(qint64, expiresIn);
        const QDateTime now(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::utc());
        const TokenAnswer answer = TokenClient::readAnswer(status, body, now);
        QCOMPARE(int(answer.problem), problem);
        if (problem != int(TokenAnswer::Problem::None)) {
            QVERIFY(!answer.message.isEmpty());
            QVERIFY(!answer.message.contains(u'{'));
            return;
        }
        QCOMPARE(answer.tokens.accessToken, accessToken);
        QCOMPARE(answer.tokens.refreshToken, refreshToken);
        QCOMPARE(answer.tokens.expiresAt.isValid(), expiresIn > 0);
        if (expiresIn > 0)
            QCOMPARE(now.secsTo(answer.tokens.expiresAt), expiresIn);
    }

    void aTokenEndpointThatIsNotEncryptedIsNeverSentAnything()
    {
        TokenClient client;
        std::optional<TokenAnswer> answer;
        connect(&client, &TokenClient::answered, this, [&](const TokenAnswer& given) { answer = given; });
        client.refresh({ QUrl(QStringLiteral("http://login.example.org/token")), QStringLiteral("id"), {} },
            QStringLiteral("r"));
        QVERIFY(answer.has_value());
        QCOMPARE(answer->problem, TokenAnswer::Problem::ServerRefused);
    }
};

QTEST_GUILESS_MAIN(TokenClientTest)
#include "TokenClientTest.moc"
