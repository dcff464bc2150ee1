#include "store/Database.h"

#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace Core::Store {

namespace {

    // Each entry takes the schema from its index to the next version. Never edit a
    // released step: add a new one.
    const QList<QStringList>& migrations()
    {
        static const QList<QStringList> steps {
            {
                QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, server TEXT NOT NULL, "
                               "user_name TEXT NOT NULL, UNIQUE (server, user_name))"),
                QStringLiteral("CREATE TABLE folders (id INTEGER PRIMARY KEY, "
                               "account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, "
                               "name TEXT NOT NULL, role TEXT, uid_validity INTEGER, uid_next INTEGER, "
                               "highest_modseq INTEGER, UNIQUE (account_id, name))"),
                QStringLiteral(
                    "CREATE TABLE sent_messages (folder_id INTEGER NOT NULL REFERENCES folders (id) "
                    "ON DELETE CASCADE, uid INTEGER NOT NULL, message_id TEXT, recipients TEXT NOT NULL, "
                    "subject TEXT, sent_at TEXT, PRIMARY KEY (folder_id, uid))"),
                QStringLiteral("CREATE INDEX sent_messages_by_message_id ON sent_messages (message_id)"),
                QStringLiteral(
                    "CREATE TABLE scanned_messages (folder_id INTEGER NOT NULL REFERENCES folders (id) "
                    "ON DELETE CASCADE, uid INTEGER NOT NULL, size INTEGER, message_id TEXT, "
                    "report TEXT NOT NULL, verdict TEXT, PRIMARY KEY (folder_id, uid))"),
                QStringLiteral(
                    "CREATE TABLE trusted_certificates (host TEXT NOT NULL, port INTEGER NOT NULL, "
                    "sha256 TEXT NOT NULL, accepted_at TEXT NOT NULL, PRIMARY KEY (host, port, sha256))"),
                QStringLiteral("CREATE TABLE actions (id INTEGER PRIMARY KEY, "
                               "account_id INTEGER NOT NULL REFERENCES accounts (id), kind TEXT NOT NULL, "
                               "state TEXT NOT NULL, undoes INTEGER REFERENCES actions (id), "
                               "started_at TEXT NOT NULL, finished_at TEXT)"),
                QStringLiteral(
                    "CREATE TABLE action_messages (action_id INTEGER NOT NULL REFERENCES actions (id) "
                    "ON DELETE CASCADE, source_folder TEXT NOT NULL, source_uid INTEGER NOT NULL, "
                    "message_id TEXT, target_folder TEXT NOT NULL, target_uid INTEGER, state TEXT NOT NULL, "
                    "PRIMARY KEY (action_id, source_folder, source_uid))"),
            },
            // 2: an undo logs messages before it knows their UIDs in the Trash, and a
            // message's size is kept to recognise it when it has no Message-ID.
            {
                QStringLiteral(
                    "CREATE TABLE action_messages_v2 (id INTEGER PRIMARY KEY, "
                    "action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE, "
                    "source_folder TEXT NOT NULL, source_uid INTEGER, message_id TEXT, size INTEGER, "
                    "target_folder TEXT NOT NULL, target_uid INTEGER, state TEXT NOT NULL, updated_at TEXT)"),
                QStringLiteral(
                    "INSERT INTO action_messages_v2 (action_id, source_folder, source_uid, message_id, "
                    "target_folder, target_uid, state) SELECT action_id, source_folder, source_uid, "
                    "message_id, target_folder, target_uid, state FROM action_messages"),
                QStringLiteral("DROP TABLE action_messages"),
                QStringLiteral("ALTER TABLE action_messages_v2 RENAME TO action_messages"),
                QStringLiteral("CREATE INDEX action_messages_by_action ON action_messages (action_id)"),
            },
            // 3: the accounts the user added in the setup assistant, with the address they
            // typed, a label of their own and when each was last opened. Rows the scan
            // cache made keep their ids (actions and folders point at them).
            {
                QStringLiteral("ALTER TABLE accounts ADD COLUMN email_address TEXT"),
                QStringLiteral("ALTER TABLE accounts ADD COLUMN label TEXT"),
                QStringLiteral("ALTER TABLE accounts ADD COLUMN last_used_at TEXT"),
            },
            // 4: verdicts in a table of their own. Set after every scan, in the same rows
            // as the reports, they made SQLite write each bounce's row again: 60 ms on a
            // first scan of 5,000 bounces.
            {
                QStringLiteral(
                    "CREATE TABLE verdicts (folder_id INTEGER NOT NULL, uid INTEGER NOT NULL, "
                    "verdict TEXT NOT NULL, PRIMARY KEY (folder_id, uid), FOREIGN KEY (folder_id, uid) "
                    "REFERENCES scanned_messages (folder_id, uid) ON DELETE CASCADE) WITHOUT ROWID"),
                QStringLiteral(
                    "INSERT INTO verdicts (folder_id, uid, verdict) SELECT folder_id, uid, verdict "
                    "FROM scanned_messages WHERE verdict IS NOT NULL AND verdict != ''"),
                QStringLiteral("ALTER TABLE scanned_messages DROP COLUMN verdict"),
            },
            // 5: an account that signs in in the provider's browser page (OAuth2) names the
            // provider profile; NULL: a password.
            {
                QStringLiteral("ALTER TABLE accounts ADD COLUMN browser_sign_in TEXT"),
            },
            // 6: folder names are the server's own ("INBOX.Trash"); before, a folder below
            // another was stored "INBOX/Trash" whatever the server's separator. NULL: the
            // names are still stored that way, until ScanCache::adoptFolderSeparator() runs.
            {
                QStringLiteral("ALTER TABLE accounts ADD COLUMN folder_separator TEXT"),
            },
        };
        return steps;
    }

    // Qt SQL connections belong to the thread that added them, and live on after it
    // unless removed. Named after the thread's address, a new worker thread whose QThread
    // took the place of an ended one got that thread's dead connection, and its store
    // could not be opened. Each thread has a number no other thread gets, and its
    // connections go when it ends (after its objects, deleted as it finishes).
    class ThreadConnections {
    public:
        ThreadConnections() = default;
        ThreadConnections(const ThreadConnections&) = delete;
        ThreadConnections& operator=(const ThreadConnections&) = delete;
        ~ThreadConnections()
        {
            for (const QString& name : std::as_const(m_names))
                QSqlDatabase::removeDatabase(name);
        }

        QString nameFor(const QString& path)
        {
            const QString name = QStringLiteral("neversent-store-%1-%2")
                                     .arg(m_thread)
                                     .arg(QFileInfo(path).absoluteFilePath());
            if (!m_names.contains(name))
                m_names.append(name);
            return name;
        }

    private:
        static inline std::atomic<quint64> s_threads = 0;
        const quint64 m_thread = ++s_threads;
        QStringList m_names;
    };

    QString connectionName(const QString& path)
    {
        thread_local ThreadConnections connections;
        return connections.nameFor(path);
    }

    bool exec(QSqlDatabase& database, const QString& statement, QString* error)
    {
        QSqlQuery query(database);
        if (query.exec(statement))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }

} // namespace

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("neversent.sqlite"));
}

