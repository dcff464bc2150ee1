// The raw IMAP commands on a real Dovecot: UID sets, folders asked for with RETURN
// (SPECIAL-USE) including a modified UTF-7 name, status and fetch without side effects.
#include "imap/ImapProtocol.h"
#include "DovecotFixture.h"
#include "FailureOf.h"
#include "TraceCapture.h"
#include "imap/ImapConnection.h"
#include "imap/UidSet.h"

#include <QTest>

#include <algorithm>

using namespace Core::Imap;
using Core::Common::Problem;

namespace {

// A message whose text looks like IMAP: a literal announcement, a FETCH line, a tagged answer.
const QByteArray TrickyMessage
    = "Subject: {5}\r\nMessage-ID: <two@example.org>\r\n\r\n* 9 FETCH (UID 99)\r\na1 OK\r\n";

} // namespace

class ImapProtocolTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    ImapConnection m_connection;

    // The same UIDs, sizes and bytes, in the same order.
    static bool sameMessages(const QList<FetchedMessage>& got, const QList<FetchedMessage>& expected)
    {
        return std::equal(got.cbegin(), got.cend(), expected.cbegin(), expected.cend(),
            [](const FetchedMessage& a, const FetchedMessage& b) {
                return a.uid == b.uid && a.size == b.size && a.bytes == b.bytes;
            });
    }

