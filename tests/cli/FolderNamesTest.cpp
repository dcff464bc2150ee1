// Folder names as the server writes them: on a server that keeps every folder below INBOX
// with '.' between (Courier, cPanel), clean and undo name "INBOX.Trash", not
// "INBOX/Trash", and a clean stored the old way before an upgrade is still undone.
#include "CliRun.h"
#include "DovecotFixture.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class FolderNamesTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;

    CliRun runCli(const QString& command, const QStringList& extra = {})
    {
        return CliRun::run(QStringList { command, QStringLiteral("--server"),
                               QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()),
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

    bool store(const QStringList& statements, QString* error)
    {
        QSqlDatabase database;
        if (!Store::Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), &database, error))
            return false;
        QSqlQuery query(database);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                *error = statement + QStringLiteral(": ") + query.lastError().text();
                return false;
            }
        }
        return true;
    }

    QStringList storedFolderNames()
    {
        QSqlDatabase database;
        QString error;
        if (!Store::Database::open(m_dir.filePath(QStringLiteral("store.sqlite")), &database, &error))
            return { error };
        QSqlQuery query(database);
        QStringList names;
        query.exec(QStringLiteral("SELECT name FROM folders UNION SELECT source_folder FROM action_messages "
                                  "UNION SELECT target_folder FROM action_messages ORDER BY 1"));
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

private slots:
    void initTestCase()
    {
        m_server.setFolderPrefix(QStringLiteral("INBOX."), u'.');
        QString error;
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(
                m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(ids(QStringLiteral("INBOX.Sent")).size() > 5, qPrintable(m_server.log()));
    }

    void cleanAndUndoNameTheServersFolders()
    {
        const QStringList inbox = ids(QStringLiteral("INBOX"));
        const CliRun scan = runCli(QStringLiteral("scan"));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText));
        // The Sent folder was found below INBOX, so bounces could be judged.
        QVERIFY(scan.summary().value(QStringLiteral("backscatter")).toInt() > 3);

        const CliRun clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        QCOMPARE(clean.summary().value(QStringLiteral("trash")).toString(), QStringLiteral("INBOX.Trash"));
        const int moved = clean.summary().value(QStringLiteral("moved")).toInt();
        QVERIFY(moved > 3);
        for (qsizetype i = 0; i + 1 < clean.lines.size(); ++i) {
            QCOMPARE(clean.lines.at(i).value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX"));
            QCOMPARE(clean.lines.at(i).value(QStringLiteral("target_folder")).toString(),
                QStringLiteral("INBOX.Trash"));
        }
        QCOMPARE(ids(QStringLiteral("INBOX.Trash")).size(), moved);

        const CliRun undo = runCli(QStringLiteral("undo"));
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        QCOMPARE(undo.summary().value(QStringLiteral("restored")).toInt(), moved);
        for (qsizetype i = 0; i + 1 < undo.lines.size(); ++i) {
            QCOMPARE(
                undo.lines.at(i).value(QStringLiteral("folder")).toString(), QStringLiteral("INBOX.Trash"));
            QCOMPARE(
                undo.lines.at(i).value(QStringLiteral("target_folder")).toString(), QStringLiteral("INBOX"));
        }
        QCOMPARE(ids(QStringLiteral("INBOX")), inbox);
        QVERIFY(ids(QStringLiteral("INBOX.Trash")).isEmpty());
    }

    // A store written before folder names were the server's own held "INBOX/Trash".
    void aCleanStoredTheOldWayIsUndoneAfterTheUpgrade()
    {
        const QStringList inbox = ids(QStringLiteral("INBOX"));
        const CliRun scan = runCli(QStringLiteral("scan"));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.stderrText));
        const CliRun clean = runCli(QStringLiteral("clean"));
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.stderrText));
        const int moved = clean.summary().value(QStringLiteral("moved")).toInt();
        QVERIFY(moved > 3);
        QString error;
        QVERIFY2(
            store({ QStringLiteral("UPDATE folders SET name = replace(name, '.', '/')"),
                      QStringLiteral("UPDATE action_messages SET source_folder = replace(source_folder, '.', "
                                     "'/'), target_folder = replace(target_folder, '.', '/')"),
                      QStringLiteral("UPDATE accounts SET folder_separator = NULL") },
                &error),
            qPrintable(error));
        QVERIFY(storedFolderNames().contains(QStringLiteral("INBOX/Trash")));

        const CliRun undo = runCli(QStringLiteral("undo"));
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.stderrText));
        QCOMPARE(undo.summary().value(QStringLiteral("restored")).toInt(), moved);
        QCOMPARE(ids(QStringLiteral("INBOX")), inbox);
        QVERIFY(!storedFolderNames().contains(QStringLiteral("INBOX/Trash")));
        QVERIFY(storedFolderNames().contains(QStringLiteral("INBOX.Trash")));
    }
};

QTEST_GUILESS_MAIN(FolderNamesTest)
#include "FolderNamesTest.moc"
