// The loopback listener that catches the browser's answer: only the answer with the
// sign-in's state ends it; a wrong state is turned away and it goes on waiting; a refusal
// or an answer without a code ends the sign-in with a plain message; after the answer
// nothing reaches it; a connection from another address than loopback is dropped.
#include "oauth/RedirectListener.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using Core::OAuth::RedirectListener;

class RedirectListenerTest : public QObject {
    Q_OBJECT

private:
    // One HTTP request as a browser sends it; the status line of the answer ("" when the
    // connection was refused or dropped without one).
    static QByteArray get(
        const QString& redirectUri, const QByteArray& pathAndQuery, const QHostAddress& from = {})
    {
        const QUrl url(redirectUri);
        QTcpSocket socket;
        if (!from.isNull() && !socket.bind(from))
            return "cannot bind";
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + url.authority().toLatin1() + "\r\n\r\n");
        QByteArray answer;
        // The listener lives in this thread: let it run while waiting. A connection dropped
        // without an answer ends the wait too, with nothing read.
        const bool ended = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return ended ? answer.left(answer.indexOf("\r\n")) : QByteArray("no answer in 5 s");
    }

private slots:
    void redirectUriNamesTheHostTheProviderWants_data()
    {
        QTest::addColumn<int>("name");
        QTest::addColumn<QString>("host");
        QTest::addRow("Microsoft: localhost")
            << int(RedirectListener::HostName::Localhost) << QStringLiteral("localhost");
        QTest::addRow("Google: 127.0.0.1")
            << int(RedirectListener::HostName::LoopbackAddress) << QStringLiteral("127.0.0.1");
    }

    void redirectUriNamesTheHostTheProviderWants()
    {
        QFETCH(int, name);
        QFETCH(QString, host);
        RedirectListener listener;
        QString error;
        QVERIFY2(listener.listen(RedirectListener::HostName(name), "s1", &error), qPrintable(error));
        const QUrl uri(listener.redirectUri());
        QCOMPARE(uri.scheme(), QStringLiteral("http"));
        QCOMPARE(uri.host(), host);
        QVERIFY(uri.port() > 0);
        QCOMPARE(uri.path(), QStringLiteral("/"));
    }

    void theRightStateAndACodeEndTheSignIn()
    {
        RedirectListener listener;
        QString error;
        QVERIFY(listener.listen(RedirectListener::HostName::LoopbackAddress, "right-state", &error));
        QSignalSpy codes(&listener, &RedirectListener::codeReceived);
        QSignalSpy refusals(&listener, &RedirectListener::refused);
        const QString uri = listener.redirectUri();
        // Another sign-in's answer first: turned away, and the listener waits on.
        QCOMPARE(get(uri, "/?code=stolen&state=other-state").mid(9, 3), QByteArray("400"));
        QCOMPARE(get(uri, "/?code=stolen").mid(9, 3), QByteArray("400"));
        QCOMPARE(get(uri, "/favicon.ico").mid(9, 3), QByteArray("404"));
        QVERIFY(codes.isEmpty() && refusals.isEmpty());
        QCOMPARE(get(uri, "/?code=c%2B1%2F2%3D&state=right-state").mid(9, 3), QByteArray("200"));
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().first().toString(), QStringLiteral("c+1/2="));
        // The answer came: nothing reaches the listener any more.
        QVERIFY(!listener.isListening());
        QCOMPARE(get(uri, "/?code=second&state=right-state"), QByteArray());
        QCOMPARE(codes.size(), 1);
        QVERIFY(refusals.isEmpty());
    }

    void aRefusalOrAnAnswerWithoutCodeEndsItInWords_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("said");
        QTest::addRow("declined") << QByteArray("error=access_denied&state=st")
                                  << QStringLiteral("cancelled in the browser");
        QTest::addRow("provider error")
            << QByteArray("error=server_error&error_description=%3Cb%3Ebusy%3C%2Fb%3E&state=st")
            << QStringLiteral("<b>busy</b>");
        QTest::addRow("no code") << QByteArray("state=st") << QStringLiteral("held no sign-in code");
    }

    void aRefusalOrAnAnswerWithoutCodeEndsItInWords()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, said);
        RedirectListener listener;
        QString error;
        QVERIFY(listener.listen(RedirectListener::HostName::LoopbackAddress, "st", &error));
        QSignalSpy codes(&listener, &RedirectListener::codeReceived);
        QSignalSpy refusals(&listener, &RedirectListener::refused);
        const QString uri = listener.redirectUri();
        QCOMPARE(get(uri, "/?" + query).mid(9, 3), QByteArray("200"));
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().first().toString().contains(said),
            qPrintable(refusals.first().first().toString()));
        QVERIFY(codes.isEmpty());
        QVERIFY(!listener.isListening());
    }

    void aConnectionFromAnotherAddressIsDropped()
    {
        QHostAddress other;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                other = address;
        }
        if (other.isNull())
            QSKIP("this machine has no IPv4 address besides loopback to connect from");
        RedirectListener listener;
        QString error;
        QVERIFY(listener.listen(RedirectListener::HostName::LoopbackAddress, "st", &error));
        QSignalSpy codes(&listener, &RedirectListener::codeReceived);
        // To 127.0.0.1, but from this machine's own network address: not loopback.
        QCOMPARE(get(listener.redirectUri(), "/?code=c&state=st", other), QByteArray());
        QVERIFY(codes.isEmpty());
        QVERIFY(listener.isListening());
    }
};

QTEST_GUILESS_MAIN(RedirectListenerTest)
#include "RedirectListenerTest.moc"
