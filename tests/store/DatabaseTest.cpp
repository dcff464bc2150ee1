// The SQLite store on a real file: created private, in WAL mode, migrated step by step
// in transactions, and refused with a plain reason when it cannot be used.
#include "store/Database.h"
#include "store/TransactionGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core::Store;

// The scan results' table as versions 1 to 3 made it.
static const char* const ScannedMessagesUpToVersion3
    = "CREATE TABLE scanned_messages (folder_id INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE, "
      "uid INTEGER NOT NULL, size INTEGER, message_id TEXT, report TEXT NOT NULL, verdict TEXT, "
      "PRIMARY KEY (folder_id, uid))";

class DatabaseTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A store as an earlier release left it; the error, or empty.
    static QString writeOldStore(const QString& file, std::initializer_list<const char*> statements)
    {
        const QString connection = QStringLiteral("old store");
        QString error;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            old.setDatabaseName(file);
            if (!old.open())
                error = old.lastError().text();
            QSqlQuery query(old);
            for (const char* statement : statements) {
                if (error.isEmpty() && !query.exec(QString::fromLatin1(statement)))
                    error = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    static QString scalar(const QSqlDatabase& database, const QString& statement)
    {
        QSqlQuery query(database);
        if (!query.exec(statement) || !query.next())
            return QStringLiteral("<failed: %1>").arg(query.lastError().text());
        return query.value(0).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAPrivateFileInItsFolder()
    {
        const QString file = path(QStringLiteral("nested/folder/store.sqlite"));
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(file));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeGroup
            | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
        QVERIFY(QFileInfo(file).permissions() & QFileDevice::ReadOwner);
    }

    void usesTheWriteAheadLogAndForeignKeys()
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(path(QStringLiteral("wal.sqlite")), &database, &error), qPrintable(error));
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QSqlQuery orphan(database);
        QVERIFY(
            !orphan.exec(QStringLiteral("INSERT INTO folders (account_id, name) VALUES (4711, 'INBOX')")));
    }

    void migratesToTheCurrentSchema()
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(path(QStringLiteral("schema.sqlite")), &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        for (const char* table : { "accounts", "folders", "sent_messages", "scanned_messages", "verdicts",
                 "trusted_certificates", "actions", "action_messages" }) {
            QCOMPARE(
                scalar(database,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                        .arg(QLatin1StringView(table))),
                QStringLiteral("1"));
        }
    }

    void reopeningKeepsDataAndVersion()
    {
        const QString file = path(QStringLiteral("reopen.sqlite"));
        {
            QSqlDatabase database;
            QString error;
            QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
            QSqlQuery insert(database);
            QVERIFY2(
                insert.exec(QStringLiteral(
                    "INSERT INTO accounts (server, user_name) VALUES ('imaps://mail.example.org', 'sam')")),
                qPrintable(insert.lastError().text()));
            database.close();
        }
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(scalar(database, QStringLiteral("SELECT user_name FROM accounts")), QStringLiteral("sam"));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
    }

    // A store written by the first release: its audit log survives the step to version 2.
    void migratesAVersionOneStoreKeepingItsAuditLog()
    {
        const QString file = path(QStringLiteral("version1.sqlite"));
        const QString written = writeOldStore(file,
            { "CREATE TABLE accounts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, user_name TEXT NOT NULL, "
              "UNIQUE (server, user_name))",
                "CREATE TABLE folders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, name TEXT NOT "
                "NULL, role TEXT, "
                "uid_validity INTEGER, uid_next INTEGER, highest_modseq INTEGER, UNIQUE (account_id, name))",
                "CREATE TABLE actions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                "accounts (id), "
                "kind TEXT NOT NULL, state TEXT NOT NULL, undoes INTEGER REFERENCES actions (id), started_at "
                "TEXT NOT NULL, "
                "finished_at TEXT)",
                "CREATE TABLE action_messages (action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE "
                "CASCADE, "
                "source_folder TEXT NOT NULL, source_uid INTEGER NOT NULL, message_id TEXT, target_folder "
                "TEXT NOT NULL, "
                "target_uid INTEGER, state TEXT NOT NULL, PRIMARY KEY (action_id, source_folder, "
                "source_uid))",
                ScannedMessagesUpToVersion3,
                "INSERT INTO accounts (id, server, user_name) VALUES (1, 'imaps://mail.example.org', 'sam')",
                "INSERT INTO actions (id, account_id, kind, state, started_at) VALUES (1, 1, 'clean', "
                "'done', '2026-01-01')",
                "INSERT INTO action_messages VALUES (1, 'INBOX', 42, 'abc@example.org', 'Trash', 7, 'moved')",
                "PRAGMA user_version=1" });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        QCOMPARE(scalar(database,
                     QStringLiteral(
                         "SELECT source_uid || ' ' || target_uid || ' ' || state FROM action_messages")),
            QStringLiteral("42 7 moved"));
        QCOMPARE(scalar(database,
                     QStringLiteral(
                         "SELECT count(*) FROM pragma_table_info('action_messages') WHERE name = 'size'")),
            QStringLiteral("1"));
    }

    // A version 2 store whose accounts the scan cache made: the step to version 3 keeps
    // every row and id (folders and the audit log point at them) and adds empty columns
    // for what the setup assistant knows of an account.
    void migratesAVersionTwoStoreKeepingItsAccounts()
    {
        const QString file = path(QStringLiteral("version2.sqlite"));
        const QString written = writeOldStore(file,
            { "CREATE TABLE accounts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, user_name TEXT NOT NULL, "
              "UNIQUE (server, user_name))",
                "CREATE TABLE folders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                "accounts (id) "
                "ON DELETE CASCADE, name TEXT NOT NULL, role TEXT, uid_validity INTEGER, uid_next INTEGER, "
                "highest_modseq INTEGER, UNIQUE (account_id, name))",
                "CREATE TABLE actions (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                "accounts (id), "
                "kind TEXT NOT NULL, state TEXT NOT NULL, undoes INTEGER REFERENCES actions (id), started_at "
                "TEXT NOT NULL, "
                "finished_at TEXT)",
                ScannedMessagesUpToVersion3,
                "INSERT INTO accounts (id, server, user_name) VALUES (3, 'imaps://mail.example.org:993', "
                "'sam')",
                "INSERT INTO accounts (id, server, user_name) VALUES (8, 'imap://mail.example.com:143', "
                "'kim')",
                "INSERT INTO folders (id, account_id, name, uid_validity) VALUES (5, 8, 'INBOX', 77)",
                "INSERT INTO actions (id, account_id, kind, state, started_at) VALUES (1, 3, 'clean', "
                "'done', '2026-01-01')",
                "PRAGMA user_version=2" });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        QCOMPARE(scalar(database,
                     QStringLiteral("SELECT group_concat(id || ' ' || server || ' ' || user_name, '; ') FROM "
                                    "(SELECT * FROM accounts ORDER BY id)")),
            QStringLiteral("3 imaps://mail.example.org:993 sam; 8 imap://mail.example.com:143 kim"));
        QCOMPARE(
            scalar(database,
                QStringLiteral("SELECT count(*) FROM accounts WHERE email_address IS NULL AND label IS NULL "
                               "AND last_used_at IS NULL")),
            QStringLiteral("2"));
        QCOMPARE(scalar(database,
                     QStringLiteral("SELECT account_id || ' ' || uid_validity FROM folders WHERE id = 5")),
            QStringLiteral("8 77"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT account_id FROM actions WHERE id = 1")),
            QStringLiteral("3"));
    }

    // A version 3 store with scan results: the step to version 4 moves each verdict to a
    // table of its own and keeps every report. A verdict goes with its message: replaced
    // or forgotten, the message takes its verdict along.
    void migratesAVersionThreeStoreKeepingItsVerdicts()
    {
        const QString file = path(QStringLiteral("version3.sqlite"));
        const QString written = writeOldStore(file,
            { "CREATE TABLE accounts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, user_name TEXT NOT NULL, "
              "email_address TEXT, label TEXT, last_used_at TEXT, UNIQUE (server, user_name))",
                "CREATE TABLE folders (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES "
                "accounts (id) "
                "ON DELETE CASCADE, name TEXT NOT NULL, role TEXT, uid_validity INTEGER, uid_next INTEGER, "
                "highest_modseq INTEGER, UNIQUE (account_id, name))",
                ScannedMessagesUpToVersion3,
                "INSERT INTO accounts (id, server, user_name) VALUES (1, 'imaps://mail.example.org:993', "
                "'sam')",
                "INSERT INTO folders (id, account_id, name, uid_validity) VALUES (2, 1, 'INBOX', 77)",
                "INSERT INTO scanned_messages VALUES (2, 10, 100, 'a@example.org', 'report one', "
                "'backscatter')",
                "INSERT INTO scanned_messages VALUES (2, 11, 200, 'b@example.org', 'report two', NULL)",
                "INSERT INTO scanned_messages VALUES (2, 12, 300, 'c@example.org', 'report three', "
                "'genuine')",
                "PRAGMA user_version=3" });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        QCOMPARE(scalar(database,
                     QStringLiteral("SELECT group_concat(uid || ' ' || verdict, '; ') FROM (SELECT * FROM "
                                    "verdicts ORDER BY uid)")),
            QStringLiteral("10 backscatter; 12 genuine"));
        QCOMPARE(scalar(database,
                     QStringLiteral("SELECT group_concat(uid || ' ' || report, '; ') FROM (SELECT * FROM "
                                    "scanned_messages ORDER BY uid)")),
            QStringLiteral("10 report one; 11 report two; 12 report three"));
        QCOMPARE(
            scalar(database,
                QStringLiteral(
                    "SELECT count(*) FROM pragma_table_info('scanned_messages') WHERE name = 'verdict'")),
            QStringLiteral("0"));

        QSqlQuery change(database);
        QVERIFY(change.exec(QStringLiteral(
            "INSERT OR REPLACE INTO scanned_messages VALUES (2, 10, 100, 'a@example.org', 'again')")));
        QVERIFY(change.exec(QStringLiteral("DELETE FROM scanned_messages WHERE uid = 12")));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM verdicts")), QStringLiteral("0"));
        QVERIFY(!change.exec(QStringLiteral("INSERT INTO verdicts VALUES (2, 99, 'genuine')")));
    }

    // A version 4 store: its accounts stay, as password accounts.
    void migratesAVersionFourStoreKeepingItsAccounts()
    {
        const QString file = path(QStringLiteral("version4.sqlite"));
        const QString written = writeOldStore(file,
            { "CREATE TABLE accounts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, user_name TEXT NOT NULL, "
              "email_address TEXT, label TEXT, last_used_at TEXT, UNIQUE (server, user_name))",
                "INSERT INTO accounts (id, server, user_name, email_address) VALUES (1, "
                "'imaps://mail.example.org:993', 'sam', "
                "'sam@example.org')",
                "PRAGMA user_version=4" });
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        QCOMPARE(
            scalar(database,
                QStringLiteral(
                    "SELECT email_address || ' ' || coalesce(browser_sign_in, 'password') FROM accounts")),
            QStringLiteral("sam@example.org password"));
    }

    void refusesAStoreFromANewerVersion()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase database;
            QString error;
            QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
            QSqlQuery bump(database);
            QVERIFY(bump.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::SchemaVersion + 1)));
            database.close();
        }
        QSqlDatabase database;
        QString error;
        QVERIFY(!Database::open(file, &database, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void refusesAFileThatIsNotAStore()
    {
        const QString file = path(QStringLiteral("garbage.sqlite"));
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        QSqlDatabase database;
        QString error;
        QVERIFY(!Database::open(file, &database, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void transactionGuardRollsBackUnlessCommitted()
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(path(QStringLiteral("guard.sqlite")), &database, &error), qPrintable(error));
        {
            TransactionGuard transaction(database);
            QVERIFY(transaction.isActive());
            QSqlQuery insert(database);
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('a', 'dropped')")));
        }
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("0"));
        {
            TransactionGuard transaction(database);
            QSqlQuery insert(database);
            QVERIFY(
                insert.exec(QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('a', 'kept')")));
            QVERIFY(transaction.commit());
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(scalar(database, QStringLiteral("SELECT user_name FROM accounts")), QStringLiteral("kept"));
    }

    void onlyACacheTransactionSyncsLess()
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(path(QStringLiteral("sync.sqlite")), &database, &error), qPrintable(error));
        const QString full = QStringLiteral("2");
        const QString normal = QStringLiteral("1");
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), full);
        {
            TransactionGuard transaction(database);
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), full);
            QVERIFY(transaction.commit());
        }
        {
            TransactionGuard transaction(database, TransactionGuard::Durability::ProgramCrash);
            QVERIFY(transaction.isActive());
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), normal);
            QSqlQuery insert(database);
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('a', 'cached')")));
            QVERIFY(transaction.commit());
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), full);
        }
        {
            TransactionGuard transaction(database, TransactionGuard::Durability::ProgramCrash);
            QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), normal);
        }
        QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")), full);
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT user_name FROM accounts")), QStringLiteral("cached"));
    }

    void eachThreadGetsItsOwnConnection()
    {
        const QString file = path(QStringLiteral("threads.sqlite"));
        QSqlDatabase mine;
        QString error;
        QVERIFY2(Database::open(file, &mine, &error), qPrintable(error));
        QString otherName;
        QString otherError;
        bool otherOpened = false;
        QThread* worker = QThread::create([&] {
            QSqlDatabase theirs;
            otherOpened = Database::open(file, &theirs, &otherError);
            otherName = theirs.connectionName();
            QSqlQuery insert(theirs);
            otherOpened = otherOpened
                && insert.exec(
                    QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('b', 'worker')"));
            theirs.close();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(otherOpened, qPrintable(otherError));
        QVERIFY(otherName != mine.connectionName());
        QCOMPARE(scalar(mine, QStringLiteral("SELECT user_name FROM accounts WHERE server = 'b'")),
            QStringLiteral("worker"));
    }

    // A window that opens another account ends one worker thread and starts the next,
    // whose QThread the allocator may put where the ended one was. It opens the store
    // all the same, and an ended thread leaves no connection behind.
    void aThreadWhereAnEndedOneWasOpensTheStore()
    {
        const QString file = path(QStringLiteral("recycled.sqlite"));
        class OpeningThread : public QThread {
        public:
            explicit OpeningThread(QString file)
                : m_file(std::move(file))
            {
            }
            bool opened = false;
            QString error;

        private:
            void run() override
            {
                QSqlDatabase database;
                opened = Database::open(m_file, &database, &error)
                    && QSqlQuery(database).exec(QStringLiteral("SELECT count(*) FROM accounts"));
            }
            QString m_file;
        };
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        alignas(OpeningThread) unsigned char place[sizeof(OpeningThread)];
        for (int round = 0; round < 2; ++round) {
            auto* thread = new (place) OpeningThread(file);
            thread->start();
            QVERIFY(thread->wait(30000));
            QVERIFY2(
                thread->opened, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(thread->error)));
            thread->~OpeningThread();
        }
        // A thread's connections go when its last thread_local object does, which may be
        // just after wait() has returned.
        QTRY_COMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
