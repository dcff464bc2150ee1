// `neversent-cli clean` and `undo` as the contract says, and what happens when the
// connection is cut at any point of a clean: every message is always in exactly one of
// INBOX or Trash, the audit log agrees with the server, and running the command again
// finishes the job.
#include "CliRun.h"
#include "DovecotFixture.h"
#include "FaultProxy.h"
#include "store/ActionLog.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class CleanCommandTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    QTemporaryDir m_dir;
    QStringList m_everything; // Message-ID fields of the whole mailbox, sorted

    using Run = CliRun;

    Run runCli(const QString& command, const QStringList& extra = {})
    {
        return CliRun::run(QStringList { command, QStringLiteral("--server"),
                               QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_proxy->port()),
                               QStringLiteral("--user"), QString::fromLatin1(DovecotFixture::User),
                               QStringLiteral("--password-env"), QStringLiteral("NEVERSENT_TEST_PASSWORD"),
                               QStringLiteral("--db"), m_dir.filePath(QStringLiteral("store.sqlite")) }
                + extra,
            QString::fromLatin1(DovecotFixture::Password));
    }

    QStringList ids(const QString& folder)
    {
        QString error;
        const QStringList result = m_server.messageIds(folder, &error);
        return error.isEmpty() ? result : QStringList { error };
    }

    // Everything back in INBOX and scanned afresh: the start of each round.
    void resetAndScan()
    {
        QString error;
        QVERIFY2(
            m_server.doveadm({ QStringLiteral("move"), QStringLiteral("-u"),
                                 QString::fromLatin1(DovecotFixture::User), QStringLiteral("INBOX"),
                                 QStringLiteral("mailbox"), QStringLiteral("Trash"), QStringLiteral("all") },
                &error),
            qPrintable(error));
        QVERIFY2(
            m_server.doveadm({ QStringLiteral("flags"), QStringLiteral("remove"), QStringLiteral("-u"),
                                 QString::fromLatin1(DovecotFixture::User), QStringLiteral("\\Deleted"),
                                 QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("all") },
                &error),
            qPrintable(error));
        QCOMPARE(ids(QStringLiteral("INBOX")), m_everything);
        const Run scan = runCli(QStringLiteral("scan"));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText));
    }

    qint64 newestClean()
    {
        QSqlDatabase database;
        QString error;
        if (!Store::Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), &database, &error))
            return -1;
        QSqlQuery query(database);
        return query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM actions WHERE kind = 'clean'"))
                && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }

    // The newest clean's log against the server: where it says a message is, it is. A
    // clean cut before it logged anything has no action of its own: nothing to check.
    void logAgreesWithServer(bool settled, qint64 olderThanThis)
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Store::Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), &database, &error),
            qPrintable(error));
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("SELECT max(id), account_id FROM actions WHERE kind = 'clean'"))
            && query.next());
        const qint64 actionId = query.value(0).toLongLong();
        if (actionId <= olderThanThis)
            return;
        Store::ActionLog log(database, query.value(1).toLongLong());
        const QStringList inbox = ids(QStringLiteral("INBOX"));
        const QStringList trash = ids(QStringLiteral("Trash"));
        for (const Store::ActionLog::Entry& entry : log.entries(actionId)) {
            // A message without a Message-ID is listed as "" (the log knows it by its size).
            const QString id = entry.messageId.isEmpty() ? QString() : u'<' + entry.messageId + u'>';
            switch (entry.state) {
            case Store::ActionLog::State::Moved:
                QVERIFY2(trash.contains(id) && !inbox.contains(id), qPrintable(id));
                break;
            case Store::ActionLog::State::Skipped:
            case Store::ActionLog::State::Stayed:
                QVERIFY2(inbox.contains(id) && !trash.contains(id), qPrintable(id));
                break;
            case Store::ActionLog::State::Planned:
                QVERIFY2(!settled, qPrintable(QStringLiteral("still planned after a rerun: ") + id));
                break;
            case Store::ActionLog::State::Copied:
            case Store::ActionLog::State::Flagged:
                QFAIL("this server has MOVE: nothing is copied");
            }
        }
        if (settled) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM actions WHERE state = 'running'"))
                && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
        }
    }

    void everyMessageInExactlyOnePlace()
    {
        QStringList together = ids(QStringLiteral("INBOX")) + ids(QStringLiteral("Trash"));
        together.sort();
        QCOMPARE(together, m_everything);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(
                m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_proxy = std::make_unique<FaultProxy>(m_server.plainPort());
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
        m_everything = ids(QStringLiteral("INBOX"));
        QVERIFY(m_everything.size() > 10);
    }

    void dryRunSaysWhatWouldMoveAndMovesNothing()
    {
        resetAndScan();
        const QStringList filesBefore = m_server.storedFiles();
        const Run dry = runCli(QStringLiteral("clean"), { QStringLiteral("--dry-run") });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.stderrText));
        const int wouldMove = dry.summary().value(u"would_move").toInt();
        QVERIFY(wouldMove > 3);
        QCOMPARE(dry.lines.size(), wouldMove + 1);
        // A message without a Message-ID (the demo's qmail bounce has none of its own) is null
        // there, as in scan, clean and undo.
        int withoutId = 0;
        for (qsizetype i = 0; i + 1 < dry.lines.size(); ++i) {
            const QJsonValue id = dry.lines.at(i).value(u"message_id");
            QVERIFY(id.isNull() || !id.toString().isEmpty());
            withoutId += id.isNull();
        }
        QVERIFY(withoutId > 0);
        QCOMPARE(dry.summary().value(u"trash").toString(), QStringLiteral("Trash"));
        QCOMPARE(m_server.storedFiles(), filesBefore);
    }

    void cleanThenUndoPutsEverythingBack()
    {
        resetAndScan();
        const Run dry = runCli(QStringLiteral("clean"), { QStringLiteral("--dry-run") });
        const Run clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        QCOMPARE(clean.summary().value(u"moved").toInt(), dry.summary().value(u"would_move").toInt());
        QCOMPARE(ids(QStringLiteral("Trash")).size(), clean.summary().value(u"moved").toInt());
        everyMessageInExactlyOnePlace();
        logAgreesWithServer(true, 0);

        const Run undo = runCli(QStringLiteral("undo"));
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        QCOMPARE(undo.summary().value(u"restored").toInt(), clean.summary().value(u"moved").toInt());
        QCOMPARE(undo.summary().value(u"undoes").toInteger(), clean.summary().value(u"action").toInteger());
        QCOMPARE(ids(QStringLiteral("INBOX")), m_everything);
        QVERIFY(ids(QStringLiteral("Trash")).isEmpty());
        // Nothing left to undo: a plain one-line error, exit 1.
        const Run again = runCli(QStringLiteral("undo"));
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.stderrText.count(u'\n'), 1);
    }

    // One moved message emptied from the Trash before the undo: the undo says so and never
    // counts it as restored.
    void undoCountsOnlyWhatCameBack()
    {
        resetAndScan();
        const Run clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        const int moved = clean.summary().value(u"moved").toInt();
        QVERIFY(moved > 3);
        QString error;
        const QString emptied = ids(QStringLiteral("Trash")).constLast();
        QVERIFY(emptied.startsWith(u'<'));
        QVERIFY2(m_server.doveadm({ QStringLiteral("expunge"), QStringLiteral("-u"),
                                      QString::fromLatin1(DovecotFixture::User), QStringLiteral("mailbox"),
                                      QStringLiteral("Trash"), QStringLiteral("header"),
                                      QStringLiteral("Message-ID"), emptied },
                     &error),
            qPrintable(error));
        QCOMPARE(ids(QStringLiteral("Trash")).size(), moved - 1);
        const Run undo = runCli(QStringLiteral("undo"));
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        QCOMPARE(undo.summary().value(u"restored").toInt(), moved - 1);
        QCOMPARE(undo.summary().value(u"not_found").toInt(), 1);
        QCOMPARE(ids(QStringLiteral("INBOX")).size(), m_everything.size() - 1);
        QVERIFY(ids(QStringLiteral("Trash")).isEmpty());
        // The one that is gone is listed as not put back.
        int notBack = 0;
        for (const QJsonObject& line : std::as_const(undo.lines))
            notBack += line.value(u"state").toString() == u"skipped";
        QCOMPARE(notBack, 1);
        m_everything = ids(QStringLiteral("INBOX"));
    }

    void unknownVerdictIsAUsageError()
    {
        const Run run
            = runCli(QStringLiteral("clean"), { QStringLiteral("--verdict"), QStringLiteral("forged") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.stderrText.count(u'\n'), 1);
    }

    // The connection cut after every so many bytes of a clean, from the first byte to the last.
    void cutAnywhereLosesNothingAndARerunFinishes()
    {
        resetAndScan();
        const qint64 before = m_proxy->bytesForwarded();
        const Run measured = runCli(QStringLiteral("clean"));
        QVERIFY2(measured.exitCode == 0, qPrintable(measured.stderrText));
        const qint64 cleanBytes = m_proxy->bytesForwarded() - before;
        const int toMove = measured.summary().value(u"moved").toInt();
        QVERIFY(cleanBytes > 500 && toMove > 3);

        const int rounds = 24;
        int interrupted = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 cutAt = cleanBytes * round / rounds + round % 7;
            resetAndScan();
            const qint64 previous = newestClean();
            m_proxy->cutAfterBytes(cutAt);
            m_proxy->setCutConnections(1);
            const Run cut = runCli(QStringLiteral("clean"));
            m_proxy->cutAfterBytes(-1);
            QVERIFY2(cut.exitCode == 0 || cut.exitCode == 1, qPrintable(cut.stderrText));
            if (cut.exitCode == 1) {
                ++interrupted;
                QCOMPARE(cut.stderrText.count(u'\n'), 1);
            }
            everyMessageInExactlyOnePlace();
            logAgreesWithServer(false, previous);

            const Run rerun = runCli(QStringLiteral("clean"));
            QVERIFY2(rerun.exitCode == 0,
                qPrintable(QStringLiteral("cut at %1: %2").arg(cutAt).arg(rerun.stderrText)));
            everyMessageInExactlyOnePlace();
            logAgreesWithServer(true, previous);
            QCOMPARE(ids(QStringLiteral("Trash")).size(), toMove);
        }
        qInfo("%d of %d cut points interrupted the clean (%lld bytes in a whole clean)", interrupted, rounds,
            cleanBytes);
        QVERIFY(interrupted > rounds / 2);
    }
};

QTEST_GUILESS_MAIN(CleanCommandTest)
#include "CleanCommandTest.moc"
