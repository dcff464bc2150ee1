// The one cleaner, tried on both kinds of mailbox it works on: a real Dovecot on
// loopback (with MOVE, with UIDPLUS only, with neither) and a Maildir (moving files, or
// copying and flagging them as such servers do). Exactly the chosen messages move to the
// Trash and come back, other programs' \Deleted mail stays, a message flagged \Deleted is
// never moved again, an undo leaves no copy in sight, and changed UIDs are left alone.
#include "session/MailboxCleaner.h"
#include "DovecotFixture.h"
#include "FailureOf.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "imap/ImapMailbox.h"
#include "mail/MaildirFolder.h"
#include "mail/MaildirMailbox.h"
#include "session/MailboxScanner.h"
#include "store/Database.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using Core::Session::MailboxCleaner;
using Transfer = Core::Mail::Mailbox::Transfer;

namespace {

// The mailbox under test and what a user or another mail program does to it.
class Backend {
public:
    virtual ~Backend() = default;
    virtual bool start(Transfer transfer, QString* error) = 0;
    virtual Mail::Mailbox& mailbox() = 0;
    virtual QSqlDatabase database() = 0;
    virtual qint64 account() = 0;
    virtual bool scan(QString* error) = 0;
    // Sorted Message-ID fields; visibleOnly leaves out what is flagged \Deleted.
    virtual QStringList messageIds(const QString& folder, bool visibleOnly) = 0;
    virtual bool flagDeleted(const QString& folder, const QList<quint32>& uids, QString* error) = 0;
    // What a mail program does when it empties deleted items.
    virtual bool expungeDeleted(const QString& folder, QString* error) = 0;
    // Another program removes one message.
    virtual bool remove(const QString& folder, quint32 uid, QString* error) = 0;
};

class DovecotBackend final : public Backend {
public:
    bool start(Transfer transfer, QString* error) override
    {
        if (transfer == Transfer::CopyThenExpunge)
            m_server.setCapabilities(
                QStringLiteral("IMAP4rev1 LITERAL+ UIDPLUS UNSELECT CONDSTORE SPECIAL-USE LIST-EXTENDED"));
        else if (transfer == Transfer::CopyThenFlag)
            m_server.setCapabilities(QStringLiteral("IMAP4rev1 LITERAL+ SPECIAL-USE LIST-EXTENDED"));
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") }) {
            if (m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, error)
                < 5)
                return false;
        }
        if (!m_server.start(error)
            || !Store::Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), &m_database, error))
            return false;
        const auto account
            = Store::ScanCache::accountId(m_database, QStringLiteral("test"), QStringLiteral("sam"), error);
        m_account = account.value_or(0);
        return account && connect(error);
    }
    Mail::Mailbox& mailbox() override { return m_mailbox; }
    QSqlDatabase database() override { return m_database; }
    qint64 account() override { return m_account; }
    bool scan(QString* error) override
    {
        Store::ScanCache cache(m_database, m_account);
        Session::MailboxScanner scanner(
            m_connection, cache, [this](QString* reconnectError) { return connect(reconnectError); });
        Session::ScanTotals totals;
        const auto scanned = scanner.run(
            {}, [](const Session::ScanResult&) {}, [](const QString&, int, int) {}, &totals);
        *error = failureOf(scanned);
        return bool(scanned);
    }
    QStringList messageIds(const QString& folder, bool visibleOnly) override
    {
        QString error;
        const QStringList ids = visibleOnly ? m_server.undeletedMessageIds(folder, &error)
                                            : m_server.messageIds(folder, &error);
        return error.isEmpty() ? ids : QStringList { error };
    }
    bool flagDeleted(const QString& folder, const QList<quint32>& uids, QString* error) override
    {
        QStringList set;
        for (const quint32 uid : uids)
            set.append(QString::number(uid));
        return m_server.doveadm(
            { QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"),
                QString::fromLatin1(DovecotFixture::User), QStringLiteral("\\Deleted"),
                QStringLiteral("mailbox"), folder, QStringLiteral("uid"), set.join(u',') },
            error);
    }
    bool expungeDeleted(const QString& folder, QString* error) override
    {
        return m_server.doveadm(
            { QStringLiteral("expunge"), QStringLiteral("-u"), QString::fromLatin1(DovecotFixture::User),
                QStringLiteral("mailbox"), folder, QStringLiteral("deleted") },
            error);
    }
    bool remove(const QString& folder, quint32 uid, QString* error) override
    {
        return m_server.doveadm(
            { QStringLiteral("expunge"), QStringLiteral("-u"), QString::fromLatin1(DovecotFixture::User),
                QStringLiteral("mailbox"), folder, QStringLiteral("uid"), QString::number(uid) },
            error);
    }

