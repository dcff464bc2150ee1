// PKCE (RFC 7636) and the sign-in's state: the standard's own test vector, and fresh values
// of the right form each time.
#include "oauth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Core::OAuth::Pkce;

class PkceTest : public QObject {
    Q_OBJECT

private slots:
    void challengeIsTheRfc7636AppendixBVector()
    {
        QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifiersAndStatesAreFreshBase64Url()
    {
        const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i) {
            const QByteArray verifier = Pkce::makeVerifier();
            const QByteArray state = Pkce::makeState();
            QCOMPARE(verifier.size(), 43); // 32 bytes, the least RFC 7636 4.1 allows
            QCOMPARE(state.size(), 22);
            QVERIFY(base64Url.match(QString::fromLatin1(verifier)).hasMatch());
            QVERIFY(base64Url.match(QString::fromLatin1(state)).hasMatch());
            seen.insert(verifier);
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(PkceTest)
#include "PkceTest.moc"
