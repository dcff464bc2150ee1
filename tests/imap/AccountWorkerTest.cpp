// The account worker on a thread of its own, as the desktop app drives it: results and
// progress arrive as queued signals, and cancel() from the GUI thread stops a scan that
// is waiting on a slow server.
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "imap/AccountWorker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core::Imap;

class AccountWorkerTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;

    AccountSettings settings(quint16 port, const QString& store) const
    {
        AccountSettings result;
        QString error;
        result.address = *ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(port), &error);
        result.user = QString::fromLatin1(DovecotFixture::User);
        result.password = QString::fromLatin1(DovecotFixture::Password);
        result.storePath = m_dir.filePath(store);
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error) > 5, qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void scansOnItsOwnThread()
    {
        QThread thread;
        auto* worker = new AccountWorker(settings(m_server.plainPort(), QStringLiteral("scan.sqlite")));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        QSignalSpy results(worker, &AccountWorker::messageScanned);
        QSignalSpy progress(worker, &AccountWorker::progress);
        QSignalSpy finished(worker, &AccountWorker::scanFinished);
        QMetaObject::invokeMethod(worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto totals = finished.first().at(2).value<MailboxScanner::Totals>();
        QVERIFY(totals.scanned > 10);
        QCOMPARE(results.count(), totals.scanned);
        QVERIFY(!progress.isEmpty());
        const auto first = results.first().first().value<MailboxScanner::Result>();
        QCOMPARE(first.folder, QStringLiteral("INBOX"));
        QVERIFY(first.uid > 0);
        thread.quit();
        QVERIFY(thread.wait(10000));
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
        QMetaObject::invokeMethod(worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        // Wait until it is in the middle of talking to the server.
        QTRY_VERIFY_WITH_TIMEOUT(proxy.bytesForwarded() > 0, 10000);
        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("ancel")), qPrintable(finished.first().at(1).toString()));
        thread.quit();
        QVERIFY(thread.wait(10000));
    }
};

QTEST_GUILESS_MAIN(AccountWorkerTest)
#include "AccountWorkerTest.moc"
