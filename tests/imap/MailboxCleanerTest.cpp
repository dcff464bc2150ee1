// Cleaning and undoing against a real Dovecot: exactly the chosen messages move to the
// Trash and come back, other programs' \Deleted mail stays, changed UIDs are left alone,
// and servers without MOVE (or without UIDPLUS too) are handled as the issue says.
#include "imap/MailboxCleaner.h"
#include "DovecotFixture.h"
#include "imap/MailboxScanner.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace Core::Imap;

class MailboxCleanerTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DovecotFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_database;
    qint64 m_account = 0;
    ImapConnection m_connection;

    bool connect(QString* error)
    {
        QString parseError;
        const auto address = ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server->plainPort()), &parseError);
        return m_connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
            QString::fromLatin1(DovecotFixture::Password), error);
    }

    // capabilities: empty for Dovecot's own list.
    void startServer(const QString& capabilities)
    {
        m_server = std::make_unique<DovecotFixture>();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!capabilities.isEmpty())
            m_server->setCapabilities(capabilities);
        QString error;
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(
                m_server->addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY2(Store::Database::open(m_dir->filePath(QStringLiteral("store.sqlite")), &m_database, &error),
            qPrintable(error));
        const auto account
            = Store::ScanCache::accountId(m_database, QStringLiteral("test"), QStringLiteral("sam"), &error);
        QVERIFY(account.has_value());
        m_account = *account;
        QVERIFY2(connect(&error), qPrintable(error));
    }

    bool scan(QString* error)
    {
        Store::ScanCache cache(m_database, m_account);
        MailboxScanner scanner(
            m_connection, cache, [this](QString* reconnectError) { return connect(reconnectError); });
        MailboxScanner::Totals totals;
        return scanner.run(
            {}, [](const MailboxScanner::Result&) {}, [](const QString&, int, int) {}, &totals, error);
    }

    QStringList messageIds(const QString& folder)
    {
        QString error;
        const QStringList ids = m_server->messageIds(folder, &error);
        return error.isEmpty() ? ids : QStringList { error };
    }

    struct CleanRun {
        bool ok = false;
        QString error;
        MailboxCleaner::Outcome outcome;
        QStringList movedIds;
    };

    CleanRun clean()
    {
        CleanRun run;
        Store::ScanCache cache(m_database, m_account);
        Store::ActionLog log(m_database, m_account);
        MailboxCleaner cleaner(m_connection, cache, log);
        QList<MailboxCleaner::Candidate> candidates;
        if (!cleaner.recover(&run.error)
            || !cleaner.candidates(
                QStringLiteral("INBOX"), { QStringLiteral("backscatter") }, &candidates, &run.error))
            return run;
        const auto trash = cleaner.trashFolder(&run.error);
        if (!trash)
            return run;
        for (const auto& candidate : std::as_const(candidates))
            run.movedIds.append(u'<' + candidate.messageId + u'>');
        run.movedIds.sort();
        run.ok = cleaner.clean(QStringLiteral("INBOX"), *trash, candidates, &run.outcome, &run.error);
        return run;
    }

    CleanRun undo(qint64 actionId)
    {
        CleanRun run;
        Store::ScanCache cache(m_database, m_account);
        Store::ActionLog log(m_database, m_account);
        MailboxCleaner cleaner(m_connection, cache, log);
        run.ok = cleaner.recover(&run.error) && cleaner.undo(actionId, &run.outcome, &run.error);
        return run;
    }

    void roundTrip(bool expectFlaggedOnly)
    {
        QString error;
        QVERIFY2(scan(&error), qPrintable(error));
        const QStringList inboxBefore = messageIds(QStringLiteral("INBOX"));
        const QStringList trashBefore = messageIds(QStringLiteral("Trash"));

        const CleanRun cleaned = clean();
        QVERIFY2(cleaned.ok, qPrintable(cleaned.error + m_server->log()));
        QVERIFY(cleaned.movedIds.size() > 3);
        QCOMPARE(cleaned.outcome.moved, int(cleaned.movedIds.size()));
        QCOMPARE(cleaned.outcome.flaggedOnly, expectFlaggedOnly);
        const QStringList inboxNow = messageIds(QStringLiteral("INBOX"));
        const QStringList trashNow = messageIds(QStringLiteral("Trash"));
        QCOMPARE(trashNow.size(), trashBefore.size() + cleaned.movedIds.size());
        if (expectFlaggedOnly) {
            QCOMPARE(inboxNow, inboxBefore); // flagged \Deleted, not removed
        } else {
            // Nothing lost, nothing doubled: the same messages, some now in the Trash.
            QStringList together = inboxNow + trashNow;
            QStringList before = inboxBefore + trashBefore;
            together.sort();
            before.sort();
            QCOMPARE(together, before);
            QCOMPARE(inboxNow.size(), inboxBefore.size() - cleaned.movedIds.size());
        }

        const CleanRun undone = undo(cleaned.outcome.actionId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(undone.outcome.moved, cleaned.outcome.moved);
        QCOMPARE(messageIds(QStringLiteral("INBOX")), inboxBefore);
        if (!expectFlaggedOnly)
            QCOMPARE(messageIds(QStringLiteral("Trash")), trashBefore);
        // Undone once is undone: a second undo of the same action is refused.
        QVERIFY(!undo(cleaned.outcome.actionId).ok);
    }

private slots:
    void cleanup()
    {
        m_connection.disconnect();
        m_server.reset();
        m_database = QSqlDatabase();
        m_dir.reset();
    }

    void cleanAndUndoRoundTripWithMove()
    {
        startServer({});
        roundTrip(false);
    }

    void withoutMoveCopiesAndExpungesOnlyTheseUids()
    {
        startServer(
            QStringLiteral("IMAP4rev1 LITERAL+ UIDPLUS UNSELECT CONDSTORE SPECIAL-USE LIST-EXTENDED"));
        roundTrip(false);
    }

    void withNeitherMoveNorUidplusOnlyFlags()
    {
        startServer(QStringLiteral("IMAP4rev1 LITERAL+ SPECIAL-USE LIST-EXTENDED"));
        roundTrip(true);
    }

    void anotherProgramsDeletedMailSurvives()
    {
        startServer({});
        QString error;
        QVERIFY2(scan(&error), qPrintable(error));
        // An ordinary message another mail program flagged \Deleted but did not expunge.
        const QStringList before = messageIds(QStringLiteral("INBOX"));
        QVERIFY2(
            m_server->doveadm({ QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"),
                                  QString::fromLatin1(DovecotFixture::User), QStringLiteral("\\Deleted"),
                                  QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("all") },
                &error),
            qPrintable(error));
        const CleanRun cleaned = clean();
        QVERIFY2(cleaned.ok, qPrintable(cleaned.error));
        // Only the forged bounces left; the rest, \Deleted by the other program, is still there.
        QCOMPARE(messageIds(QStringLiteral("INBOX")).size(), before.size() - cleaned.movedIds.size());
        QVERIFY(cleaned.movedIds.size() < before.size());
    }

    void aUidThatChangedIsLeftAlone()
    {
        startServer({});
        QString error;
        QVERIFY2(scan(&error), qPrintable(error));
        Store::ScanCache cache(m_database, m_account);
        Store::ActionLog log(m_database, m_account);
        MailboxCleaner cleaner(m_connection, cache, log);
        QList<MailboxCleaner::Candidate> candidates;
        QVERIFY2(cleaner.candidates(
                     QStringLiteral("INBOX"), { QStringLiteral("backscatter") }, &candidates, &error),
            qPrintable(error));
        QVERIFY(candidates.size() > 2);
        // One is gone (another program expunged it), one now looks like another message.
        QVERIFY2(m_server->doveadm({ QStringLiteral("expunge"), QStringLiteral("-u"),
                                       QString::fromLatin1(DovecotFixture::User), QStringLiteral("mailbox"),
                                       QStringLiteral("INBOX"), QStringLiteral("uid"),
                                       QString::number(candidates.at(0).uid) },
                     &error),
            qPrintable(error));
        const QString changed = QStringLiteral("<%1>").arg(candidates.at(1).messageId);
        QVERIFY(changed.size() > 2);
        candidates[1].messageId = QStringLiteral("not-the-same@example.org");
        MailboxCleaner::Outcome outcome;
        QVERIFY2(
            cleaner.clean(QStringLiteral("INBOX"), QStringLiteral("Trash"), candidates, &outcome, &error),
            qPrintable(error));
        QCOMPARE(outcome.skipped, 2);
        QCOMPARE(outcome.moved, int(candidates.size()) - 2);
        const QStringList inbox = messageIds(QStringLiteral("INBOX"));
        QVERIFY2(inbox.contains(changed), "the message that no longer matched the scan stays where it is");
    }
};

QTEST_GUILESS_MAIN(MailboxCleanerTest)
#include "MailboxCleanerTest.moc"