private slots:
    void uidSets_data()
    {
        QTest::addColumn<QList<quint32>>("uids");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QList<quint32> {} << QByteArray();
        QTest::newRow("one") << QList<quint32> { 7 } << QByteArray("7");
        QTest::newRow("runs, unsorted, doubled")
            << QList<quint32> { 9, 3, 4, 5, 12, 13, 14, 4 } << QByteArray("3:5,9,12:14");
        QTest::newRow("large") << QList<quint32> { 4294967294u, 4294967295u }
                               << QByteArray("4294967294:4294967295");
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

    // Scattered UIDs make a long set: a chunk ends where its set would pass the limit.
    void chunksKeepCommandsShort()
    {
        QList<quint32> uids;
        for (quint32 uid = 100000; uid < 140000; uid += 2)
            uids.append(uid);
        uids.append({ 200000, 200001, 200002 });
        const auto chunks = UidSet::chunks(uids, 100000);
        QVERIFY(chunks.size() > 1);
        QList<quint32> joined;
        for (const QList<quint32>& chunk : chunks) {
            QVERIFY(UidSet::format(chunk).size() <= UidSet::MaxSetLength);
            QVERIFY(UidSet::format(chunk).size() > UidSet::MaxSetLength - 10 || &chunk == &chunks.last());
            joined.append(chunk);
        }
        QCOMPARE(joined, uids);
    }

    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.addMessage(QStringLiteral("INBOX"),
                     "From: Ann <ann@example.org>\r\nTo: sam@example.org\r\nSubject: Hello\r\nMessage-ID: "
                     "<one@example.org>\r\n\r\nHi\r\n",
                     &error),
            qPrintable(error));
        for (const QByteArray& message : { QByteArray("Subject: Hello\r\n\r\nHi\r\n"), TrickyMessage })
            QVERIFY2(m_server.addMessage(QStringLiteral("Archive"), message, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.doveadm(
                     { QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                         QString::fromLatin1(DovecotFixture::User), QStringLiteral("Éléments envoyés") },
                     &error),
            qPrintable(error));
        const auto address = ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), &error);
        QVERIFY2(m_connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                     QString::fromLatin1(DovecotFixture::Password), &error),
            qPrintable(error));
    }

    void foldersWithSpecialUseAndInternationalNames()
    {
        ImapProtocol protocol(m_connection);
        QVERIFY(protocol.hasCapability("SPECIAL-USE"));
        const auto folders = protocol.folders();
        QVERIFY2(folders, qPrintable(failureOf(folders)));
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
        const QStringList before = m_server.storedFiles();
        const auto status = protocol.status(QStringLiteral("INBOX"));
        QVERIFY2(status, qPrintable(failureOf(status)));
        QCOMPARE(status->messages, 1u);
        QVERIFY(status->uidValidity > 0 && status->uidNext > 1);
        const auto opened = protocol.open(QStringLiteral("INBOX"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        QCOMPARE(opened->uidValidity, status->uidValidity);
        QCOMPARE(opened->uidNext, status->uidNext);
        QCOMPARE(opened->messages, 1u);
        const auto uids = protocol.searchUids("ALL");
        QVERIFY(uids && uids->size() == 1);
        QByteArray body;
        QVERIFY(protocol.fetch(
            *uids, "BODY.PEEK[]<0.1048576>", [&](const FetchedMessage& message) { body = message.bytes; }));
        QVERIFY(body.contains("Subject: Hello"));
        QVERIFY(protocol.leave());
        QCOMPARE(m_server.storedFiles(), before); // no \Seen
        // A folder that is not there is the server's refusal, not a lost connection.
        const auto nowhere = protocol.status(QStringLiteral("Nowhere"));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().kind, Problem::ServerRefused);
        QVERIFY(protocol.status(QStringLiteral("INBOX")));
    }

    // IDLE: quiet until the time is up, told at once of a message that came, and ended in
    // step either way, so that the next command is answered as usual.
    void idleTellsOfNewMailAndEndsInStep()
    {
        QString error;
        QVERIFY2(m_server.doveadm({ QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                                      QString::fromLatin1(DovecotFixture::User), QStringLiteral("Waiting") },
                     &error),
            qPrintable(error));
        ImapProtocol protocol(m_connection);
        QVERIFY(protocol.hasCapability("IDLE"));
        const auto opened = protocol.open(QStringLiteral("Waiting"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        QCOMPARE(opened->messages, 0u);
        const auto quiet = protocol.waitForChange(std::chrono::milliseconds(300));
        QVERIFY2(quiet, qPrintable(failureOf(quiet)));
        QVERIFY(!*quiet);
        QVERIFY2(m_server.deliver(QStringLiteral("Waiting"), TrickyMessage, &error), qPrintable(error));
        const auto changed = protocol.waitForChange(std::chrono::seconds(20));
        QVERIFY2(changed, qPrintable(failureOf(changed)));
        QVERIFY(*changed);
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids, qPrintable(failureOf(uids)));
        QCOMPARE(uids->size(), 1);
        QVERIFY(protocol.leave());
    }

    // The answers that carry mail are read without vmime's parser: each message comes once
    // even when another program's flag change adds FETCH lines of its own, bytes that look
    // like IMAP syntax inside a message stay mail, and a refusal leaves the connection usable.
    void fetchReadsEachMessageOnceAndStaysInStep()
    {
        QString error;
        ImapProtocol protocol(m_connection);
        const auto opened = protocol.open(QStringLiteral("Archive"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        // Changed behind this connection's back: the next answer reports it unasked.
        QVERIFY2(m_server.doveadm(
                     { QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"),
                         QString::fromLatin1(DovecotFixture::User), QStringLiteral("\\Flagged"),
                         QStringLiteral("mailbox"), QStringLiteral("Archive"), QStringLiteral("ALL") },
                     &error),
            qPrintable(error));
        QList<FetchedMessage> fetched;
        const auto read = protocol.fetchAll(
            "BODY.PEEK[]", [&](const FetchedMessage& message) { fetched.append(message); });
        QVERIFY2(read, qPrintable(failureOf(read)));
        QCOMPARE(fetched.size(), 2);
        QVERIFY(fetched.at(0).uid < fetched.at(1).uid);
        QVERIFY(fetched.at(0).bytes.contains("Subject: Hello"));
        QCOMPARE(fetched.at(1).bytes, TrickyMessage);
        QCOMPARE(fetched.at(1).size, quint64(TrickyMessage.size()));

        const auto refused = protocol.fetchAll("BODY.PEEK[NOSUCH]", [](const FetchedMessage&) {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("refused")), qPrintable(failureOf(refused)));
        QCOMPARE(refused.error().kind, Problem::ServerRefused);
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids, qPrintable(failureOf(uids)));
        QCOMPARE(uids->size(), 2);
    }

    // Fetches sent from the visit of another fetch go out while its answer is still being
    // read, and their answers, read after it, give what a fetch of their own gives. The
    // work given to the reading runs once, after they went out and before their answers.
    void fetchesSentWhileAnAnswerArrivesAreAnsweredAfterIt()
    {
        ImapProtocol protocol(m_connection);
        const auto opened = protocol.open(QStringLiteral("Archive"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids && uids->size() == 2, qPrintable(failureOf(uids)));
        QList<FetchedMessage> expected;
        const auto read = protocol.fetch(
            *uids, "BODY.PEEK[]", [&](const FetchedMessage& message) { expected.append(message); });
        QVERIFY2(read, qPrintable(failureOf(read)));

        TraceCapture trace;
        int headers = 0;
        const auto headersRead = protocol.fetchAll("BODY.PEEK[HEADER]", [&](const FetchedMessage& message) {
            ++headers;
            protocol.sendFetch({ message.uid }, "BODY.PEEK[]");
        });
        QVERIFY2(headersRead, qPrintable(failureOf(headersRead)));
        QCOMPARE(headers, 2);
        int runs = 0;
        QStringList linesMeanwhile;
        QList<FetchedMessage> fetched;
        const auto bodiesRead
            = protocol.readSentFetches([&](const FetchedMessage& message) { fetched.append(message); },
                [&] {
                    ++runs;
                    linesMeanwhile = trace.lines();
                });
        QVERIFY2(bodiesRead, qPrintable(failureOf(bodiesRead)));
        QCOMPARE(runs, 1);
        QVERIFY(sameMessages(fetched, expected));
        // Both went out before the header fetch's answer was read to its end.
        const QList<qsizetype> bodiesSent = trace.sent(QStringLiteral("BODY.PEEK[])"));
        const qsizetype headersDone = trace.received(QStringLiteral(" OK ")).value(0, -1);
        QVERIFY2(bodiesSent.size() == 2 && headersDone > bodiesSent.last(), qPrintable(trace.text()));
        QVERIFY2(linesMeanwhile.size() > bodiesSent.last() && linesMeanwhile.size() < trace.lines().size(),
            qPrintable(trace.text()));
        QVERIFY(protocol.searchUids("ALL"));
    }

    // A folder opened behind sent fetches: the EXAMINE goes out once, before their answers
    // are read, and examineAndFetchAll() then reads what it would have read itself.
    void aFolderOpenedBehindSentFetches()
    {
        ImapProtocol protocol(m_connection);
        const auto expected = protocol.open(QStringLiteral("INBOX"), true);
        QVERIFY2(expected, qPrintable(failureOf(expected)));
        QList<FetchedMessage> expectedMessages;
        const auto read = protocol.fetchAll(
            "BODY.PEEK[HEADER]", [&](const FetchedMessage& message) { expectedMessages.append(message); });
        QVERIFY2(read, qPrintable(failureOf(read)));
        const auto archive = protocol.open(QStringLiteral("Archive"), true);
        QVERIFY2(archive, qPrintable(failureOf(archive)));
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids, qPrintable(failureOf(uids)));

        TraceCapture trace;
        protocol.sendFetch(*uids, "BODY.PEEK[]");
        protocol.sendExamineAndFetchAll(QStringLiteral("INBOX"), "BODY.PEEK[HEADER]");
        int bodies = 0;
        const auto bodiesRead = protocol.readSentFetches([&](const FetchedMessage&) { ++bodies; });
        QVERIFY2(bodiesRead, qPrintable(failureOf(bodiesRead)));
        QCOMPARE(bodies, 2); // from Archive, opened when they were sent
        QList<FetchedMessage> messages;
        const auto status = protocol.examineAndFetchAll(
            QStringLiteral("INBOX"), "BODY.PEEK[HEADER]",
            [](const FolderStatus&) { return ImapProtocol::Done(); },
            [&](const FetchedMessage& message) { messages.append(message); });
        QVERIFY2(status, qPrintable(failureOf(status)));
        QCOMPARE(status->uidValidity, expected->uidValidity);
        QCOMPARE(status->messages, expected->messages);
        QVERIFY(sameMessages(messages, expectedMessages));
        const QList<qsizetype> examines = trace.sent(QStringLiteral("EXAMINE"));
        const qsizetype firstAnswer = trace.received().value(0, -1);
        QVERIFY2(examines.size() == 1 && examines.first() < firstAnswer, qPrintable(trace.text()));
        const auto after = protocol.searchUids("ALL");
        QVERIFY2(after, qPrintable(failureOf(after)));
    }

    // A refused fetch among those sent is reported, and the others are still read: the
    // connection stays in step.
    void aRefusedSentFetchLeavesTheOthersRead()
    {
        ImapProtocol protocol(m_connection);
        const auto opened = protocol.open(QStringLiteral("Archive"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids, qPrintable(failureOf(uids)));
        protocol.sendFetch(*uids, "BODY.PEEK[NOSUCH]");
        protocol.sendFetch(*uids, "BODY.PEEK[HEADER]");
        int fetched = 0;
        const auto refused = protocol.readSentFetches([&](const FetchedMessage&) { ++fetched; });
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("refused")), qPrintable(failureOf(refused)));
        QCOMPARE(refused.error().kind, Problem::ServerRefused);
        QCOMPARE(fetched, 2);
        const auto after = protocol.searchUids("ALL");
        QVERIFY2(after, qPrintable(failureOf(after)));
        // Nothing sent: nothing to read.
        QVERIFY(protocol.readSentFetches([&](const FetchedMessage&) { ++fetched; }));
        QCOMPARE(fetched, 2);
    }

    // EXAMINE and the fetch of the whole folder go out together, before the first answer:
    // the folder's state as open() reads it, the messages as fetchAll() gives them.
    void examineAndFetchAllInOneRoundTrip()
    {
        ImapProtocol protocol(m_connection);
        const auto opened = protocol.open(QStringLiteral("Archive"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        QList<FetchedMessage> expected;
        const auto read = protocol.fetchAll(
            "BODY.PEEK[]", [&](const FetchedMessage& message) { expected.append(message); });
        QVERIFY2(read, qPrintable(failureOf(read)));
        QVERIFY(protocol.leave());

        TraceCapture trace;
        std::optional<FolderStatus> seen;
        QList<FetchedMessage> fetched;
        const auto status = protocol.examineAndFetchAll(
            QStringLiteral("Archive"), "BODY.PEEK[]",
            [&](const FolderStatus& state) {
                seen = state;
                return fetched.isEmpty() ? ImapProtocol::Done()
                                         : ImapProtocol::Done(Core::Common::Error { Problem::Other, {} });
            },
            [&](const FetchedMessage& message) { fetched.append(message); });
        QVERIFY2(status, qPrintable(failureOf(status)));
        QVERIFY(seen.has_value());
        QVERIFY(opened->highestModSeq > 0);
        for (const FolderStatus& state : { *status, *seen }) {
            QCOMPARE(state.uidValidity, opened->uidValidity);
            QCOMPARE(state.uidNext, opened->uidNext);
            QCOMPARE(state.messages, opened->messages);
            QCOMPARE(state.highestModSeq, opened->highestModSeq);
        }
        QVERIFY(sameMessages(fetched, expected));
        const qsizetype fetchSent = trace.sent(QStringLiteral("UID FETCH 1:*")).value(0, -1);
        const qsizetype firstAnswer = trace.received().value(0, -1);
        QVERIFY2(fetchSent >= 0 && firstAnswer > fetchSent, qPrintable(trace.text()));
    }

    // A folder that cannot be opened, or one the caller finds changed, hands on nothing
    // and leaves the connection in step; after a refused EXAMINE no folder is selected,
    // so the messages of the one open before never come instead.
    void examineAndFetchAllHandsOnNothingUnwanted()
    {
        ImapProtocol protocol(m_connection);
        const auto opened = protocol.open(QStringLiteral("INBOX"), true);
        QVERIFY2(opened, qPrintable(failureOf(opened)));
        int handed = 0;
        const auto count = [&](const FetchedMessage&) { ++handed; };
        const auto accept = [](const FolderStatus&) { return ImapProtocol::Done(); };
        const auto nowhere
            = protocol.examineAndFetchAll(QStringLiteral("Nowhere"), "BODY.PEEK[]", accept, count);
        QVERIFY(!nowhere);
        QVERIFY2(nowhere.error().message.contains(QStringLiteral("open the folder")),
            qPrintable(failureOf(nowhere)));
        QCOMPARE(nowhere.error().kind, Problem::ServerRefused);
        QCOMPARE(handed, 0);

        const Core::Common::Error changed { Problem::Other, QStringLiteral("changed meanwhile") };
        const auto unwanted = protocol.examineAndFetchAll(
            QStringLiteral("Archive"), "BODY.PEEK[]",
            [&](const FolderStatus& state) {
                return state.messages == 0 ? ImapProtocol::Done() : ImapProtocol::Done(changed);
            },
            count);
        QVERIFY(!unwanted);
        QCOMPARE(unwanted.error().message, changed.message);
        QCOMPARE(unwanted.error().kind, Problem::Other);
        QCOMPARE(handed, 0);
        const auto uids = protocol.searchUids("ALL");
        QVERIFY2(uids, qPrintable(failureOf(uids)));
        QCOMPARE(uids->size(), 2);
    }
};

QTEST_GUILESS_MAIN(ImapProtocolTest)
#include "ImapProtocolTest.moc"
