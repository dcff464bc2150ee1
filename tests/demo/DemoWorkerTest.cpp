// The demo mailbox worker on a thread of its own, as the desktop app drives it, on a real
// copy of the compiled-in demo Maildir and a real SQLite store: what it finds must be
// what `neversent-cli classify` finds in the same files, and cleaning and undoing must
// move exactly the chosen files, byte for byte, and log both.
#include "demo/DemoWorker.h"
#include "cli/ClassifyCommand.h"
#include "demo/DemoMailbox.h"
#include "mail/MaildirFolder.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Core::Demo;
using Core::Session::ActionSummary;
using Core::Session::MailboxCleaner;
using Core::Session::MailboxFolder;
using Core::Session::MailboxScanner;

namespace {

// Relative path ("cur/name") -> bytes of every message file of a Maildir folder.
QHash<QString, QByteArray> filesIn(const QString& folder)
{
    QHash<QString, QByteArray> result;
    for (const QString& subfolder : { QStringLiteral("cur"), QStringLiteral("new") }) {
        const QDir dir(QDir(folder).filePath(subfolder));
        for (const QString& name : dir.entryList(QDir::Files)) {
            // Resources do not count dot files as hidden: placeholders are left out by name.
            if (name.startsWith(u'.'))
                continue;
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                result.insert(subfolder + u'/' + name, file.readAll());
        }
    }
    return result;
}

// What classify says of each file of folder, keyed by file name.
QHash<QString, QJsonObject> classify(const QString& folder, const QString& sent)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    const int code = Core::Cli::ClassifyCommand::run({ QStringLiteral("--sent"), sent, folder }, out, err);
    if (code != 0)
        qWarning() << "classify failed:" << err.data();
    QHash<QString, QJsonObject> result;
    for (const QByteArray& line : out.data().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        result.insert(QFileInfo(object.value(QStringLiteral("source")).toString()).fileName(), object);
    }
    return result;
}

// Enough of a report to tell any two demo messages apart.
QString signature(const QString& kind, const QString& verdict, const QString& status,
    const QStringList& recipients, const QString& originalId)
{
    return QStringList { kind, verdict, status, recipients.join(u','), originalId }.join(u'|');
}

QString signatureOf(const Core::Session::ScanResult& result)
{
    return signature(Core::Analysis::kindName(result.report.kind),
        Core::Verdict::verdictName(result.judgement.verdict), result.report.status, result.report.recipients,
        result.report.original.messageId);
}

QString signatureOf(const QJsonObject& object)
{
    QStringList recipients;
    for (const QJsonValue& value : object.value(QStringLiteral("recipients")).toArray())
        recipients.append(value.toString());
    return signature(object.value(QStringLiteral("kind")).toString(),
        object.value(QStringLiteral("verdict")).toString(), object.value(QStringLiteral("status")).toString(),
        recipients,
        object.value(QStringLiteral("original")).toObject().value(QStringLiteral("message_id")).toString());
}

// The worker on its own thread, stopped and deleted when this goes.
struct RunningWorker {
    QThread thread;
    DemoWorker* worker = nullptr;

    explicit RunningWorker(const QString& root)
        : worker(new DemoWorker(root))
    {
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
    }
    ~RunningWorker()
    {
        thread.quit();
        thread.wait(10000);
    }
};

} // namespace

class DemoWorkerTest : public QObject {
    Q_OBJECT

private:
    // A fresh copy of the demo in a temporary folder of its own.
    static std::optional<QString> freshCopy(QTemporaryDir& dir)
    {
        QString error;
        const auto root = DemoMailbox::copyTo(dir.path(), &error);
        if (!root)
            qWarning() << error;
        return root;
    }

    static QList<Core::Session::ScanResult> scanned(const QSignalSpy& spy)
    {
        QList<Core::Session::ScanResult> results;
        for (const QList<QVariant>& arguments : spy)
            results.append(arguments.first().value<Core::Session::ScanResult>());
        return results;
    }

