// Every string the code asks for at run time is found in each shipped language. The
// static check (TranslationsTest) compares the .ts files with the sources as lupdate reads
// them; this one records what the program itself asks the translators for (context and
// text) while it runs its error paths, the command line's help and usage errors, and the
// text report of the demo mailbox, and looks each up in every catalogue. A string asked
// for under another context than the one lupdate stored it under is never translated:
// this is the test that sees it.
#include "account/AccountStore.h"
#include "cli/ClassifyCommand.h"
#include "cli/CliApplication.h"
#include "cli/MailboxCommands.h"
#include "cli/ScanCommand.h"
#include "imap/ServerAddress.h"
#include "store/ActionLog.h"
#include "store/Database.h"
#include "store/ScanCache.h"

#include <QBuffer>
#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Core;

namespace {

// Asked first (installed last): notes each question and lets the real catalogue answer.
class RecordingTranslator : public QTranslator {
public:
    struct Question {
        QString context;
        QString source;
        QString disambiguation;
        int n = -1;
        friend bool operator==(const Question&, const Question&) = default;
    };

    QString translate(
        const char* context, const char* source, const char* disambiguation, int n) const override
    {
        m_asked.append(
            { QString::fromUtf8(context), QString::fromUtf8(source), QString::fromUtf8(disambiguation), n });
        return {};
    }
    bool isEmpty() const override { return false; }
    const QList<Question>& asked() const { return m_asked; }

private:
    mutable QList<Question> m_asked;
};

} // namespace

class RuntimeTranslationTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RecordingTranslator m_recorder;

    void askEverything(const QString& storeName)
    {
        // The command line: its help, and usage errors a person meets.
        QVERIFY(Cli::CliApplication::run(
                    { QStringLiteral("neversent-cli"), QStringLiteral("--help") }, &Cli::MailboxCommands::run)
            == 0);
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        for (const QStringList& arguments : { QStringList { QStringLiteral("--bogus") },
                 QStringList { QStringLiteral("--server"), QStringLiteral("ftp://x") },
                 QStringList { QStringLiteral("--server"), QStringLiteral("imaps://mail.example.org"),
                     QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--password-env"),
                     QStringLiteral("A"), QStringLiteral("--access-token-env"), QStringLiteral("B") } })
            QCOMPARE(Cli::ScanCommand::run(arguments, out, err), 2);
        // The text report of the demo mailbox: verdicts, explanations, the summary.
        QCOMPARE(Cli::ClassifyCommand::run(
                     { QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--sent"),
                         QStringLiteral(NEVERSENT_DEMO_MAILBOX "/Sent"), QStringLiteral("--me"),
                         QStringLiteral("sam.taylor@bluebird-office.example"),
                         QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX") },
                     out, err),
            0);

        // Addresses that cannot be used.
        QString error;
        for (const QString& url :
            { QStringLiteral("ftp://mail.example.org"), QStringLiteral("imap+plain://mail.example.org"),
                QStringLiteral("imaps://"), QStringLiteral("imaps://mail.example.org:0") })
            QVERIFY(!Imap::ServerAddress::parse(url, &error));

        // The store's own failures: each writer meets a table that is gone.
        QSqlDatabase database;
        QVERIFY2(Store::Database::open(m_dir.filePath(storeName), &database, &error), qPrintable(error));
        const auto account = Store::ScanCache::accountId(
            database, QStringLiteral("imaps://mail.example.org:993"), QStringLiteral("sam"), &error);
        QVERIFY2(account, qPrintable(error));
        QSqlQuery drop(database);
        QVERIFY(drop.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const char* table : { "folders", "actions", "action_messages" })
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE %1").arg(QString::fromLatin1(table))),
                qPrintable(drop.lastError().text()));
        Store::ScanCache cache(database, *account);
        QVERIFY(!cache.folder(QStringLiteral("INBOX"), &error));
        Store::ActionLog log(database, *account);
        QVERIFY(!log.finish(1, QStringLiteral("done"), &error));
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE accounts")), qPrintable(drop.lastError().text()));
        QVERIFY(!Account::AccountStore(database).all(&error));
        // A store that is not a database.
        QFile notADatabase(m_dir.filePath(QStringLiteral("not-a-database.sqlite")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        QSqlDatabase broken;
        QVERIFY(!Store::Database::open(notADatabase.fileName(), &broken, &error));
    }

private slots:
    void everyStringAskedForIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList catalogues
            = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("neversent_*.qm") });
        QVERIFY(catalogues.size() >= 6);
        for (const QString& catalogue : catalogues) {
            const QString language = catalogue.mid(10, catalogue.size() - 13);
            // English is the source text itself: its catalogue holds plural forms only.
            if (language != u"en")
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyStringAskedForIsTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(m_dir.isValid());
        QTranslator catalogue;
        QVERIFY(catalogue.load(QStringLiteral(":/i18n/neversent_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&catalogue));
        QVERIFY(QCoreApplication::installTranslator(&m_recorder));
        askEverything(language + QStringLiteral(".sqlite"));
        QCoreApplication::removeTranslator(&m_recorder);
        QCoreApplication::removeTranslator(&catalogue);

        QSet<QString> contexts;
        QStringList missing;
        for (const auto& question : m_recorder.asked()) {
            // Qt's own strings are Qt's translations' business.
            if (question.context.startsWith(u'Q'))
                continue;
            contexts.insert(question.context);
            const QString found = catalogue.translate(question.context.toUtf8().constData(),
                question.source.toUtf8().constData(),
                question.disambiguation.isEmpty() ? nullptr : question.disambiguation.toUtf8().constData(),
                question.n);
            if (found.isEmpty())
                missing.append(question.context + QStringLiteral(": ") + question.source.left(80));
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // The run went through the parts it is meant to: the check above saw them.
        for (const char* expected : { "Core::Cli::CliApplication", "Core::Cli::ServerOptions",
                 "Core::Imap::ServerAddress", "Core::Store::ScanCache", "Core::Store::ActionLog",
                 "Core::Account::AccountStore", "Core::Store::Database" })
            QVERIFY2(contexts.contains(QString::fromLatin1(expected)), expected);
    }
};

QTEST_GUILESS_MAIN(RuntimeTranslationTest)
#include "RuntimeTranslationTest.moc"
