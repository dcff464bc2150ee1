// What the program opens on start: the demo on a copy of its own, the account used last
// (its password asked for when no password safe runs), or the welcome page.
#include "AppController.h"
#include "DovecotFixture.h"
#include "MainWindow.h"
#include "account/AccountStore.h"
#include "results/ResultsModel.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Group = Ui::Results::ResultsModel::Group;

class AppControllerTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DovecotFixture m_server;

    static bool waitIdle(Ui::MainWindow& window, QSignalSpy& idle)
    {
        return QTest::qWaitFor([&] { return !idle.isEmpty() && !window.isBusy(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No password safe here: the program must ask for the password instead.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/neversent-test-bus");
        QString error;
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error) > 5, qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void withoutAccountsTheWelcomePageStays()
    {
        Ui::MainWindow window;
        Ui::AppController controller(&window, m_dir.filePath(QStringLiteral("empty.sqlite")));
        window.show();
        controller.start(false);
        QCoreApplication::processEvents();
        QVERIFY(!window.isBusy());
        QVERIFY(!window.scanAction()->isEnabled());
        QVERIFY(!window.messageBar()->isVisible());
    }

    void demoOpensOnACopyOfItsOwn()
    {
        Ui::MainWindow window;
        Ui::AppController controller(&window, m_dir.filePath(QStringLiteral("demo.sqlite")));
        window.show();
        QSignalSpy idle(&window, &Ui::MainWindow::idle);
        controller.start(true);
        QVERIFY(waitIdle(window, idle));
        QCOMPARE(window.resultsModel()->count(Group::Forged), 10);
        QCOMPARE(window.resultsModel()->count(Group::Yours), 3);
        // The demo keeps its store in its copy: the user's store is not even made.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("demo.sqlite"))));
    }

    void theLastAccountOpensAndItsPasswordIsAsked()
    {
        const QString store = m_dir.filePath(QStringLiteral("accounts.sqlite"));
        {
            QSqlDatabase database;
            QString error;
            QVERIFY2(Core::Store::Database::open(store, &database, &error), qPrintable(error));
            Core::Account::AccountStore accounts(database);
            Core::Account::Account account;
            account.emailAddress = QStringLiteral("sam.taylor@bluebird-office.example");
            account.server = *Core::Imap::ServerAddress::parse(QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), &error);
            account.user = QString::fromLatin1(DovecotFixture::User);
            const auto id = accounts.add(account, &error);
            QVERIFY2(id, qPrintable(error));
            QVERIFY2(accounts.markUsed(*id, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        }
        Ui::MainWindow window;
        Ui::AppController controller(&window, store);
        window.show();
        QSignalSpy idle(&window, &Ui::MainWindow::idle);
        QString asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            asked = dialog->labelText();
            dialog->setTextValue(QString::fromLatin1(DovecotFixture::Password));
            dialog->accept();
        });
        answer.start();
        controller.start(false);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 20000);
        QVERIFY2(asked.contains(QStringLiteral("sam.taylor@bluebird-office.example")), qPrintable(asked));
        QVERIFY(waitIdle(window, idle));
        QVERIFY2(window.resultsModel()->count(Group::Forged) == 10, qPrintable(window.messageBar()->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("sam.taylor@bluebird-office.example")));
        // Every account added is one click away.
        QStringList entries;
        for (const QAction* action : window.accountsMenu()->actions())
            entries.append(action->text());
        QVERIFY2(entries.contains(QStringLiteral("sam.taylor@bluebird-office.example")), qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(QStringLiteral("&Add an account...")));
    }
};

QTEST_MAIN(AppControllerTest)
#include "AppControllerTest.moc"
