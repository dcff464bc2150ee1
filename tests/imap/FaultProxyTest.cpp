// The fault proxy between a client and a server that the test plays both of, with blocking
// sockets on the test's thread (as the IMAP code under test will be), and once in front of a
// real Dovecot.
#include "FaultProxy.h"
#include "DovecotFixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 10000;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    // Seeded: a failure comes back with the same bytes.
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = static_cast<char>(generator.generate());
    return bytes;
}

// Reads until `size` bytes came, the peer closed or the time ran out.
QByteArray readUpTo(QTcpSocket& socket, qsizetype size)
{
    QByteArray received;
    while (received.size() < size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(Timeout))
            break;
        received += socket.read(size - received.size());
    }
    return received;
}

QByteArray readLine(QTcpSocket& socket)
{
    while (!socket.canReadLine() && socket.waitForReadyRead(Timeout)) { }
    return socket.readLine();
}

bool writeAll(QTcpSocket& socket, const QByteArray& bytes)
{
    socket.write(bytes);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(Timeout))
            return false;
    }
    return true;
}

bool isClosed(QTcpSocket& socket)
{
    return socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(Timeout);
}

// The proxy's connection to the server the test plays, taken on the test's thread.
std::unique_ptr<QTcpSocket> acceptFromProxy(QTcpServer& server)
{
    if (!server.hasPendingConnections() && !server.waitForNewConnection(Timeout))
        return nullptr;
    return std::unique_ptr<QTcpSocket>(server.nextPendingConnection());
}

} // namespace

