// The accounts the user added, on a real SQLite store: added and updated by server and
// user, ordered by use, removed without touching the audit log, sharing rows with the
// scan cache, and never holding a password.
#include "account/AccountStore.h"
#include "store/Database.h"
#include "store/ScanCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace Imap = Core::Imap;
namespace Store = Core::Store;
using Core::Account::Account;
using Core::Account::AccountStore;

class AccountStoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_database;
    int m_files = 0;

    static Imap::ServerAddress server(const QString& url)
    {
        QString error;
        return Imap::ServerAddress::parse(url, &error).value_or(Imap::ServerAddress {});
    }

    static Account account(const QString& email, const QString& url, const QString& user)
    {
        Account result;
        result.emailAddress = email;
        result.server = server(url);
        result.user = user;
        return result;
    }

    static QStringList emails(const QList<Account>& accounts)
    {
        QStringList result;
        for (const Account& each : accounts)
            result.append(each.emailAddress);
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(Store::Database::open(
                     m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files)), &m_database, &error),
            qPrintable(error));
    }

    void addsAndReadsBack()
    {
        AccountStore store(m_database);
        QString error;
        Account sam = account(QStringLiteral("sam@example.org"), QStringLiteral("imaps://mail.example.org"),
            QStringLiteral("sam"));
        sam.label = QStringLiteral("Office");
        const auto id = store.add(sam, &error);
        QVERIFY2(id.has_value(), qPrintable(error));
        const auto all = store.all(&error);
        QVERIFY2(all.has_value(), qPrintable(error));
        QCOMPARE(all->size(), 1);
        const Account& read = all->first();
        QCOMPARE(read.id, *id);
        QCOMPARE(read.emailAddress, QStringLiteral("sam@example.org"));
        QCOMPARE(read.label, QStringLiteral("Office"));
        QCOMPARE(read.displayName(), QStringLiteral("Office"));
        QCOMPARE(read.server.toString(), QStringLiteral("imaps://mail.example.org:993"));
        QCOMPARE(read.user, QStringLiteral("sam"));
        QVERIFY(!read.lastUsedAt.isValid());
        QVERIFY(read.browserSignIn.isEmpty());
    }

    // An account that signs in in the provider's browser page keeps which provider; the
    // same server and user added again with a password drops it.
    void keepsTheBrowserSignIn()
    {
        AccountStore store(m_database);
        QString error;
        Account sam = account(QStringLiteral("sam@contoso.example"),
            QStringLiteral("imaps://outlook.office365.com"), QStringLiteral("sam@contoso.example"));
        sam.browserSignIn = QStringLiteral("microsoft");
        QVERIFY2(store.add(sam, &error).has_value(), qPrintable(error));
        QCOMPARE(store.all(&error)->first().browserSignIn, QStringLiteral("microsoft"));
        sam.browserSignIn.clear();
        QVERIFY2(store.add(sam, &error).has_value(), qPrintable(error));
        QVERIFY(store.all(&error)->first().browserSignIn.isEmpty());
    }

    void addingTheSameServerAndUserUpdatesIt()
    {
        AccountStore store(m_database);
        QString error;
        const auto first = store.add(account(QStringLiteral("sam@example.org"),
                                         QStringLiteral("imap://mail.example.org"), QStringLiteral("sam")),
            &error);
        QVERIFY2(first.has_value(), qPrintable(error));
        const auto second
            = store.add(account(QStringLiteral("s.smith@example.org"),
                            QStringLiteral("imap://mail.example.org:143"), QStringLiteral("sam")),
                &error);
        QVERIFY2(second.has_value(), qPrintable(error));
        QCOMPARE(*second, *first);
        const auto all = store.all(&error);
        QVERIFY(all.has_value());
        QCOMPARE(emails(*all), QStringList { QStringLiteral("s.smith@example.org") });
        QCOMPARE(all->first().displayName(), QStringLiteral("s.smith@example.org"));
    }

    void refusesAnAccountWithoutAddressOrUser()
    {
        AccountStore store(m_database);
        QString error;
        QVERIFY(!store.add(
            account(QString(), QStringLiteral("imaps://mail.example.org"), QStringLiteral("sam")), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store.add(
            account(QStringLiteral("sam@example.org"), QStringLiteral("imaps://mail.example.org"), QString()),
            &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.all(&error)->size(), 0);
    }

    void ordersByLastUse()
    {
        AccountStore store(m_database);
        QString error;
        const auto a = store.add(account(QStringLiteral("a@example.org"),
                                     QStringLiteral("imaps://a.example.org"), QStringLiteral("a")),
            &error);
        const auto b = store.add(account(QStringLiteral("b@example.org"),
                                     QStringLiteral("imaps://b.example.org"), QStringLiteral("b")),
            &error);
        const auto c = store.add(account(QStringLiteral("c@example.org"),
                                     QStringLiteral("imaps://c.example.org"), QStringLiteral("c")),
            &error);
        QVERIFY(a && b && c);
        QVERIFY(!store.lastUsed(&error).has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(emails(*store.all(&error)),
            (QStringList { QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                QStringLiteral("c@example.org") }));

        const QDateTime monday(QDate(2026, 11, 23), QTime(9, 0, 0, 125), Qt::UTC);
        QVERIFY2(store.markUsed(*b, monday, &error), qPrintable(error));
        QVERIFY2(store.markUsed(*c, monday.addSecs(60), &error), qPrintable(error));
        QCOMPARE(emails(*store.all(&error)),
            (QStringList { QStringLiteral("c@example.org"), QStringLiteral("b@example.org"),
                QStringLiteral("a@example.org") }));
        const auto last = store.lastUsed(&error);
        QVERIFY2(last.has_value(), qPrintable(error));
        QCOMPARE(last->id, *c);
        QCOMPARE(last->lastUsedAt, monday.addSecs(60));

        QVERIFY(store.markUsed(*b, monday.addDays(1), &error));
        QCOMPARE(store.lastUsed(&error)->emailAddress, QStringLiteral("b@example.org"));
    }

    void markingAnUnknownAccountFails()
    {
        AccountStore store(m_database);
        QString error;
        QVERIFY(!store.markUsed(4711, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!error.isEmpty());
    }

    // The command line's scan cache and the assistant name the same account the same way.
    void sharesTheRowTheScanCacheMade()
    {
        QString error;
        const auto cached = Store::ScanCache::accountId(m_database,
            server(QStringLiteral("imaps://mail.example.org")).toString(), QStringLiteral("sam"), &error);
        QVERIFY2(cached.has_value(), qPrintable(error));
        AccountStore store(m_database);
        QCOMPARE(store.all(&error)->size(), 0);
        const auto added
            = store.add(account(QStringLiteral("sam@example.org"),
                            QStringLiteral("imaps://mail.example.org:993"), QStringLiteral("sam")),
                &error);
        QVERIFY2(added.has_value(), qPrintable(error));
        QCOMPARE(*added, *cached);
        QCOMPARE(Store::ScanCache::accountId(
                     m_database, store.all(&error)->first().server.toString(), QStringLiteral("sam"), &error),
            cached);
    }

    void removeDropsTheAccountAndItsCache()
    {
        AccountStore store(m_database);
        QString error;
        const auto id = store.add(account(QStringLiteral("sam@example.org"),
                                      QStringLiteral("imaps://mail.example.org"), QStringLiteral("sam")),
            &error);
        QVERIFY(id);
        Store::ScanCache cache(m_database, *id);
        QVERIFY2(cache.folder(QStringLiteral("INBOX"), &error).has_value(), qPrintable(error));
        QVERIFY2(store.remove(*id, &error), qPrintable(error));
        QCOMPARE(store.all(&error)->size(), 0);
        QSqlQuery query(m_database);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM accounts) || ' ' || (SELECT count(*) FROM folders)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("0 0"));
    }

    // Nothing is ever lost: what was done in an account's name stays in the audit log.
    void removeKeepsTheAuditLog()
    {
        AccountStore store(m_database);
        QString error;
        const auto id = store.add(account(QStringLiteral("sam@example.org"),
                                      QStringLiteral("imaps://mail.example.org"), QStringLiteral("sam")),
            &error);
        QVERIFY(id);
        QVERIFY(store.markUsed(*id, QDateTime::currentDateTimeUtc(), &error));
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("INSERT INTO actions (account_id, kind, state, started_at) VALUES (?, "
                                     "'clean', 'done', '2026-01-01')"));
        query.addBindValue(*id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY2(store.remove(*id, &error), qPrintable(error));
        QCOMPARE(store.all(&error)->size(), 0);
        QVERIFY(!store.lastUsed(&error).has_value());
        QVERIFY(query.exec(
            QStringLiteral("SELECT a.user_name FROM actions JOIN accounts a ON a.id = actions.account_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("sam"));
        // Added again, it is the same account with its history.
        const auto again = store.add(account(QStringLiteral("sam@example.org"),
                                         QStringLiteral("imaps://mail.example.org"), QStringLiteral("sam")),
            &error);
        QCOMPARE(again, id);
    }

    void noColumnCanHoldASecret()
    {
        QSqlRecord columns = m_database.record(QStringLiteral("accounts"));
        QVERIFY(columns.count() > 0);
        for (int i = 0; i < columns.count(); ++i) {
            const QString name = columns.fieldName(i);
            QVERIFY2(!name.contains(QStringLiteral("pass")) && !name.contains(QStringLiteral("secret"))
                    && !name.contains(QStringLiteral("token")),
                qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(AccountStoreTest)
#include "AccountStoreTest.moc"
