// The raw IMAP commands on a real Dovecot: UID sets, folders asked for with RETURN
// (SPECIAL-USE) including a modified UTF-7 name, status and fetch without side effects.
#include "DovecotFixture.h"
#include "imap/ImapConnection.h"
#include "imap/ImapProtocol.h"
#include "imap/UidSet.h"

#include <QTest>

using namespace Core::Imap;

class ImapProtocolTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    ImapConnection m_connection;

private slots:
    void uidSets_data()
    {
        QTest::addColumn<QList<quint32>>("uids");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QList<quint32> {} << QByteArray();
        QTest::newRow("one") << QList<quint32> { 7 } << QByteArray("7");
        QTest::newRow("runs, unsorted, doubled") << QList<quint32> { 9, 3, 4, 5, 12, 13, 14, 4 } << QByteArray("3:5,9,12:14");
        QTest::newRow("large") << QList<quint32> { 4294967294u, 4294967295u } << QByteArray("4294967294:4294967295");
    }

    void uidSets()
    {
        QFETCH(QList<quint32>, uids);
        QFETCH(QByteArray, expected);
        QCOMPARE(UidSet::format(uids), expected);
    }

    void chunksKeepEveryUidOnce()
    {
        QList<quint32> uids;
        for (quint32 uid = 1000; uid > 0; --uid)
            uids.append(uid);
        const auto chunks = UidSet::chunks(uids, 300);
        QCOMPARE(chunks.size(), 4);
        QCOMPARE(chunks.first().first(), 1u);
        QCOMPARE(chunks.last().size(), 100);
        QCOMPARE(chunks.last().last(), 1000u);
    }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.addMessage(QStringLiteral("INBOX"),
                     "From: Ann <ann@example.org>\r\nTo: sam@example.org\r\nSubject: Hello\r\nMessage-ID: <one@example.org>\r\n\r\nHi\r\n",
                     &error),
            qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.doveadm({ QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                                      QString::fromLatin1(DovecotFixture::User), QStringLiteral("Éléments envoyés") },
                     &error),
            qPrintable(error));
        const auto address = ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), &error);
        QVERIFY2(m_connection.connect(*address, QString::fromLatin1(DovecotFixture::User), QString::fromLatin1(DovecotFixture::Password), &error),
            qPrintable(error));
    }

    void foldersWithSpecialUseAndInternationalNames()
    {
        ImapProtocol protocol(m_connection);
        QVERIFY(protocol.hasCapability("SPECIAL-USE"));
        QString error;
        const auto folders = protocol.folders(&error);
        QVERIFY2(folders.has_value(), qPrintable(error));
        QMap<QString, QString> roles;
        for (const FolderInfo& folder : *folders)
            roles.insert(folder.path, FolderRoles::roleName(folder.role));
        QCOMPARE(roles.value(QStringLiteral("Sent")), QStringLiteral("sent"));
        QCOMPARE(roles.value(QStringLiteral("Trash")), QStringLiteral("trash"));
        QCOMPARE(roles.value(QStringLiteral("Éléments envoyés")), QStringLiteral("sent"));
    }

    void statusOpenAndFetchChangeNothing()
    {
        ImapProtocol protocol(m_connection);
        QString error;
        const QStringList before = m_server.storedFiles();
        const auto status = protocol.status(QStringLiteral("INBOX"), &error);
        QVERIFY2(status.has_value(), qPrintable(error));
        QCOMPARE(status->messages, 1u);
        QVERIFY(status->uidValidity > 0 && status->uidNext > 1);
        const auto opened = protocol.open(QStringLiteral("INBOX"), true, &error);
        QVERIFY2(opened.has_value(), qPrintable(error));
        QCOMPARE(opened->uidValidity, status->uidValidity);
        QCOMPARE(opened->uidNext, status->uidNext);
        QCOMPARE(opened->messages, 1u);
        const auto uids = protocol.searchUids("ALL", &error);
        QVERIFY(uids.has_value() && uids->size() == 1);
        QByteArray body;
        QVERIFY(protocol.fetch(*uids, "BODY.PEEK[]<0.1048576>", [&](const FetchedMessage& message) { body = message.bytes; }, &error));
        QVERIFY(body.contains("Subject: Hello"));
        QVERIFY(protocol.leave(&error));
        QCOMPARE(m_server.storedFiles(), before); // no \Seen
        // A folder that is not there is the server's refusal, not a lost connection.
        QVERIFY(!protocol.status(QStringLiteral("Nowhere"), &error));
        QVERIFY(!protocol.connectionLost());
        QVERIFY(protocol.status(QStringLiteral("INBOX"), &error).has_value());
    }
};

QTEST_GUILESS_MAIN(ImapProtocolTest)
#include "ImapProtocolTest.moc"