class FaultProxyTest : public QObject {
    Q_OBJECT

private:
    QTcpServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.listen(QHostAddress::LocalHost, 0)); }

    void passesBytesUnchangedBothWays()
    {
        FaultProxy proxy(m_server.serverPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> server = acceptFromProxy(m_server);
        QVERIFY(server);

        const QByteArray payload = randomBytes(1024 * 1024, 1);
        QVERIFY(writeAll(client, payload));
        const QByteArray arrived = readUpTo(*server, payload.size());
        QVERIFY(arrived == payload);
        QVERIFY(writeAll(*server, arrived));
        QVERIFY(readUpTo(client, payload.size()) == payload);

        QCOMPARE(proxy.connectionsSeen(), 1);
        QCOMPARE(proxy.bytesForwarded(), qint64(2 * payload.size()));
        QVERIFY(!proxy.cutHappened());
    }

    void cutsAfterExactlyTheGivenBytes_data()
    {
        QTest::addColumn<qint64>("cutAfter");
        QTest::addColumn<int>("requestBytesArriving");
        QTest::addColumn<int>("replyBytesArriving");
        const int request = 13; // "hello proxy\r\n"
        QTest::newRow("before the first byte") << qint64(0) << 0 << 0;
        QTest::newRow("inside the request") << qint64(5) << 5 << 0;
        QTest::newRow("right after the request") << qint64(request) << request << 0;
        QTest::newRow("inside the reply") << qint64(request + 40000) << request << 40000;
        QTest::newRow("one byte before the reply's end") << qint64(request + 99999) << request << 99999;
    }

    void cutsAfterExactlyTheGivenBytes()
    {
        QFETCH(qint64, cutAfter);
        QFETCH(int, requestBytesArriving);
        QFETCH(int, replyBytesArriving);
        const QByteArray request("hello proxy\r\n");
        const QByteArray reply = randomBytes(100000, 2);

        FaultProxy proxy(m_server.serverPort());
        proxy.cutAfterBytes(cutAfter);
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> server = acceptFromProxy(m_server);
        QVERIFY(server);

        // Writes into a connection the proxy has already cut may fail: only what arrives counts.
        writeAll(client, request);
        QCOMPARE(readUpTo(*server, request.size()), request.left(requestBytesArriving));
        if (requestBytesArriving == request.size())
            writeAll(*server, reply);
        QVERIFY(readUpTo(client, reply.size()) == reply.left(replyBytesArriving));

        QVERIFY(isClosed(client));
        QVERIFY(isClosed(*server));
        QVERIFY(proxy.cutHappened());
        QCOMPARE(proxy.bytesForwarded(), cutAfter);
    }

    void cutsOnlyTheFirstConnectionSoAReconnectGetsThrough()
    {
        FaultProxy proxy(m_server.serverPort());
        proxy.cutAfterBytes(4);
        proxy.setCutConnections(1);
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const QByteArray request("hello\r\n");
        const QByteArray reply("welcome\r\n");

        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(first.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> firstAtServer = acceptFromProxy(m_server);
        QVERIFY(firstAtServer);
        writeAll(first, request);
        QCOMPARE(readUpTo(*firstAtServer, request.size()), request.left(4));
        QVERIFY(isClosed(first));
        QVERIFY(isClosed(*firstAtServer));

        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(second.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> secondAtServer = acceptFromProxy(m_server);
        QVERIFY(secondAtServer);
        QVERIFY(writeAll(second, request));
        QCOMPARE(readUpTo(*secondAtServer, request.size()), request);
        QVERIFY(writeAll(*secondAtServer, reply));
        QCOMPARE(readUpTo(second, reply.size()), reply);
        QCOMPARE(second.state(), QAbstractSocket::ConnectedState);

        QCOMPARE(proxy.connectionsSeen(), 2);
        QCOMPARE(proxy.bytesForwarded(), qint64(4 + request.size() + reply.size()));
    }

    void latencyDelaysEachWayAndKeepsTheOrder()
    {
        constexpr int Latency = 40;
        FaultProxy proxy(m_server.serverPort());
        proxy.setLatency(Latency);
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> server = acceptFromProxy(m_server);
        QVERIFY(server);

        QElapsedTimer roundTrip;
        roundTrip.start();
        QVERIFY(writeAll(client, "ping\r\n"));
        QCOMPARE(readUpTo(*server, 6), QByteArray("ping\r\n"));
        QVERIFY(writeAll(*server, "pong\r\n"));
        QCOMPARE(readUpTo(client, 6), QByteArray("pong\r\n"));
        QVERIFY2(
            roundTrip.elapsed() >= 2 * Latency, qPrintable(QStringLiteral("%1 ms").arg(roundTrip.elapsed())));

        // Many chunks in flight at once, each way.
        const QByteArray payload = randomBytes(256 * 1024, 3);
        constexpr qsizetype Piece = 4096;
        for (qsizetype offset = 0; offset < payload.size(); offset += Piece)
            QVERIFY(writeAll(client, payload.mid(offset, Piece)));
        const QByteArray arrived = readUpTo(*server, payload.size());
        QVERIFY(arrived == payload);
        for (qsizetype offset = 0; offset < arrived.size(); offset += Piece)
            QVERIFY(writeAll(*server, arrived.mid(offset, Piece)));
        QVERIFY(readUpTo(client, payload.size()) == payload);
        QVERIFY(!proxy.cutHappened());
    }

    void stopClosesTheConnectionsAndTheListener()
    {
        FaultProxy proxy(m_server.serverPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const quint16 port = proxy.port();
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(Timeout));
        const std::unique_ptr<QTcpSocket> server = acceptFromProxy(m_server);
        QVERIFY(server);

        proxy.stop();
        QCOMPARE(proxy.port(), quint16(0));
        QVERIFY(isClosed(client));
        QVERIFY(isClosed(*server));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(Timeout));
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void dovecotGreetsThroughTheProxy()
    {
        DovecotFixture dovecot;
        QString error;
        QVERIFY2(dovecot.start(&error), qPrintable(error));
        FaultProxy proxy(dovecot.plainPort());
        QVERIFY2(proxy.start(&error), qPrintable(error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(Timeout));

        const QByteArray greeting = readLine(client);
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());
        QVERIFY(writeAll(client, "a1 LOGOUT\r\n"));
        QVERIFY(readLine(client).startsWith("* BYE"));
        QVERIFY(readLine(client).startsWith("a1 OK"));
        QVERIFY(isClosed(client));
    }
};

QTEST_GUILESS_MAIN(FaultProxyTest)
#include "FaultProxyTest.moc"