    // Scans folders (none: INBOX) and waits for the end; the results, or an empty list on failure.
    static QList<Core::Session::ScanResult> scanFolders(
        DemoWorker* worker, const QStringList& folders = {}, Core::Session::ScanTotals* totals = nullptr)
    {
        QSignalSpy results(worker, &DemoWorker::messageScanned);
        QSignalSpy finished(worker, &DemoWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [worker, folders] { worker->scan(folders, {}, {}); }, Qt::QueuedConnection);
        // The worker's thread records the signal: it may come before any wait() would start.
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000)
            || !finished.first().at(0).toBool()) {
            qWarning() << "scan failed:"
                       << (finished.isEmpty() ? QString() : finished.first().at(1).toString());
            return {};
        }
        if (totals)
            *totals = finished.first().at(2).value<Core::Session::ScanTotals>();
        return scanned(results);
    }

private slots:
    void copiesTheCompiledInMailboxWithoutTheSourceTree()
    {
        QVERIFY(DemoMailbox::resourceRoot().startsWith(QStringLiteral(":/")));
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        for (const QString& folder : DemoMailbox::folderNames()) {
            for (const QString& subfolder :
                { QStringLiteral("cur"), QStringLiteral("new"), QStringLiteral("tmp") })
                QVERIFY2(
                    QDir(*root).exists(folder + u'/' + subfolder), qPrintable(folder + u'/' + subfolder));
            // Every message of the source tree is in the program, byte for byte.
            // The copy's names carry the platform's Maildir separator where the shipped
            // ones have "!" (which every file system and Makefile takes).
            QHash<QString, QByteArray> copied;
            const auto copiedAsIs = filesIn(QDir(*root).filePath(folder));
            for (auto it = copiedAsIs.cbegin(); it != copiedAsIs.cend(); ++it) {
                QString name = it.key();
                QVERIFY2(!name.contains(u'!'), qPrintable(name));
                name.replace(QString(Core::Mail::MaildirFolder::InfoSeparator) + QStringLiteral("2,"),
                    QStringLiteral("!2,"));
                copied.insert(name, it.value());
            }
            const auto compiled = filesIn(DemoMailbox::resourceRoot() + u'/' + folder);
            QStringList copiedNames = copied.keys();
            QStringList compiledNames = compiled.keys();
            copiedNames.sort();
            compiledNames.sort();
            QCOMPARE(copiedNames, compiledNames);
            QCOMPARE(copied, compiled);
            QCOMPARE(copied, filesIn(QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder));
        }
        QCOMPARE(filesIn(QDir(*root).filePath(QStringLiteral("INBOX"))).size(), 19);
        // The copy is the user's: its files can be changed and moved.
        QFile message(QDir(*root).filePath(QStringLiteral("INBOX/new/1795165950.M19P6832.demo")));
        QVERIFY(message.open(QIODevice::ReadWrite));

        QString error;
        QVERIFY(!DemoMailbox::copyTo(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("Maildir")));
    }

    void listsTheFoldersWithTheirCounts()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        RunningWorker running(*root);
        QSignalSpy listed(running.worker, &DemoWorker::foldersListed);
        QMetaObject::invokeMethod(running.worker, &DemoWorker::listFolders, Qt::QueuedConnection);
        QTRY_COMPARE(listed.count(), 1);
        QVERIFY2(listed.first().at(0).toBool(), qPrintable(listed.first().at(1).toString()));
        const auto folders = listed.first().at(2).value<QList<MailboxFolder>>();
        QCOMPARE(folders.size(), 3);
        QCOMPARE(folders.at(0).name, QStringLiteral("INBOX"));
        QCOMPARE(folders.at(0).role, Core::Imap::FolderRole::Inbox);
        for (const MailboxFolder& folder : folders) {
            QCOMPARE(folder.messages, int(filesIn(QDir(*root).filePath(folder.name)).size()));
            if (folder.name == u"Sent")
                QCOMPARE(folder.role, Core::Imap::FolderRole::Sent);
            if (folder.name == u"Trash")
                QCOMPARE(folder.role, Core::Imap::FolderRole::Trash);
        }
    }

    void findsWhatClassifyFindsInTheSameFiles()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        const QString inbox = QDir(*root).filePath(QStringLiteral("INBOX"));
        const auto expected = classify(inbox, QDir(*root).filePath(QStringLiteral("Sent")));
        QCOMPARE(expected.size(), 19);
        // The README's table: the forged bounces and the two genuine ones.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const int number = it.key().section(u'.', 1, 1).section(u'M', 1).section(u'P', 0, 0).toInt();
            const QString verdict = it.value().value(QStringLiteral("verdict")).toString();
            if (QList<int> { 4, 6, 9, 10, 12, 13, 14, 16, 17, 18 }.contains(number))
                QCOMPARE(verdict, QStringLiteral("backscatter"));
            else if (number == 5 || number == 8)
                QCOMPARE(verdict, QStringLiteral("genuine"));
        }

        RunningWorker running(*root);
        QSignalSpy progress(running.worker, &DemoWorker::progress);
        Core::Session::ScanTotals totals;
        const auto results = scanFolders(running.worker, {}, &totals);
        QCOMPARE(results.size(), 19);
        QCOMPARE(totals.scanned, 19);
        QVERIFY(!progress.isEmpty());
        QStringList got;
        QSet<quint32> uids;
        for (const Core::Session::ScanResult& result : results) {
            QCOMPARE(result.folder, QStringLiteral("INBOX"));
            QVERIFY(result.uid > 0);
            QVERIFY(result.size > 0);
            uids.insert(result.uid);
            got.append(signatureOf(result));
        }
        QCOMPARE(uids.size(), 19);
        QStringList want;
        int backscatter = 0;
        for (const QJsonObject& object : expected) {
            want.append(signatureOf(object));
            backscatter += object.value(QStringLiteral("verdict")).toString() == u"backscatter";
        }
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        QCOMPARE(totals.backscatter, backscatter);
    }

    void cleansExactlyTheChosenFilesAndUndoesTheClean()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        const QString inbox = QDir(*root).filePath(QStringLiteral("INBOX"));
        const QString trash = QDir(*root).filePath(QStringLiteral("Trash"));
        RunningWorker running(*root);
        DemoWorker* worker = running.worker;
        const auto before = scanFolders(worker);
        QCOMPARE(before.size(), 19);
        QList<quint32> chosen;
        QSet<quint32> kept;
        for (const Core::Session::ScanResult& result : before) {
            if (result.judgement.verdict == Core::Verdict::Verdict::Backscatter)
                chosen.append(result.uid);
            else
                kept.insert(result.uid);
        }
        QVERIFY(chosen.size() >= 5);
        const auto inboxBefore = filesIn(inbox);
        const auto trashBefore = filesIn(trash);
        QSet<quint32> trashUids;
        for (const Core::Session::ScanResult& result : scanFolders(worker, { QStringLiteral("Trash") }))
            trashUids.insert(result.uid);
        QCOMPARE(trashUids.size(), trashBefore.size());

        QSignalSpy finished(worker, &DemoWorker::actionFinished);
        QMetaObject::invokeMethod(
            worker, [worker, chosen] { worker->clean(QStringLiteral("INBOX"), chosen); },
            Qt::QueuedConnection);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto cleaned = finished.first().at(2).value<MailboxCleaner::Outcome>();
        QCOMPARE(cleaned.moved, chosen.size());
        QCOMPARE(cleaned.skipped, 0);
        QCOMPARE(cleaned.trash, QStringLiteral("Trash"));
        QCOMPARE(cleaned.entries.size(), chosen.size());
        QVERIFY(cleaned.actionId > 0);
        // The audit log is in the copy, and goes with it.
        QVERIFY(QFile::exists(QDir(*root).filePath(QStringLiteral(".neversent-demo.sqlite"))));

        // Exactly the chosen files left INBOX, and each is in Trash/cur unchanged.
        const auto inboxAfter = filesIn(inbox);
        const auto trashAfter = filesIn(trash);
        QCOMPARE(inboxAfter.size(), inboxBefore.size() - chosen.size());
        QCOMPARE(trashAfter.size(), trashBefore.size() + chosen.size());
        const auto verdicts = classify(trash, QDir(*root).filePath(QStringLiteral("Sent")));
        for (auto it = inboxBefore.cbegin(); it != inboxBefore.cend(); ++it) {
            if (inboxAfter.contains(it.key())) {
                QCOMPARE(inboxAfter.value(it.key()), it.value());
                continue;
            }
            const QString name = QFileInfo(it.key()).fileName();
            QCOMPARE(trashAfter.value(QStringLiteral("cur/") + name), it.value());
            QCOMPARE(verdicts.value(name).value(QStringLiteral("verdict")).toString(),
                QStringLiteral("backscatter"));
        }

        // In the Trash each moved message has a new UID of its own, next to those already there.
        QSet<quint32> trashUidsAfter;
        for (const Core::Session::ScanResult& result : scanFolders(worker, { QStringLiteral("Trash") }))
            trashUidsAfter.insert(result.uid);
        QSet<quint32> expectedTrashUids = trashUids;
        for (const Core::Store::ActionLog::Entry& entry : cleaned.entries) {
            QCOMPARE(entry.state, Core::Store::ActionLog::State::Moved);
            QVERIFY(!trashUids.contains(entry.targetUid));
            expectedTrashUids.insert(entry.targetUid);
        }
        QCOMPARE(trashUidsAfter, expectedTrashUids);

        // A rescan no longer shows them, and the messages that stayed kept their UIDs.
        const auto rescanned = scanFolders(worker);
        QCOMPARE(rescanned.size(), kept.size());
        for (const Core::Session::ScanResult& result : rescanned)
            QVERIFY(kept.contains(result.uid));

        QMetaObject::invokeMethod(
            worker, [worker] { worker->undo(0); }, Qt::QueuedConnection);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        const auto undone = finished.at(1).at(2).value<MailboxCleaner::Outcome>();
        QCOMPARE(undone.moved, chosen.size());
        QVERIFY(undone.actionId > cleaned.actionId);
        // Every file is back where it was, with the same bytes; the Trash as it was.
        QCOMPARE(filesIn(inbox), inboxBefore);
        QCOMPARE(filesIn(trash), trashBefore);
        QCOMPARE(scanFolders(worker).size(), before.size());

        QSignalSpy history(worker, &DemoWorker::actionsListed);
        QMetaObject::invokeMethod(worker, &DemoWorker::listActions, Qt::QueuedConnection);
        QTRY_COMPARE(history.count(), 1);
        const auto actions = history.first().first().value<QList<ActionSummary>>();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).kind, QStringLiteral("undo"));
        QCOMPARE(actions.at(0).undoes, actions.at(1).id);
        QCOMPARE(actions.at(0).moved, chosen.size());
        QCOMPARE(actions.at(1).kind, QStringLiteral("clean"));
        QCOMPARE(actions.at(1).sourceFolder, QStringLiteral("INBOX"));
        QCOMPARE(actions.at(1).targetFolder, QStringLiteral("Trash"));
        QCOMPARE(actions.at(1).moved, chosen.size());
        QVERIFY(actions.at(1).undone);

        // Nothing left to undo: said, not done.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->undo(0); }, Qt::QueuedConnection);
        QTRY_COMPARE(finished.count(), 3);
        QVERIFY(!finished.at(2).at(0).toBool());
        QCOMPARE(finished.at(2).at(1).toString(), QStringLiteral("There is nothing to undo."));
        QCOMPARE(filesIn(inbox), inboxBefore);
    }

    void skipsAMessageThatChangedSinceTheScan()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        RunningWorker running(*root);
        DemoWorker* worker = running.worker;
        const auto results = scanFolders(worker);
        QCOMPARE(results.size(), 19);
        // Another program replaces a scanned file's content under the same name.
        const QString path = QDir(*root).filePath(QStringLiteral("INBOX/cur/1794280378.M4P3650.demo:2,S"));
        const QString other = QDir(*root).filePath(QStringLiteral("INBOX/cur/1793613807.M1P6514.demo:2,RS"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(other, path));
        QList<quint32> all;
        for (const Core::Session::ScanResult& result : results)
            all.append(result.uid);

        QSignalSpy finished(worker, &DemoWorker::actionFinished);
        QMetaObject::invokeMethod(
            worker, [worker, all] { worker->clean(QStringLiteral("INBOX"), all); }, Qt::QueuedConnection);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto outcome = finished.first().at(2).value<MailboxCleaner::Outcome>();
        QCOMPARE(outcome.skipped, 1);
        QCOMPARE(outcome.moved, 18);
        QVERIFY(QFile::exists(path));
        QCOMPARE(filesIn(QDir(*root).filePath(QStringLiteral("INBOX"))).size(), 1);
    }

    void cancelStopsALongScan()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        // Two hundred copies of every INBOX message: long enough to stop half-way.
        const QString inbox = QDir(*root).filePath(QStringLiteral("INBOX"));
        const auto originals = filesIn(inbox);
        for (int copy = 1; copy <= 200; ++copy) {
            for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
                QFile file(QDir(inbox).filePath(
                    QStringLiteral("cur/copy%1-").arg(copy) + QFileInfo(it.key()).fileName()));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(it.value());
            }
        }
        const int total = int(originals.size()) * 201;

        RunningWorker running(*root);
        DemoWorker* worker = running.worker;
        QSignalSpy progress(worker, &DemoWorker::progress);
        QSignalSpy results(worker, &DemoWorker::messageScanned);
        QSignalSpy finished(worker, &DemoWorker::scanFinished);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        // Sent is read first; the cancel comes once INBOX is under way.
        QTRY_VERIFY(std::any_of(progress.cbegin(), progress.cend(),
            [total](const QList<QVariant>& arguments) { return arguments.at(2).toInt() == total; }));
        QElapsedTimer stopping;
        stopping.start();
        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const qint64 stoppedAfter = stopping.elapsed();
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("ancel")),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(results.count() > 0);
        QVERIFY(results.count() < total);
        qInfo() << "cancelled after" << results.count() << "of" << total << "messages; stopped"
                << stoppedAfter << "ms after cancel()";

        // The cancel was for that scan only: the next one reads everything.
        QElapsedTimer whole;
        whole.start();
        const auto all = scanFolders(worker);
        QCOMPARE(all.size(), total);
        qInfo() << "a whole scan of" << total << "messages took" << whole.elapsed() << "ms";
    }

    // Esc pressed while the scan waits for the worker (still busy with the job before): the
    // scan stops as it starts instead of forgetting the cancel. One asked for after it runs.
    void aCancelBeforeTheScanStartsIsNotLost()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        RunningWorker running(*root);
        DemoWorker* worker = running.worker;
        QSemaphore busy;
        QSignalSpy finished(worker, &DemoWorker::scanFinished);
        // The job before: holds the worker's thread until the test lets it go.
        QMetaObject::invokeMethod(
            worker, [&busy] { busy.acquire(); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            worker, [worker] { worker->scan({}, {}, {}); }, Qt::QueuedConnection);
        worker->cancel();
        busy.release();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("ancel")),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(!scanFolders(worker).isEmpty());
    }

    void hostileFilesDoNotStopTheScan()
    {
        QTemporaryDir dir;
        const auto root = freshCopy(dir);
        QVERIFY(root);
        const QDir inbox(QDir(*root).filePath(QStringLiteral("INBOX")));
        {
            // Not mail at all.
            QFile noise(inbox.filePath(QStringLiteral("cur/1795200000.M90P1.demo:2,S")));
            QVERIFY(noise.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 64 * 1024; ++i)
                bytes.append(char((i * 7919) % 256));
            noise.write(bytes);
            // Empty.
            QFile empty(inbox.filePath(QStringLiteral("new/1795200001.M91P1.demo")));
            QVERIFY(empty.open(QIODevice::WriteOnly));
            // A bounce-looking header over 30 MB of attachment, far past what the analyzer reads.
            QFile huge(inbox.filePath(QStringLiteral("cur/1795200002.M92P1.demo:2,S")));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            huge.write("From: Mail Delivery System <MAILER-DAEMON@example.net>\r\nSubject: Undelivered Mail "
                       "Returned to Sender\r\n"
                       "Content-Type: text/plain\r\n\r\n");
            const QByteArray line(998, 'A');
            for (int i = 0; i < 30 * 1024; ++i)
                huge.write(line + "\r\n");
        }
        RunningWorker running(*root);
        Core::Session::ScanTotals totals;
        const auto results = scanFolders(running.worker, {}, &totals);
        QCOMPARE(results.size(), 22);
        QCOMPARE(totals.scanned, 22);
        const auto huge = std::find_if(results.cbegin(), results.cend(),
            [](const Core::Session::ScanResult& result) { return result.size > 30 * 1000 * 1000; });
        QVERIFY(huge != results.cend());
        // The demo's own messages are judged as they are without the strangers.
        int backscatter = 0;
        int genuine = 0;
        const auto demo = classify(
            QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/Sent"));
        for (const QJsonObject& object : demo) {
            backscatter += object.value(QStringLiteral("verdict")).toString() == u"backscatter";
            genuine += object.value(QStringLiteral("verdict")).toString() == u"genuine";
        }
        QCOMPARE(totals.backscatter, backscatter);
        QCOMPARE(totals.genuine, genuine);
    }
};

QTEST_GUILESS_MAIN(DemoWorkerTest)
#include "DemoWorkerTest.moc"
