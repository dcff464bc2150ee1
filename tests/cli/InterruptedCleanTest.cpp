// A clean or an undo stopped part way, by a killed process or a cut connection, and then
// `undo` run until there is nothing left to undo: the INBOX is exactly as it was before the
// clean, the Trash is empty, and no undo ever says it restored a message that is not back.
// The mailbox is the size where a real spam run hurts (5,000 INBOX messages from the
// corpus, half of them bounces, 1,000 Sent), so that a clean moves several chunks.
#include "BenchmarkAccount.h"
#include "CliRun.h"
#include "DovecotFixture.h"
#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class InterruptedCleanTest : public QObject {
    Q_OBJECT

private:
    static constexpr int InboxMessages = 5000;
    static constexpr int SentMessages = 1000;

    DovecotFixture m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;
    QStringList m_everything; // Message-ID fields of the INBOX before any clean, sorted
    // What a whole clean and a whole undo send and receive, and how long they take.
    qint64 m_cleanBytes = 0;
    qint64 m_undoBytes = 0;
    qint64 m_cleanMilliseconds = 0;
    qint64 m_undoMilliseconds = 0;

    QStringList arguments(const QString& command) const
    {
        return { command, QStringLiteral("--server"),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_proxy->port()), QStringLiteral("--user"),
            QString::fromLatin1(DovecotFixture::User), QStringLiteral("--password-env"),
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("store.sqlite")) };
    }

    CliRun runCli(const QString& command)
    {
        return CliRun::run(arguments(command), QString::fromLatin1(DovecotFixture::Password));
    }

    // Runs command and kills it (SIGKILL: nothing of it runs on) after killAfter
    // milliseconds, unless it ended before.
    void runKilled(const QString& command, qint64 killAfter)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(
            QStringLiteral("NEVERSENT_TEST_PASSWORD"), QString::fromLatin1(DovecotFixture::Password));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(NEVERSENT_CLI), arguments(command));
        if (!process.waitForFinished(int(killAfter))) {
            process.kill();
            process.waitForFinished();
        }
    }

    // A cut connection instead: the program sees the link go and ends by itself.
    CliRun runCut(const QString& command, qint64 cutAt)
    {
        m_proxy->cutAfterBytes(cutAt);
        m_proxy->setCutConnections(1);
        CliRun run = runCli(command);
        m_proxy->cutAfterBytes(-1);
        return run;
    }

    QStringList ids(const QString& folder)
    {
        QString error;
        const QStringList result = m_server.messageIds(folder, &error);
        return error.isEmpty() ? result : QStringList { error };
    }

    // Everything back in the INBOX and scanned afresh, whatever an earlier round left.
    void resetAndScan()
    {
        QString error;
        QVERIFY2(
            m_server.doveadm({ QStringLiteral("move"), QStringLiteral("-u"),
                                 QString::fromLatin1(DovecotFixture::User), QStringLiteral("INBOX"),
                                 QStringLiteral("mailbox"), QStringLiteral("Trash"), QStringLiteral("all") },
                &error),
            qPrintable(error));
        QCOMPARE(ids(QStringLiteral("INBOX")), m_everything);
        scan();
    }

    void scan()
    {
        const CliRun scan = runCli(QStringLiteral("scan"));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText));
    }

    QStringList everythingOnce()
    {
        QStringList together = ids(QStringLiteral("INBOX")) + ids(QStringLiteral("Trash"));
        together.sort();
        return together;
    }

    // undo until it says there is nothing left; each undo that ends well has brought back
    // exactly as many messages as it says.
    void undoUntilNothingIsLeft()
    {
        for (int attempt = 0; attempt < 6; ++attempt) {
            // The server carries out a command it had whole even when its sender is gone; once
            // it is done (the session is gone too), every message is in exactly one of the two
            // folders. Between two batches of a move it is so too, and an undo counted then
            // raced the rest of the killed clean's move.
            QString error;
            QTRY_VERIFY_WITH_TIMEOUT(!m_server.userHasSessions(&error) && error.isEmpty(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(everythingOnce(), m_everything, 30000);
            const qsizetype before = ids(QStringLiteral("INBOX")).size();
            const CliRun undo = runCli(QStringLiteral("undo"));
            // The last clean was stopped before it moved anything, or everything is back.
            if (undo.exitCode == 1
                && (undo.stderrText.contains(u"moved nothing")
                    || undo.stderrText.contains(u"no clean to undo")))
                break;
            QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
            QCOMPARE(ids(QStringLiteral("INBOX")).size() - before,
                qsizetype(undo.summary().value(u"restored").toInt()));
        }
        QCOMPARE(ids(QStringLiteral("INBOX")), m_everything);
        QCOMPARE(ids(QStringLiteral("Trash")), QStringList());
    }

    // Where in a command's run (in time, or in bytes) it is stopped. Most of a clean's bytes
    // are the check of what is still there, before anything moves: the moves are at the end.
    static QList<double> points() { return { 0.05, 0.2, 0.4, 0.6, 0.8, 0.85, 0.9, 0.93, 0.96, 0.99 }; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        BenchmarkAccount account(QStringLiteral(NEVERSENT_TEST_DATA "/corpus"));
        QVERIFY2(account.load(&error), qPrintable(error));
        QVERIFY2(account.fill(m_server, InboxMessages, SentMessages, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(m_server.plainPort());
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        m_everything = ids(QStringLiteral("INBOX"));
        QCOMPARE(m_everything.size(), InboxMessages);
        QCOMPARE(QSet<QString>(m_everything.cbegin(), m_everything.cend()).size(), InboxMessages);

        // How many bytes a whole clean and a whole undo take, to spread the stops over.
        scan();
        qint64 before = m_proxy->bytesForwarded();
        QElapsedTimer timer;
        timer.start();
        const CliRun clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        m_cleanMilliseconds = timer.restart();
        m_cleanBytes = m_proxy->bytesForwarded() - before;
        // More than one of the chunks a clean moves at a time.
        qInfo("a whole clean moves %d messages", clean.summary().value(u"moved").toInt());
        QVERIFY(clean.summary().value(u"moved").toInt() > 1000);
        before = m_proxy->bytesForwarded();
        const CliRun undo = runCli(QStringLiteral("undo"));
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        QCOMPARE(undo.summary().value(u"restored").toInt(), clean.summary().value(u"moved").toInt());
        m_undoMilliseconds = timer.elapsed();
        m_undoBytes = m_proxy->bytesForwarded() - before;
        QCOMPARE(ids(QStringLiteral("INBOX")), m_everything);
    }

    void killedCleanIsUndoneExactly_data()
    {
        QTest::addColumn<double>("at");
        for (const double at : points())
            QTest::addRow("at %.0f%%", at * 100) << at;
    }

    void killedCleanIsUndoneExactly()
    {
        QFETCH(double, at);
        resetAndScan();
        runKilled(QStringLiteral("clean"), qint64(m_cleanMilliseconds * at));
        undoUntilNothingIsLeft();
    }

    void cutCleanIsUndoneExactly_data() { killedCleanIsUndoneExactly_data(); }

    void cutCleanIsUndoneExactly()
    {
        QFETCH(double, at);
        resetAndScan();
        const CliRun cut = runCut(QStringLiteral("clean"), qint64(m_cleanBytes * at));
        QVERIFY2(cut.exitCode == 0 || cut.exitCode == 1, qPrintable(cut.stderrText));
        undoUntilNothingIsLeft();
    }

    void killedUndoIsFinishedByTheNextUndo_data() { killedCleanIsUndoneExactly_data(); }

    void killedUndoIsFinishedByTheNextUndo()
    {
        QFETCH(double, at);
        resetAndScan();
        const CliRun clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        runKilled(QStringLiteral("undo"), qint64(m_undoMilliseconds * at));
        undoUntilNothingIsLeft();
    }

    void cutUndoIsFinishedByTheNextUndo_data() { killedCleanIsUndoneExactly_data(); }

    void cutUndoIsFinishedByTheNextUndo()
    {
        QFETCH(double, at);
        resetAndScan();
        const CliRun clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        const CliRun cut = runCut(QStringLiteral("undo"), qint64(m_undoBytes * at));
        QVERIFY2(cut.exitCode == 0 || cut.exitCode == 1, qPrintable(cut.stderrText));
        undoUntilNothingIsLeft();
    }
};

QTEST_GUILESS_MAIN(InterruptedCleanTest)
#include "InterruptedCleanTest.moc"
