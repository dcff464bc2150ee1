// The account worker on a thread of its own, as the desktop app drives it: results and
// progress arrive as queued signals, and cancel() from the GUI thread stops a scan that
// is waiting on a slow server. It signs in with a password or with an OAuth2 access token.
#include "session/AccountWorker.h"
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "OAuthServerFixture.h"
#include "TraceCapture.h"
#include "oauth/TokenKeeper.h"
#include "session/WorkerHost.h"

#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core::Imap;
using namespace Core::Session;
using Core::Session::MailboxCleaner;

class AccountWorkerTest : public QObject {
    Q_OBJECT

private:
    OAuthServerFixture m_authorization;
    DovecotFixture m_server;
    QTemporaryDir m_dir;

    AccountSettings settings(quint16 port, const QString& store) const
    {
        AccountSettings result;
        QString error;
        result.address = *ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(port), &error);
        result.user = QString::fromLatin1(DovecotFixture::User);
        result.credential = Credential::password(QString::fromLatin1(DovecotFixture::Password));
        result.storePath = m_dir.filePath(store);
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_authorization.start(&error), qPrintable(error));
        m_server.setOAuth2(
            m_authorization.introspectionUrl(), QStringLiteral("plain login xoauth2 oauthbearer"));
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(
                m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        // A folder a mail filter filled with bounces, and one of ordinary mail: only the
        // first is offered for the scan, going by what is in it.
        const QDir inbox(QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX/cur"));
        for (const QString& name : inbox.entryList(QDir::Files)) {
            QFile file(inbox.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const bool bounce
                = QRegularExpression(QStringLiteral("\\.M(4|6|9|10|12)P")).match(name).hasMatch();
            const bool ordinary = QRegularExpression(QStringLiteral("\\.M(1|2|3|7)P")).match(name).hasMatch();
            if (bounce || ordinary)
                QVERIFY2(m_server.addMessage(bounce ? QStringLiteral("Returned") : QStringLiteral("Projects"),
                             file.readAll(), &error),
                    qPrintable(error));
        }
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void scansOnItsOwnThread_data()
    {
        QTest::addColumn<bool>("accessToken");
        QTest::addRow("password") << false;
        QTest::addRow("OAuth2 access token") << true;
    }

    void scansOnItsOwnThread()
    {
        QFETCH(bool, accessToken);
        QThread thread;
        AccountSettings given
            = settings(m_server.plainPort(), QStringLiteral("scan-%1.sqlite").arg(accessToken));
        if (accessToken)
            given.credential = Credential::accessToken(m_authorization.issueAccessToken(given.user));
        const int checkedBefore = m_authorization.introspections();
        auto* worker = new AccountWorker(given);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSignalSpy results(worker, &AccountWorker::messageScanned);
        QSignalSpy progress(worker, &AccountWorker::progress);
        QSignalSpy finished(worker, &AccountWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto totals = finished.first().at(2).value<Core::Session::ScanTotals>();
        QVERIFY(totals.scanned > 10);
        QCOMPARE(results.count(), totals.scanned);
        QVERIFY(!progress.isEmpty());
        const auto first = results.first().first().value<Core::Session::ScanResult>();
        QCOMPARE(first.folder, QStringLiteral("INBOX"));
        QVERIFY(first.uid > 0);
        QCOMPARE(m_authorization.introspections() > checkedBefore, accessToken);
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    // The token a session began with is withdrawn (as one runs out after an hour) and the
    // connection drops: the reconnect is refused, the worker asks for a new token, the
    // keeper renews it with the refresh token (which the provider rotates), and the scan
    // goes on. A refresh token the provider no longer takes ends in plain words.
    void aTokenRefusedMidSessionIsRenewedAndTheScanGoesOn()
    {
        const QString user = QString::fromLatin1(DovecotFixture::User);
        const QString firstRefreshToken = m_authorization.issueRefreshToken(user);
        Core::OAuth::TokenKeeper keeper(
            { QUrl(m_authorization.tokenUrl()), QStringLiteral("neversent-test"), QString() },
            firstRefreshToken);
        auto slot = std::make_shared<AccessTokenSlot>();
        connect(&keeper, &Core::OAuth::TokenKeeper::accessTokenReady, this,
            [slot](const QString& token) { slot->set(token); });
        connect(&keeper, &Core::OAuth::TokenKeeper::signInEnded, this,
            [slot](const QString& why) { slot->fail(why); });
        connect(&keeper, &Core::OAuth::TokenKeeper::failed, this,
            [slot](const QString& why) { slot->fail(why); });
        QSignalSpy ready(&keeper, &Core::OAuth::TokenKeeper::accessTokenReady);
        QSignalSpy rotated(&keeper, &Core::OAuth::TokenKeeper::refreshTokenChanged);
        keeper.requestAccessToken();
        QTRY_COMPARE(ready.count(), 1);

        QThread thread;
        AccountSettings given = settings(m_server.plainPort(), QStringLiteral("renewal.sqlite"));
        given.credential = {};
        given.accessToken = slot;
        auto* worker = new AccountWorker(given);
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &AccountWorker::accessTokenRefused, &keeper,
            &Core::OAuth::TokenKeeper::accessTokenRefused);
        thread.start();
        auto cleanup = qScopeGuard([&thread] {
            thread.quit();
            thread.wait(10000);
        });
        QSignalSpy refused(worker, &AccountWorker::accessTokenRefused);
        QSignalSpy finished(worker, &AccountWorker::scanFinished);
        const auto scan = [worker] { worker->scan({ QStringLiteral("INBOX") }, {}, {}); };
        QMetaObject::invokeMethod(worker, scan, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(refused.count(), 0);

        const QString firstToken = slot->current();
        m_authorization.revoke(firstToken);
        QString error;
        QVERIFY2(m_server.kickUser(&error), qPrintable(error));
        QMetaObject::invokeMethod(worker, scan, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), firstToken);
        QVERIFY(slot->current() != firstToken);
        QCOMPARE(rotated.count(), 2);
        QVERIFY(!m_authorization.liveRefreshTokens().contains(firstRefreshToken));

        // Revoked altogether: the next refusal cannot be mended.
        m_authorization.revoke(slot->current());
        m_authorization.revoke(rotated.last().first().toString());
        QSignalSpy ended(&keeper, &Core::OAuth::TokenKeeper::signInEnded);
        QVERIFY2(m_server.kickUser(&error), qPrintable(error));
        QMetaObject::invokeMethod(worker, scan, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
        QVERIFY(!finished.last().at(0).toBool());
        QCOMPARE(ended.count(), 1);
        QVERIFY2(finished.last().at(1).toString().contains(ended.first().first().toString()),
            qPrintable(finished.last().at(1).toString()));
    }

    void listsFoldersCleansChosenMessagesAndUndoesTheLastClean()
    {
        QThread thread;
        auto* worker = new AccountWorker(settings(m_server.plainPort(), QStringLiteral("clean.sqlite")));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        auto cleanup = qScopeGuard([&thread] {
            thread.quit();
            thread.wait(10000);
        });

        QSignalSpy listed(worker, &AccountWorker::foldersListed);
        QMetaObject::invokeMethod(worker, &AccountWorker::listFolders, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 30000);
        QVERIFY2(listed.first().at(0).toBool(), qPrintable(listed.first().at(1).toString()));
        QHash<QString, Core::Session::MailboxFolder> folders;
        for (const auto& folder : listed.first().at(2).value<QList<Core::Session::MailboxFolder>>())
            folders.insert(folder.name, folder);
        QCOMPARE(folders.value(QStringLiteral("Sent")).role, FolderRole::Sent);
        QCOMPARE(folders.value(QStringLiteral("Trash")).role, FolderRole::Trash);
        QVERIFY(folders.value(QStringLiteral("Returned")).mayHoldBounces);
        QCOMPARE(folders.value(QStringLiteral("Returned")).messages, 5);
        QVERIFY(!folders.value(QStringLiteral("Projects")).mayHoldBounces);
        QCOMPARE(folders.value(QStringLiteral("Projects")).messages, 4);
        QString error;
        QCOMPARE(folders.value(QStringLiteral("INBOX")).messages,
            int(m_server.messageIds(QStringLiteral("INBOX"), &error).size()));

        QSignalSpy results(worker, &AccountWorker::messageScanned);
        QSignalSpy scanned(worker, &AccountWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 1, 60000);
        QList<quint32> chosen;
        for (const auto& arguments : std::as_const(results)) {
            const auto result = arguments.first().value<Core::Session::ScanResult>();
            if (result.judgement.verdict == Core::Verdict::Verdict::Backscatter && chosen.size() < 2) {
                chosen.append(result.uid);
            }
        }
        QCOMPARE(chosen.size(), 2);
        const QStringList inboxBefore = m_server.messageIds(QStringLiteral("INBOX"), &error);

        QSignalSpy finished(worker, &AccountWorker::actionFinished);
        QMetaObject::invokeMethod(
            worker, [worker, chosen] { worker->clean(QStringLiteral("INBOX"), chosen); },
            Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto cleaned = finished.first().at(2).value<MailboxCleaner::Outcome>();
        QCOMPARE(cleaned.moved, 2);
        QCOMPARE(m_server.messageIds(QStringLiteral("INBOX"), &error).size(), inboxBefore.size() - 2);

        QSignalSpy history(worker, &AccountWorker::actionsListed);
        QMetaObject::invokeMethod(worker, &AccountWorker::listActions, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(history.count(), 1, 10000);
        auto actions = history.first().first().value<QList<Core::Session::ActionSummary>>();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().kind, QStringLiteral("clean"));
        QCOMPARE(actions.first().moved, 2);
        QCOMPARE(actions.first().sourceFolder, QStringLiteral("INBOX"));
        QVERIFY(!actions.first().undone);

        QMetaObject::invokeMethod(
            worker, [worker] { worker->undo(0); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QStringList inboxAfter = m_server.messageIds(QStringLiteral("INBOX"), &error);
        QStringList expected = inboxBefore;
        inboxAfter.sort();
        expected.sort();
        QCOMPARE(inboxAfter, expected);

        QMetaObject::invokeMethod(worker, &AccountWorker::listActions, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(history.count(), 2, 10000);
        actions = history.at(1).first().value<QList<Core::Session::ActionSummary>>();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).kind, QStringLiteral("undo"));
        QCOMPARE(actions.at(0).undoes, actions.at(1).id);
        QVERIFY(actions.at(1).undone);

        // Nothing left to undo: said, not done.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->undo(0); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        QVERIFY(!finished.at(2).at(0).toBool());
        QVERIFY(!finished.at(2).at(1).toString().isEmpty());
    }

    void cancelStopsAScanWaitingOnASlowServer()
    {
        // Half a second each way: a whole scan would take a minute.
        FaultProxy proxy(m_server.plainPort());
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        proxy.setLatency(500);
        QThread thread;
        auto* worker = new AccountWorker(settings(proxy.port(), QStringLiteral("cancel.sqlite")));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSignalSpy finished(worker, &AccountWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        // Wait until it is in the middle of talking to the server.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.bytesForwarded() > 0, 10000);
        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("ancel")),
            qPrintable(finished.first().at(1).toString()));
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    // A cancel that comes while the scan waits behind the job before it stops the scan as it
    // starts: nothing is asked of the server. A scan asked for after it runs.
    void aCancelBeforeTheScanStartsIsNotLost()
    {
        QThread thread;
        auto* worker
            = new AccountWorker(settings(m_server.plainPort(), QStringLiteral("queued-cancel.sqlite")));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSemaphore busy;
        QSignalSpy finished(worker, &AccountWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [&busy] { busy.acquire(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        worker->cancel();
        busy.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("ancel")),
            qPrintable(finished.first().at(1).toString()));
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    // The window's waiter: a connection of its own that idles on a folder and says each
    // time mail comes, makes the connection again when the server ends it (and says to
    // look, as mail may have come meanwhile), until it is cancelled (its host goes).
    void aWaiterTellsOfNewMailUntilCancelled()
    {
        QString error;
        QVERIFY2(m_server.doveadm({ QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"),
                                      QString::fromLatin1(DovecotFixture::User), QStringLiteral("Waiting") },
                     &error),
            qPrintable(error));
        TraceCapture trace;
        AccountWorker worker(settings(m_server.plainPort(), QStringLiteral("waiter.sqlite")));
        std::unique_ptr<MailboxWorker> made = worker.newMailWaiter();
        QVERIFY(made);
        MailboxWorker* waiter = made.get();
        QSignalSpy arrived(waiter, &MailboxWorker::newMailArrived);
        {
            WorkerHost host(made.release());
            QMetaObject::invokeMethod(
                waiter, [waiter] { waiter->waitForNewMail(QStringLiteral("Waiting")); },
                Qt::QueuedConnection);
            for (int n = 1; n <= 2; ++n) {
                QTRY_VERIFY_WITH_TIMEOUT(trace.received(QStringLiteral("+ idling")).size() >= n, 20000);
                QVERIFY2(m_server.deliver(QStringLiteral("Waiting"),
                             QStringLiteral("Subject: %1\r\n\r\nHi\r\n").arg(n).toUtf8(), &error),
                    qPrintable(error));
                QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), n, 30000);
            }
            QTRY_VERIFY_WITH_TIMEOUT(trace.received(QStringLiteral("+ idling")).size() >= 3, 20000);
            QVERIFY2(m_server.kickUser(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(trace.received(QStringLiteral("+ idling")).size() >= 4, 30000);
            QCOMPARE(arrived.count(), 3);
            QVERIFY2(m_server.deliver(QStringLiteral("Waiting"), "Subject: 3\r\n\r\nHi\r\n", &error),
                qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 4, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(trace.received(QStringLiteral("+ idling")).size() >= 5, 20000);
        } // cancelled in the middle of an IDLE
        QCOMPARE(arrived.count(), 4);
    }

    // Where the server has no IDLE the waiter's job ends at once: the next job runs.
    void aWaiterEndsWhereTheServerHasNoIdle()
    {
        DovecotFixture server;
        server.setCapabilities(
            QStringLiteral("IMAP4rev1 LITERAL+ UIDPLUS UNSELECT MOVE SPECIAL-USE LIST-EXTENDED"));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        AccountWorker worker(settings(server.plainPort(), QStringLiteral("no-idle.sqlite")));
        std::unique_ptr<MailboxWorker> made = worker.newMailWaiter();
        MailboxWorker* waiter = made.get();
        QSignalSpy listed(waiter, &MailboxWorker::foldersListed);
        WorkerHost host(made.release());
        QMetaObject::invokeMethod(
            waiter, [waiter] { waiter->waitForNewMail(QStringLiteral("INBOX")); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(waiter, &MailboxWorker::listFolders, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 30000);
        QVERIFY(listed.first().at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(AccountWorkerTest)
#include "AccountWorkerTest.moc"