int Database::schemaVersion(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::open(const QString& path, QSqlDatabase* database, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder for the NeverSent store at %1.").arg(info.absolutePath());
        return false;
    }
    // The store holds who the user writes to: readable by the user alone, from the start.
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot create the NeverSent store %1: %2").arg(path, file.errorString());
            return false;
        }
        file.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString name = connectionName(path);
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("Cannot open the NeverSent store %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QString detail;
    // Every commit reaches the disk unless a transaction asks for less (TransactionGuard).
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &detail)
        || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &detail)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &detail)
        || !exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), &detail)) {
        *error = tr("The NeverSent store %1 cannot be used: %2").arg(path, detail);
        db.close();
        return false;
    }
    if (!migrate(db, error)) {
        db.close();
        return false;
    }
    *database = db;
    return true;
}

bool Database::migrate(QSqlDatabase& database, QString* error)
{
    const int current = schemaVersion(database);
    if (current < 0) {
        *error = tr("The file %1 is not a NeverSent store.").arg(database.databaseName());
        return false;
    }
    if (current > SchemaVersion) {
        *error = tr(
            "The NeverSent store %1 was written by a newer version of NeverSent; update NeverSent to use it.")
                     .arg(database.databaseName());
        return false;
    }
    for (int version = current; version < SchemaVersion; ++version) {
        TransactionGuard transaction(database);
        QString detail;
        bool ok = transaction.isActive();
        for (const QString& statement : migrations().at(version)) {
            if (!ok)
                break;
            ok = exec(database, statement, &detail);
        }
        ok = ok && exec(database, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), &detail);
        if (!ok || !transaction.commit()) {
            *error = tr("The NeverSent store %1 could not be updated (step %2): %3")
                         .arg(database.databaseName())
                         .arg(version + 1)
                         .arg(detail);
            return false;
        }
    }
    return true;
}

} // namespace Core::Store