private:
    bool connect(QString* error)
    {
        const auto address = Imap::ServerAddress::parse(
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), error);
        return address
            && m_connection.connect(*address, QString::fromLatin1(DovecotFixture::User),
                QString::fromLatin1(DovecotFixture::Password), error);
    }

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    QSqlDatabase m_database;
    qint64 m_account = 0;
    Imap::ImapConnection m_connection;
    Imap::ImapMailbox m_mailbox { m_connection };
};

// The demo mailbox's files, scanned by the demo worker, whose store the cleaner then uses.
class MaildirBackend final : public Backend {
public:
    bool start(Transfer transfer, QString* error) override
    {
        const auto root = Demo::DemoMailbox::copyTo(m_dir.path(), error);
        if (!root)
            return false;
        m_root = *root;
        m_mailbox.emplace(m_root, QStringLiteral("Trash"), transfer);
        m_worker.emplace(m_root);
        // The worker's first job makes its store; the cleaner shares the file.
        m_worker->listActions();
        if (!Store::Database::open(
                QDir(m_root).filePath(QStringLiteral(".neversent-demo.sqlite")), &m_database, error))
            return false;
        const auto account
            = Store::ScanCache::accountId(m_database, QStringLiteral("demo"), QStringLiteral("demo"), error);
        m_account = account.value_or(0);
        return account.has_value();
    }
    Mail::Mailbox& mailbox() override { return *m_mailbox; }
    QSqlDatabase database() override { return m_database; }
    qint64 account() override { return m_account; }
    bool scan(QString* error) override
    {
        QSignalSpy finished(&*m_worker, &Session::MailboxWorker::scanFinished);
        m_worker->scan({ QStringLiteral("INBOX") }, {}, {});
        if (finished.count() != 1 || !finished.first().at(0).toBool()) {
            *error = finished.isEmpty() ? QStringLiteral("no scan") : finished.first().at(1).toString();
            return false;
        }
        return true;
    }
    QStringList messageIds(const QString& folder, bool visibleOnly) override
    {
        // Read here from the files, not through the code under test.
        static const QRegularExpression field(QStringLiteral("^Message-ID:[ \\t]*(.*)$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        QStringList ids;
        for (const QString& subfolder : { QStringLiteral("cur"), QStringLiteral("new") }) {
            const QDir dir(QDir(m_root).filePath(folder + u'/' + subfolder));
            for (const QFileInfo& file : dir.entryInfoList(QDir::Files)) {
                const QString info = file.fileName().section(Mail::MaildirFolder::InfoSeparator, 1);
                if (visibleOnly && info.startsWith(QLatin1String("2,")) && info.contains(u'T'))
                    continue;
                QFile message(file.filePath());
                if (!message.open(QIODevice::ReadOnly))
                    return { message.errorString() };
                const QString header
                    = QString::fromLatin1(message.readAll()).section(QStringLiteral("\n\n"), 0, 0);
                ids.append(field.match(header).captured(1).trimmed());
            }
        }
        ids.sort();
        return ids;
    }
    bool flagDeleted(const QString& folder, const QList<quint32>& uids, QString* error) override
    {
        auto opened = Mail::MaildirFolder::open(QDir(m_root).filePath(folder), error);
        if (!opened)
            return false;
        for (const quint32 uid : uids) {
            if (!opened->setFlag(uid, u'T', true, error))
                return false;
        }
        return true;
    }
    bool expungeDeleted(const QString& folder, QString* error) override
    {
        auto opened = Mail::MaildirFolder::open(QDir(m_root).filePath(folder), error);
        if (!opened)
            return false;
        const QList<Mail::MaildirFolder::Message> messages = opened->messages();
        for (const auto& message : messages) {
            if (Mail::MaildirFolder::flags(message).contains(u'T') && !opened->remove(message.uid, error))
                return false;
        }
        return true;
    }
    bool remove(const QString& folder, quint32 uid, QString* error) override
    {
        auto opened = Mail::MaildirFolder::open(QDir(m_root).filePath(folder), error);
        return opened && opened->remove(uid, error);
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
    std::optional<Mail::MaildirMailbox> m_mailbox;
    std::optional<Demo::DemoWorker> m_worker;
    QSqlDatabase m_database;
    qint64 m_account = 0;
};

struct CleanRun {
    bool ok = false;
    QString error;
    MailboxCleaner::Outcome outcome;
    QList<quint32> uids;
};

} // namespace

class MailboxCleanerTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Backend> m_backend;

    void startBackend()
    {
        QFETCH(bool, onServer);
        QFETCH(int, transfer);
        if (onServer)
            m_backend = std::make_unique<DovecotBackend>();
        else
            m_backend = std::make_unique<MaildirBackend>();
        QString error;
        QVERIFY2(m_backend->start(Transfer(transfer), &error), qPrintable(error));
        QCOMPARE(int(m_backend->mailbox().transfer()), transfer);
    }

    static void backends()
    {
        QTest::addColumn<bool>("onServer");
        QTest::addColumn<int>("transfer");
        QTest::newRow("imap move") << true << int(Transfer::Move);
        QTest::newRow("imap uidplus, no move") << true << int(Transfer::CopyThenExpunge);
        QTest::newRow("imap neither") << true << int(Transfer::CopyThenFlag);
        QTest::newRow("maildir move") << false << int(Transfer::Move);
        QTest::newRow("maildir copy and expunge") << false << int(Transfer::CopyThenExpunge);
        QTest::newRow("maildir copy and flag") << false << int(Transfer::CopyThenFlag);
    }

    QList<MailboxCleaner::Candidate> forged(QString* error)
    {
        Store::ScanCache cache(m_backend->database(), m_backend->account());
        Store::ActionLog log(m_backend->database(), m_backend->account());
        MailboxCleaner cleaner(m_backend->mailbox(), cache, log);
        const auto candidates
            = cleaner.candidates(QStringLiteral("INBOX"), { QStringLiteral("backscatter") });
        *error = failureOf(candidates);
        return candidates ? *candidates : QList<MailboxCleaner::Candidate>();
    }

    CleanRun clean()
    {
        CleanRun run;
        Store::ScanCache cache(m_backend->database(), m_backend->account());
        Store::ActionLog log(m_backend->database(), m_backend->account());
        MailboxCleaner cleaner(m_backend->mailbox(), cache, log);
        if (const auto recovered = cleaner.recover(); !recovered) {
            run.error = failureOf(recovered);
            return run;
        }
        const auto candidates
            = cleaner.candidates(QStringLiteral("INBOX"), { QStringLiteral("backscatter") });
        if (!candidates) {
            run.error = failureOf(candidates);
            return run;
        }
        const auto trash = cleaner.trashFolder();
        if (!trash) {
            run.error = failureOf(trash);
            return run;
        }
        for (const auto& candidate : *candidates)
            run.uids.append(candidate.uid);
        const auto cleaned = cleaner.clean(QStringLiteral("INBOX"), *trash, *candidates, &run.outcome);
        run.ok = bool(cleaned);
        run.error = failureOf(cleaned);
        return run;
    }

    CleanRun undo(qint64 actionId)
    {
        CleanRun run;
        Store::ScanCache cache(m_backend->database(), m_backend->account());
        Store::ActionLog log(m_backend->database(), m_backend->account());
        MailboxCleaner cleaner(m_backend->mailbox(), cache, log);
        if (const auto recovered = cleaner.recover(); !recovered) {
            run.error = failureOf(recovered);
            return run;
        }
        const auto undone = cleaner.undo(actionId, &run.outcome);
        run.ok = bool(undone);
        run.error = failureOf(undone);
        return run;
    }

    bool flagsOnly() const { return m_backend->mailbox().transfer() == Transfer::CopyThenFlag; }

private slots:
    void cleanup() { m_backend.reset(); }

    void cleanAndUndoRoundTrip_data() { backends(); }
    void cleanAndUndoRoundTrip()
    {
        startBackend();
        QString error;
        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        const QStringList inboxBefore = m_backend->messageIds(QStringLiteral("INBOX"), false);
        const QStringList trashBefore = m_backend->messageIds(QStringLiteral("Trash"), false);
        const QStringList trashInSightBefore = m_backend->messageIds(QStringLiteral("Trash"), true);

        const CleanRun cleaned = clean();
        QVERIFY2(cleaned.ok, qPrintable(cleaned.error));
        QVERIFY(cleaned.uids.size() > 3);
        QCOMPARE(cleaned.outcome.moved, int(cleaned.uids.size()));
        QCOMPARE(cleaned.outcome.flaggedOnly, flagsOnly());
        const QStringList inboxNow = m_backend->messageIds(QStringLiteral("INBOX"), false);
        const QStringList trashNow = m_backend->messageIds(QStringLiteral("Trash"), false);
        QCOMPARE(trashNow.size(), trashBefore.size() + cleaned.uids.size());
        QCOMPARE(m_backend->messageIds(QStringLiteral("INBOX"), true).size(),
            inboxBefore.size() - cleaned.uids.size());
        if (flagsOnly()) {
            QCOMPARE(inboxNow, inboxBefore); // flagged \Deleted, not removed
        } else {
            // Nothing lost, nothing doubled: the same messages, some now in the Trash.
            QStringList together = inboxNow + trashNow;
            QStringList before = inboxBefore + trashBefore;
            together.sort();
            before.sort();
            QCOMPARE(together, before);
        }

        const CleanRun undone = undo(cleaned.outcome.actionId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(undone.outcome.moved, cleaned.outcome.moved);
        QCOMPARE(m_backend->messageIds(QStringLiteral("INBOX"), true), inboxBefore);
        // No copy left in sight: where the store can only flag, the copies are flagged too.
        QCOMPARE(m_backend->messageIds(QStringLiteral("Trash"), true), trashInSightBefore);
        if (!flagsOnly())
            QCOMPARE(m_backend->messageIds(QStringLiteral("Trash"), false), trashBefore);
        // Undone once is undone: a second undo of the same action is refused.
        QVERIFY(!undo(cleaned.outcome.actionId).ok);
    }

    // The case: on a server that can only flag, a rescan lists the flagged
    // originals again; a second clean must not copy them to the Trash a second time.
    void aSecondCleanMovesNothingTwice_data() { backends(); }
    void aSecondCleanMovesNothingTwice()
    {
        startBackend();
        QString error;
        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        const QStringList inboxBefore = m_backend->messageIds(QStringLiteral("INBOX"), true);
        const QStringList trashBefore = m_backend->messageIds(QStringLiteral("Trash"), true);
        const CleanRun first = clean();
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.outcome.moved > 3);

        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        const CleanRun second = clean();
        if (flagsOnly()) {
            // Listed again, and each one left where it is: it is on its way out already.
            QVERIFY2(second.ok, qPrintable(second.error));
            QCOMPARE(second.uids.size(), first.uids.size());
            QCOMPARE(second.outcome.moved, 0);
            QCOMPARE(second.outcome.skipped, int(first.uids.size()));
        } else {
            QVERIFY2(second.ok, qPrintable(second.error));
            QCOMPARE(second.outcome.moved, 0);
        }
        QCOMPARE(m_backend->messageIds(QStringLiteral("Trash"), true).size(),
            trashBefore.size() + first.uids.size());

        const CleanRun undone = undo(first.outcome.actionId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(m_backend->messageIds(QStringLiteral("INBOX"), true), inboxBefore);
        QCOMPARE(m_backend->messageIds(QStringLiteral("Trash"), true), trashBefore);
    }

    // Between a flag-only clean and its undo the mail program empties deleted items: the
    // originals are gone, and the copies in the Trash are all that is left of them.
    void undoAfterDeletedItemsWereEmptied_data() { backends(); }
    void undoAfterDeletedItemsWereEmptied()
    {
        startBackend();
        QString error;
        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        const QStringList inboxBefore = m_backend->messageIds(QStringLiteral("INBOX"), true);
        const QStringList trashBefore = m_backend->messageIds(QStringLiteral("Trash"), true);
        const CleanRun cleaned = clean();
        QVERIFY2(cleaned.ok, qPrintable(cleaned.error));
        QVERIFY2(m_backend->expungeDeleted(QStringLiteral("INBOX"), &error), qPrintable(error));
        QCOMPARE(m_backend->messageIds(QStringLiteral("INBOX"), false).size(),
            inboxBefore.size() - cleaned.uids.size());

        const CleanRun undone = undo(cleaned.outcome.actionId);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(undone.outcome.moved, int(cleaned.uids.size()));
        QCOMPARE(undone.outcome.notFound, 0);
        QCOMPARE(m_backend->messageIds(QStringLiteral("INBOX"), true), inboxBefore);
        QCOMPARE(m_backend->messageIds(QStringLiteral("Trash"), true), trashBefore);
    }

    void anotherProgramsDeletedMailSurvives_data() { backends(); }
    void anotherProgramsDeletedMailSurvives()
    {
        startBackend();
        QString error;
        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        const QList<MailboxCleaner::Candidate> candidates = forged(&error);
        QVERIFY2(candidates.size() > 3, qPrintable(error));
        // Ordinary mail another mail program flagged \Deleted but did not expunge, and one
        // forged bounce it flagged too.
        QList<quint32> others;
        {
            Store::ScanCache cache(m_backend->database(), m_backend->account());
            const auto folder = cache.folder(QStringLiteral("INBOX"), &error);
            QVERIFY2(folder, qPrintable(error));
            QVERIFY(cache.forEachScanned(
                folder->id,
                [&](const Store::ScanCache::ScannedMessage& message) {
                    if (message.verdict != u"backscatter")
                        others.append(message.uid);
                },
                &error));
        }
        QVERIFY(!others.isEmpty());
        QVERIFY2(m_backend->flagDeleted(
                     QStringLiteral("INBOX"), others + QList<quint32> { candidates.first().uid }, &error),
            qPrintable(error));
        const QStringList before = m_backend->messageIds(QStringLiteral("INBOX"), false);

        const CleanRun cleaned = clean();
        QVERIFY2(cleaned.ok, qPrintable(cleaned.error));
        QCOMPARE(cleaned.outcome.moved, int(candidates.size()) - 1);
        QCOMPARE(cleaned.outcome.skipped, 1);
        const QStringList after = m_backend->messageIds(QStringLiteral("INBOX"), false);
        // The other program's \Deleted mail is all still there.
        QCOMPARE(after.size(), flagsOnly() ? before.size() : before.size() - cleaned.outcome.moved);
        QVERIFY(after.size() > others.size());
    }

    void aUidThatChangedIsLeftAlone_data() { backends(); }
    void aUidThatChangedIsLeftAlone()
    {
        startBackend();
        QString error;
        QVERIFY2(m_backend->scan(&error), qPrintable(error));
        Store::ScanCache cache(m_backend->database(), m_backend->account());
        Store::ActionLog log(m_backend->database(), m_backend->account());
        MailboxCleaner cleaner(m_backend->mailbox(), cache, log);
        QList<MailboxCleaner::Candidate> candidates = forged(&error);
        QVERIFY2(candidates.size() > 2, qPrintable(error));
        // One is gone (another program removed it), one now looks like another message.
        QVERIFY2(m_backend->remove(QStringLiteral("INBOX"), candidates.at(0).uid, &error), qPrintable(error));
        const QString changed = QStringLiteral("<%1>").arg(candidates.at(1).messageId);
        QVERIFY(changed.size() > 2);
        candidates[1].messageId = QStringLiteral("not-the-same@example.org");
        MailboxCleaner::Outcome outcome;
        const auto cleaned
            = cleaner.clean(QStringLiteral("INBOX"), QStringLiteral("Trash"), candidates, &outcome);
        QVERIFY2(cleaned, qPrintable(failureOf(cleaned)));
        QCOMPARE(outcome.skipped, 2);
        QCOMPARE(outcome.moved, int(candidates.size()) - 2);
        QVERIFY2(m_backend->messageIds(QStringLiteral("INBOX"), true).contains(changed),
            "the message that no longer matched the scan stays where it is");
    }

    void theTrashIsNotCleanedIntoItself()
    {
        MaildirBackend backend;
        QString error;
        QVERIFY2(backend.start(Transfer::Move, &error), qPrintable(error));
        Store::ScanCache cache(backend.database(), backend.account());
        Store::ActionLog log(backend.database(), backend.account());
        MailboxCleaner cleaner(backend.mailbox(), cache, log);
        MailboxCleaner::Outcome outcome;
        const auto cleaned = cleaner.clean(QStringLiteral("Trash"), QStringLiteral("Trash"), {}, &outcome);
        QVERIFY(!cleaned);
        QCOMPARE(cleaned.error().message, QStringLiteral("These messages are in the Trash already."));
    }
};

QTEST_GUILESS_MAIN(MailboxCleanerTest)
#include "MailboxCleanerTest.moc"
