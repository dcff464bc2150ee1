// What the window's clean and undo do, without the window: on a real demo Maildir through
// its worker, a clean of several folders runs folder by folder and is reported once, a
// failure stops the rest and still offers the undo, and an undo puts back exactly what
// its clean moved.
#include "session/CleanCoordinator.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using Core::Session::CleanCoordinator;
using Core::Session::ScanResult;

class CleanCoordinatorTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<Demo::DemoWorker> m_worker;
    QList<ScanResult> m_results;

    int filesIn(const QString& folder) const
    {
        int count = 0;
        for (const QString& subfolder : { QStringLiteral("cur"), QStringLiteral("new") })
            count += int(QDir(m_root + u'/' + folder + u'/' + subfolder).entryList(QDir::Files).size());
        return count;
    }

    QList<ScanResult> results(const QString& folder, Verdict::Verdict verdict, int howMany) const
    {
        QList<ScanResult> chosen;
        for (const ScanResult& result : m_results) {
            if (result.folder == folder && result.judgement.verdict == verdict && chosen.size() < howMany)
                chosen.append(result);
        }
        return chosen;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        const auto root = Demo::DemoMailbox::copyTo(m_dir->path(), &error);
        QVERIFY2(root, qPrintable(error));
        m_root = *root;
        m_worker = std::make_unique<Demo::DemoWorker>(m_root);
        QSignalSpy finished(m_worker.get(), &Session::MailboxWorker::scanFinished);
        connect(m_worker.get(), &Session::MailboxWorker::messageScanned, this,
            [this](const ScanResult& result) { m_results.append(result); });
        m_worker->scan({ QStringLiteral("INBOX"), QStringLiteral("Sent") }, {}, {});
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void cleanup()
    {
        m_results.clear();
        m_worker.reset();
        m_dir.reset();
    }

    void aCleanOfTwoFoldersIsReportedOnceAndUndoneAtOnce()
    {
        const int inbox = filesIn(QStringLiteral("INBOX"));
        const int sent = filesIn(QStringLiteral("Sent"));
        const int trash = filesIn(QStringLiteral("Trash"));
        const QList<ScanResult> chosen = results(QStringLiteral("INBOX"), Verdict::Verdict::Backscatter, 3)
            + results(QStringLiteral("Sent"), Verdict::Verdict::None, 2);
        QCOMPARE(chosen.size(), 5);

        CleanCoordinator moves;
        moves.setWorker(m_worker.get());
        QSignalSpy started(&moves, &CleanCoordinator::cleanStarted);
        QSignalSpy moved(&moves, &CleanCoordinator::messagesMoved);
        QSignalSpy finished(&moves, &CleanCoordinator::cleanFinished);
        QVERIFY(moves.clean(chosen));
        QCOMPARE(started.count(), 1);
        QVERIFY(moves.isRunning());
        QVERIFY(!moves.canUndo());
        QTRY_COMPARE(finished.count(), 1);
        const auto report = finished.first().at(0).value<CleanCoordinator::CleanReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.moved, 5);
        QCOMPARE(report.skipped, 0);
        QVERIFY(report.undoable);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("INBOX"));
        QCOMPARE(moved.at(0).at(1).value<QList<quint32>>().size(), 3);
        QCOMPARE(moved.at(1).at(0).toString(), QStringLiteral("Sent"));
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox - 3);
        QCOMPARE(filesIn(QStringLiteral("Sent")), sent - 2);
        QCOMPARE(filesIn(QStringLiteral("Trash")), trash + 5);
        QVERIFY(!moves.isRunning());
        QVERIFY(moves.canUndo());

        QSignalSpy undone(&moves, &CleanCoordinator::undoFinished);
        QVERIFY(moves.undoLastClean());
        QTRY_COMPARE(undone.count(), 1);
        const auto back = undone.first().at(0).value<CleanCoordinator::UndoReport>();
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.notFound, 0);
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox);
        QCOMPARE(filesIn(QStringLiteral("Sent")), sent);
        QCOMPARE(filesIn(QStringLiteral("Trash")), trash);
        QVERIFY(!moves.canUndo());
        QVERIFY(!moves.undoLastClean());
    }

    void aFailedFolderStopsTheRestAndTheUndoStaysOffered()
    {
        const int inbox = filesIn(QStringLiteral("INBOX"));
        QList<ScanResult> chosen = results(QStringLiteral("INBOX"), Verdict::Verdict::Backscatter, 2);
        QCOMPARE(chosen.size(), 2);
        ScanResult unknownFolder = chosen.first();
        unknownFolder.folder = QStringLiteral("Nowhere");
        chosen.append(unknownFolder);
        chosen.append(results(QStringLiteral("Sent"), Verdict::Verdict::None, 1));
        QCOMPARE(chosen.size(), 4);
        const int sent = filesIn(QStringLiteral("Sent"));

        CleanCoordinator moves;
        moves.setWorker(m_worker.get());
        QSignalSpy finished(&moves, &CleanCoordinator::cleanFinished);
        QVERIFY(moves.clean(chosen));
        QTRY_COMPARE(finished.count(), 1);
        const auto report = finished.first().at(0).value<CleanCoordinator::CleanReport>();
        QVERIFY(!report.ok);
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.moved, 2);
        QVERIFY(report.undoable);
        // Sent came after the folder that failed: it was not asked.
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox - 2);
        QCOMPARE(filesIn(QStringLiteral("Sent")), sent);
        QSignalSpy undone(&moves, &CleanCoordinator::undoFinished);
        QVERIFY(moves.undoLastClean());
        QTRY_COMPARE(undone.count(), 1);
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox);
    }

    void nothingElseStartsWhileOneRuns()
    {
        CleanCoordinator moves;
        moves.setWorker(m_worker.get());
        QSignalSpy finished(&moves, &CleanCoordinator::cleanFinished);
        const QList<ScanResult> chosen = results(QStringLiteral("INBOX"), Verdict::Verdict::Backscatter, 1);
        QVERIFY(moves.clean(chosen));
        QVERIFY(!moves.clean(chosen));
        QVERIFY(!moves.undo(1));
        QVERIFY(!moves.undoLastClean());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).value<CleanCoordinator::CleanReport>().ok);
        QVERIFY(!moves.clean({}));
    }

    // The history undoes any clean: the last one stays undoable until it is put back too.
    void anOlderCleanIsUndoneOnItsOwn()
    {
        const int inbox = filesIn(QStringLiteral("INBOX"));
        const QList<ScanResult> forged = results(QStringLiteral("INBOX"), Verdict::Verdict::Backscatter, 3);
        QCOMPARE(forged.size(), 3);
        CleanCoordinator moves;
        moves.setWorker(m_worker.get());
        QSignalSpy finished(&moves, &CleanCoordinator::cleanFinished);
        QSignalSpy undone(&moves, &CleanCoordinator::undoFinished);
        QSignalSpy history(m_worker.get(), &Session::MailboxWorker::actionsListed);

        QVERIFY(moves.clean(forged.mid(0, 1)));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(moves.clean(forged.mid(1, 2)));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox - 3);

        m_worker->listActions();
        QCOMPARE(history.count(), 1);
        const auto actions = history.first().at(0).value<QList<Session::ActionSummary>>();
        qint64 first = 0;
        for (const auto& action : actions) {
            if (action.kind == u"clean" && (first == 0 || action.id < first))
                first = action.id;
        }
        QVERIFY(first > 0);
        QVERIFY(moves.undo(first));
        QTRY_COMPARE(undone.count(), 1);
        QVERIFY(undone.first().at(0).value<CleanCoordinator::UndoReport>().ok);
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox - 2);
        QVERIFY(moves.canUndo());
        QVERIFY(moves.undoLastClean());
        QTRY_COMPARE(undone.count(), 2);
        QCOMPARE(filesIn(QStringLiteral("INBOX")), inbox);
    }
};

QTEST_GUILESS_MAIN(CleanCoordinatorTest)
#include "CleanCoordinatorTest.moc"
