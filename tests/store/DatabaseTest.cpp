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

class DatabaseTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

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
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
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
        QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO folders (account_id, name) VALUES (4711, 'INBOX')")));
    }

    void migratesToTheCurrentSchema()
    {
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(path(QStringLiteral("schema.sqlite")), &database, &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
        for (const char* table : { "accounts", "folders", "sent_messages", "scanned_messages", "trusted_certificates",
                 "actions", "action_messages" }) {
            QCOMPARE(scalar(database,
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
            QVERIFY2(insert.exec(QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('imaps://mail.example.org', 'sam')")),
                qPrintable(insert.lastError().text()));
            database.close();
        }
        QSqlDatabase database;
        QString error;
        QVERIFY2(Database::open(file, &database, &error), qPrintable(error));
        QCOMPARE(scalar(database, QStringLiteral("SELECT user_name FROM accounts")), QStringLiteral("sam"));
        QCOMPARE(Database::schemaVersion(database), Database::SchemaVersion);
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
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('a', 'dropped')")));
        }
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("0"));
        {
            TransactionGuard transaction(database);
            QSqlQuery insert(database);
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('a', 'kept')")));
            QVERIFY(transaction.commit());
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(scalar(database, QStringLiteral("SELECT user_name FROM accounts")), QStringLiteral("kept"));
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
                && insert.exec(QStringLiteral("INSERT INTO accounts (server, user_name) VALUES ('b', 'worker')"));
            theirs.close();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(otherOpened, qPrintable(otherError));
        QVERIFY(otherName != mine.connectionName());
        QCOMPARE(scalar(mine, QStringLiteral("SELECT user_name FROM accounts WHERE server = 'b'")), QStringLiteral("worker"));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
