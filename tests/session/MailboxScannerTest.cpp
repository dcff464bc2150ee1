// Scanning a real Dovecot on loopback with the scan cache in a real SQLite file: a first
// scan fetches every header and the bodies of possible bounces only; a rescan of an
// unchanged mailbox fetches nothing; new mail, mail expunged by another program and a
// UIDVALIDITY change are each seen for what they are.
#include "session/MailboxScanner.h"
#include "DovecotFixture.h"
#include "FailureOf.h"
#include "FaultProxy.h"
#include "TraceCapture.h"
#include "analysis/BounceAnalyzer.h"
#include "session/VerdictLookAhead.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace Core::Imap;
using namespace Core::Session;

class MailboxScannerTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;
    const QString m_demo = QStringLiteral(NEVERSENT_DEMO_MAILBOX);
    qsizetype m_inbox = 0;
    qsizetype m_sent = 0;
    QMap<quint32, QString> m_firstVerdicts;

    static QStringList messageFiles(const QString& folder)
    {
        QStringList files;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Outcome {
        bool ok = false;
        QString error;
        Core::Session::ScanTotals totals;
        QMap<quint32, QString> verdicts; // uid -> kind/verdict
        QMap<quint32, Analysis::BounceReport> reports;
        bool forecastKept = false; // a look-ahead was given and not set aside
    };

    enum class LookAhead { No, Yes };

    // A forged invoice's bounce whose returned message carries a PDF of about 3 MB, and
    // which adds a 2 MB log of its own after the status report.
    static QByteArray hugeBounce()
    {
        const QByteArray attachment = QByteArray(3 * 1024 * 1024 / 4 * 3, 'x').toBase64();
        QByteArray pdf;
        for (qsizetype at = 0; at < attachment.size(); at += 76)
            pdf += attachment.mid(at, 76) + "\r\n";
        const QByteArray log = pdf.left(2 * 1024 * 1024);
        return "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
               "To: sam@example.com\r\n"
               "Subject: Undelivered Mail Returned to Sender\r\n"
               "Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
               "Message-ID: <huge-bounce@mx.example.net>\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"outer-b\"\r\n"
               "\r\n"
               "--outer-b\r\n"
               "Content-Type: text/plain; charset=us-ascii\r\n"
               "\r\n"
               "This is the mail system at host mx.example.net.\r\n"
               "I'm sorry to have to inform you that your message could not be delivered.\r\n"
               "<nobody@example.org>: host mail.example.org said: 550 5.1.1 User unknown\r\n"
               "\r\n"
               "--outer-b\r\n"
               "Content-Type: message/delivery-status\r\n"
               "\r\n"
               "Reporting-MTA: dns; mx.example.net\r\n"
               "\r\n"
               "Final-Recipient: rfc822; nobody@example.org\r\n"
               "Action: failed\r\n"
               "Status: 5.1.1\r\n"
               "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User "
               "unknown\r\n"
               "\r\n"
               "--outer-b\r\n"
               "Content-Type: message/rfc822\r\n"
               "\r\n"
               "Received: from unknown (HELO pc) (203.0.113.9) by mx.example.net with SMTP; Mon, 02 Nov 2026 "
               "09:59:58 +0000\r\n"
               "From: sam@example.com\r\n"
               "To: nobody@example.org\r\n"
               "Subject: Invoice 4711\r\n"
               "Date: Mon, 02 Nov 2026 09:59:57 +0000\r\n"
               "Message-ID: <invoice-4711@pc.example.com>\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/mixed; boundary=\"inner-b\"\r\n"
               "\r\n"
               "--inner-b\r\n"
               "Content-Type: text/plain\r\n"
               "\r\n"
               "Please find the invoice attached.\r\n"
               "--inner-b\r\n"
               "Content-Type: application/pdf; name=\"invoice.pdf\"\r\n"
               "Content-Transfer-Encoding: base64\r\n"
               "\r\n"
            + pdf
            + "--inner-b--\r\n"
              "\r\n"
              "--outer-b\r\n"
              "Content-Type: application/octet-stream; name=\"delivery.log\"\r\n"
              "Content-Transfer-Encoding: base64\r\n"
              "\r\n"
            + log + "--outer-b--\r\n";
    }

    Outcome scan(const QString& storeName, quint16 port = 0, const QStringList& folders = {},
        LookAhead withLookAhead = LookAhead::No)
    {
        if (port == 0)
            port = m_server.plainPort();
        Outcome outcome;
        QSqlDatabase database;
        if (!Store::Database::open(m_dir.filePath(storeName), &database, &outcome.error))
            return outcome;
        const auto account = Store::ScanCache::accountId(
            database, QStringLiteral("test"), QStringLiteral("sam"), &outcome.error);
        if (!account)
            return outcome;
        Store::ScanCache cache(database, *account);
        ImapConnection connection;
        const auto connect = [&](QString* error) {
            QString parseError;
            const auto address
                = ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(port), &parseError);
            return connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                QString::fromLatin1(DovecotFixture::Password), error);
        };
        // A cut in the middle of logging in is the caller's to retry, as the app does.
        if (!connect(&outcome.error) && !connect(&outcome.error))
            return outcome;
        MailboxScanner scanner(connection, cache, connect);
        MailboxScanner::Options options;
        options.firstReconnectDelayMs = 10;
        options.folders = folders;
        std::optional<VerdictLookAhead> lookAhead;
        if (withLookAhead == LookAhead::Yes) {
            lookAhead.emplace(cache, options);
            options.lookAhead = &*lookAhead;
        }
        const auto scanned = scanner.run(
            options,
            [&](const Core::Session::ScanResult& result) {
                outcome.verdicts.insert(result.uid,
                    Analysis::kindName(result.report.kind) + u'/'
                        + Verdict::verdictName(result.judgement.verdict));
                outcome.reports.insert(result.uid, result.report);
            },
            [](const QString&, int, int) {}, &outcome.totals);
        outcome.ok = bool(scanned);
        outcome.error = failureOf(scanned);
        outcome.forecastKept = lookAhead && lookAhead->forecast();
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_inbox
            = m_server.addMessagesFrom(QStringLiteral("INBOX"), m_demo + QStringLiteral("/INBOX"), &error);
        m_sent = m_server.addMessagesFrom(QStringLiteral("Sent"), m_demo + QStringLiteral("/Sent"), &error);
        QVERIFY(m_inbox > 10 && m_sent > 5);
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void firstScanFetchesHeadersAndTheBodiesOfPossibleBounces()
    {
        TraceCapture trace;
        const Outcome outcome = scan(QStringLiteral("store.sqlite"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error + m_server.log()));
        QCOMPARE(outcome.verdicts.size(), m_inbox);
        QCOMPARE(outcome.totals.fetchedHeaders, int(m_inbox + m_sent));
        int automatic = 0;
        for (const QString& verdict : outcome.verdicts)
            automatic += !verdict.startsWith(u"not-a-bounce");
        // Every bounce was read whole, and ordinary mail from its header alone.
        QVERIFY(outcome.totals.fetchedBodies >= automatic);
        QVERIFY(outcome.totals.fetchedBodies < int(m_inbox));
        QVERIFY(outcome.totals.backscatter > 0 && outcome.totals.genuine > 0);
        m_firstVerdicts = outcome.verdicts;

        // No round trip between the folders: Sent, never read before, is opened before the
        // answer with the bodies from INBOX has ended.
        const qsizetype bodiesAsked = trace.sent(QStringLiteral("BODY.PEEK[]<0.")).value(0, -1);
        const qsizetype sentOpened = trace.sent(QStringLiteral("EXAMINE Sent")).value(0, -1);
        const QList<qsizetype> fetchesDone = trace.received(QStringLiteral("OK Fetch completed"));
        // Done: INBOX's headers, its bodies, Sent's headers.
        QVERIFY2(bodiesAsked >= 0 && fetchesDone.size() == 3 && bodiesAsked < fetchesDone.at(1),
            qPrintable(trace.text()));
        QVERIFY2(sentOpened > bodiesAsked && sentOpened < fetchesDone.at(1), qPrintable(trace.text()));
    }

    void unchangedRescanFetchesNothing()
    {
        const Outcome outcome = scan(QStringLiteral("store.sqlite"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.totals.fetchedHeaders, 0);
        QCOMPARE(outcome.totals.fetchedBodies, 0);
        QCOMPARE(outcome.verdicts, m_firstVerdicts);
    }

    void anUnchangedRescanTakesTheVerdictsWorkedOutAhead()
    {
        const Outcome read = scan(QStringLiteral("store.sqlite"));
        const Outcome ahead = scan(QStringLiteral("store.sqlite"), 0, {}, LookAhead::Yes);
        QVERIFY2(ahead.ok, qPrintable(ahead.error));
        QVERIFY(ahead.forecastKept);
        QCOMPARE(ahead.verdicts, m_firstVerdicts);
        QCOMPARE(ahead.totals.scanned, read.totals.scanned);
        QCOMPARE(ahead.totals.backscatter, read.totals.backscatter);
        QCOMPARE(ahead.totals.genuine, read.totals.genuine);
        QCOMPARE(ahead.totals.unknown, read.totals.unknown);
        QCOMPARE(ahead.reports.keys(), read.reports.keys());
        for (auto it = read.reports.cbegin(); it != read.reports.cend(); ++it) {
            QCOMPARE(ahead.reports.value(it.key()).recipients, it->recipients);
            QCOMPARE(ahead.reports.value(it.key()).original.messageId, it->original.messageId);
        }
    }

    void newMailFetchesOnlyTheNewMessage()
    {
        QString error;
        const QStringList bounces = messageFiles(m_demo + QStringLiteral("/INBOX"));
        QVERIFY2(m_server.addMessage(QStringLiteral("INBOX"), readFile(bounces.first()), &error),
            qPrintable(error));
        // What the store held is no answer any more: the new message is in the result.
        const Outcome outcome = scan(QStringLiteral("store.sqlite"), 0, {}, LookAhead::Yes);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.forecastKept);
        QCOMPARE(outcome.totals.fetchedHeaders, 1);
        QCOMPARE(outcome.verdicts.size(), m_inbox + 1);
        const quint32 newest = outcome.verdicts.lastKey();
        QCOMPARE(outcome.verdicts.value(newest), outcome.verdicts.value(outcome.verdicts.firstKey()));
        m_firstVerdicts = outcome.verdicts;
    }

    void messagesExpungedElsewhereDropOut()
    {
        QString error;
        const quint32 victim = m_firstVerdicts.firstKey();
        QVERIFY2(
            m_server.doveadm({ QStringLiteral("expunge"), QStringLiteral("-u"),
                                 QString::fromLatin1(DovecotFixture::User), QStringLiteral("mailbox"),
                                 QStringLiteral("INBOX"), QStringLiteral("uid"), QString::number(victim) },
                &error),
            qPrintable(error));
        const Outcome outcome = scan(QStringLiteral("store.sqlite"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.totals.fetchedHeaders, 0);
        QVERIFY(!outcome.verdicts.contains(victim));
        QCOMPARE(outcome.verdicts.size(), m_firstVerdicts.size() - 1);
        m_firstVerdicts.remove(victim);
        QCOMPARE(outcome.verdicts, m_firstVerdicts);
    }

    // The connection cut at points spread over a whole first scan: the scanner connects
    // again, goes on from what it stored, and ends with the same results.
    void aCutConnectionIsMadeAgainWithTheSameResults()
    {
        const Outcome reference = scan(QStringLiteral("reference.sqlite"));
        QVERIFY2(reference.ok, qPrintable(reference.error));
        FaultProxy proxy(m_server.plainPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const Outcome measured = scan(QStringLiteral("measure.sqlite"), proxy.port());
        QVERIFY2(measured.ok, qPrintable(measured.error));
        const qint64 scanBytes = proxy.bytesForwarded();
        QVERIFY(scanBytes > 10000);
        const int rounds = 16;
        int reconnected = 0;
        for (int round = 1; round <= rounds; ++round) {
            proxy.cutAfterBytes(scanBytes * round / (rounds + 1));
            proxy.setCutConnections(1);
            const Outcome cut = scan(QStringLiteral("cut-%1.sqlite").arg(round), proxy.port());
            QVERIFY2(cut.ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(cut.error)));
            QCOMPARE(cut.verdicts, reference.verdicts);
            reconnected += cut.totals.reconnects;
        }
        proxy.cutAfterBytes(-1);
        qInfo("%d of %d cut scans carried on over a new connection (%lld bytes in a whole scan)", reconnected,
            rounds, scanBytes);
        QVERIFY(reconnected >= rounds - 2);
    }

    // Sent mail is stored a slice at a time as it arrives: after a cut in the middle of a
    // large Sent folder, the new connection asks only for what was not stored, and the
    // verdicts are the same.
    void sentMailStoredBeforeACutIsKept()
    {
        DovecotFixture server;
        QString error;
        QVERIFY(
            server.addMessagesFrom(QStringLiteral("INBOX"), m_demo + QStringLiteral("/INBOX"), &error) > 0);
        QVERIFY(server.addMessagesFrom(QStringLiteral("Sent"), m_demo + QStringLiteral("/Sent"), &error) > 0);
        for (int i = 0; i < 2500; ++i) {
            const QByteArray message = "Message-ID: <sent-" + QByteArray::number(i)
                + "@example.org>\r\nTo: someone@example.net\r\nSubject: Offer " + QByteArray::number(i)
                + "\r\nDate: Mon, 2 Feb 2026 10:00:00 +0000\r\n\r\nHello.\r\n";
            QVERIFY2(server.addMessage(QStringLiteral("Sent"), message, &error), qPrintable(error));
        }
        QVERIFY2(server.start(&error), qPrintable(error));
        const Outcome reference = scan(QStringLiteral("large-sent-reference.sqlite"), server.plainPort());
        QVERIFY2(reference.ok, qPrintable(reference.error));

        FaultProxy proxy(server.plainPort());
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const Outcome measured = scan(QStringLiteral("large-sent-measure.sqlite"), proxy.port());
        QVERIFY2(measured.ok, qPrintable(measured.error));
        // Sent's headers are most of the bytes and come last: near the end is inside them,
        // past the first slices.
        proxy.cutAfterBytes(proxy.bytesForwarded() * 9 / 10);
        proxy.setCutConnections(1);
        TraceCapture trace;
        const Outcome cut = scan(QStringLiteral("large-sent-cut.sqlite"), proxy.port());
        QVERIFY2(cut.ok, qPrintable(cut.error));
        QCOMPARE(cut.totals.reconnects, 1);
        QCOMPARE(cut.verdicts, reference.verdicts);
        // Read whole once, before the cut; after it, only the UIDs not stored.
        const QString wholeSent
            = QStringLiteral("UID FETCH 1:* (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID");
        QCOMPARE(trace.sent(wholeSent).size(), 1);
        const QList<qsizetype> searched = trace.sent(QStringLiteral("UID SEARCH ALL"));
        QVERIFY2(searched.size() == 1 && searched.first() > trace.sent(wholeSent).first(),
            qPrintable(trace.text()));
        QCOMPARE(cut.totals.fetchedHeaders, reference.totals.fetchedHeaders);
    }

    // Its structure comes first, then only the parts with the notice (the returned
    // message's start among them): the attachments stay on the server, and the report is
    // the one the whole message gives.
    void aHugeBounceIsReadInParts()
    {
        const QByteArray bounce = hugeBounce();
        QVERIFY(bounce.size() > 5 * 1024 * 1024);
        QString error;
        QVERIFY2(m_server.addMessage(QStringLiteral("Huge"), bounce, &error), qPrintable(error));
        FaultProxy proxy(m_server.plainPort());
        QVERIFY2(proxy.start(&error), qPrintable(error));
        const Outcome outcome = scan(QStringLiteral("huge.sqlite"), proxy.port(), { QStringLiteral("Huge") });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.totals.fetchedInParts, 1);
        QCOMPARE(outcome.reports.size(), 1);
        qInfo("%lld bytes over the network for a message of %lld", proxy.bytesForwarded(),
            qint64(bounce.size()));
        QVERIFY(proxy.bytesForwarded() < 400 * 1024);

        const Analysis::BounceReport read = outcome.reports.first();
        const Analysis::BounceReport whole = Analysis::BounceAnalyzer::analyze(bounce);
        QCOMPARE(Analysis::kindName(read.kind), QStringLiteral("delivery-failure"));
        QCOMPARE(read.kind, whole.kind);
        QCOMPARE(read.recipients, QStringList { QStringLiteral("nobody@example.org") });
        QCOMPARE(read.recipients, whole.recipients);
        QCOMPARE(read.status, whole.status);
        QCOMPARE(read.reason, whole.reason);
        QCOMPARE(read.diagnostic, whole.diagnostic);
        QCOMPARE(read.original.messageId, QStringLiteral("invoice-4711@pc.example.com"));
        QCOMPARE(read.original.messageId, whole.original.messageId);
        QCOMPARE(read.original.subject, whole.original.subject);
        QCOMPARE(read.original.sourceIp, whole.original.sourceIp);
    }

    void uidValidityChangeThrowsTheFolderCacheAway()
    {
        QString error;
        QByteArray status;
        QVERIFY2(m_server.doveadm({ QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"),
                                      QStringLiteral("status"), QStringLiteral("-u"),
                                      QString::fromLatin1(DovecotFixture::User),
                                      QStringLiteral("uidvalidity"), QStringLiteral("INBOX") },
                     &error, &status),
            qPrintable(error));
        const quint32 validity = status.trimmed().split('=').value(1).toUInt();
        QVERIFY2(validity > 0, status.constData());
        QVERIFY2(
            m_server.doveadm({ QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"),
                                 QString::fromLatin1(DovecotFixture::User), QStringLiteral("--uid-validity"),
                                 QString::number(validity + 1), QStringLiteral("INBOX") },
                &error),
            qPrintable(error));
        const Outcome outcome = scan(QStringLiteral("store.sqlite"));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        // Read again from the start: the old UIDs may name other messages now.
        QCOMPARE(outcome.totals.fetchedHeaders, int(m_firstVerdicts.size()));
        QCOMPARE(outcome.verdicts.size(), m_firstVerdicts.size());
    }

    // The pause before a reconnect ends as soon as the scan is cancelled: with ten minutes
    // between attempts, a cancel given as the pause starts ends the scan at once, and no
    // reconnect is tried.
    // The connection drops and the server cannot be reached again: the scan ends saying
    // what happened and what to do, not "Not connected to a mail server."
    void aLostConnectionThatCannotBeMadeAgainSaysSo()
    {
        FaultProxy proxy(m_server.plainPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        proxy.cutAfterBytes(4000);
        proxy.setCutConnections(1);
        QSqlDatabase database;
        QVERIFY2(
            Store::Database::open(m_dir.filePath(QStringLiteral("unreachable.sqlite")), &database, &error),
            qPrintable(error));
        const auto account
            = Store::ScanCache::accountId(database, QStringLiteral("test"), QStringLiteral("sam"), &error);
        QVERIFY(account.has_value());
        Store::ScanCache cache(database, *account);
        ImapConnection connection;
        const quint16 port = proxy.port();
        const auto connect = [&](QString* connectError) {
            QString parseError;
            const auto address
                = ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(port), &parseError);
            return connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                QString::fromLatin1(DovecotFixture::Password), connectError);
        };
        QVERIFY2(connect(&error), qPrintable(error));
        int reconnects = 0;
        MailboxScanner scanner(connection, cache, [&](QString* connectError) {
            // The network is gone: nothing listens there any more.
            proxy.stop();
            ++reconnects;
            return connect(connectError);
        });
        MailboxScanner::Options options;
        options.firstReconnectDelayMs = 10;
        Core::Session::ScanTotals totals;
        const auto scanned = scanner.run(
            options, [](const Core::Session::ScanResult&) {}, [](const QString&, int, int) {}, &totals);
        QVERIFY(proxy.cutHappened());
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().kind, Core::Common::Problem::ConnectionLost);
        QCOMPARE(reconnects, options.reconnectAttempts);
        error = scanned.error().message;
        QVERIFY2(error.contains(QStringLiteral(
                     "The connection to the mail server was lost, and connecting again did not work")),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Check the address, the port and the network connection")),
            qPrintable(error));
    }

    void aCancelEndsTheWaitBeforeAReconnect()
    {
        FaultProxy proxy(m_server.plainPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        // Past the login, in the middle of the scan; the connections after it go through.
        proxy.cutAfterBytes(4000);
        proxy.setCutConnections(1);
        QSqlDatabase database;
        QVERIFY2(
            Store::Database::open(m_dir.filePath(QStringLiteral("cancel-wait.sqlite")), &database, &error),
            qPrintable(error));
        const auto account
            = Store::ScanCache::accountId(database, QStringLiteral("test"), QStringLiteral("sam"), &error);
        QVERIFY(account.has_value());
        Store::ScanCache cache(database, *account);
        ImapConnection connection;
        int reconnects = 0;
        const auto connect = [&](QString* connectError) {
            QString parseError;
            const auto address = ServerAddress::parse(
                QStringLiteral("imap+plain://127.0.0.1:%1").arg(proxy.port()), &parseError);
            return connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                QString::fromLatin1(DovecotFixture::Password), connectError);
        };
        QVERIFY2(connect(&error), qPrintable(error));
        MailboxScanner scanner(connection, cache, [&](QString* connectError) {
            ++reconnects;
            return connect(connectError);
        });
        MailboxScanner::Options options;
        options.firstReconnectDelayMs = 600000;
        bool cancelled = false;
        Core::Session::ScanTotals totals;
        const auto scanned = scanner.run(
            options, [](const Core::Session::ScanResult&) {},
            [&](const QString& phase, int, int) {
                // What the window shows as the pause starts; Esc is pressed then.
                if (phase.contains(u"connecting again") && !cancelled) {
                    cancelled = true;
                    connection.cancel();
                }
            },
            &totals);
        QVERIFY(proxy.cutHappened());
        QVERIFY(cancelled);
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().kind, Core::Common::Problem::Cancelled);
        QCOMPARE(reconnects, 0);
    }
};

QTEST_GUILESS_MAIN(MailboxScannerTest)
#include "MailboxScannerTest.moc"
