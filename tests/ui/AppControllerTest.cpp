// What the program opens on start: the demo on a copy of its own, the account used last
// (its password asked for when no password safe runs), or the welcome page.
#include "AppController.h"
#include "DovecotFixture.h"
#include "MainWindow.h"
#include "WindowPart.h"
#include "account/AccountStore.h"
#include "dialogs/CleanPreviewDialog.h"
#include "results/ResultsModel.h"
#include "setup/SetupAssistant.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using Group = Gui::Results::ResultsModel::Group;

class AppControllerTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DovecotFixture m_server;

    static bool waitIdle(Gui::MainWindow& window, QSignalSpy& idle)
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
            QVERIFY2(
                m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void withoutAccountsTheWelcomePageStays()
    {
        Gui::MainWindow window;
        Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("empty.sqlite")));
        window.show();
        controller.start(false);
        QCoreApplication::processEvents();
        QVERIFY(!window.isBusy());
        QVERIFY(!windowPart<QAction>(window, "scan")->isEnabled());
        QVERIFY(!window.messageBar()->isVisible());
    }

    void demoOpensOnACopyOfItsOwn()
    {
        Gui::MainWindow window;
        Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("demo.sqlite")));
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        controller.start(true);
        QVERIFY(waitIdle(window, idle));
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Yours), 2);
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
            account.server = *Core::Imap::ServerAddress::parse(
                QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()), &error);
            account.user = QString::fromLatin1(DovecotFixture::User);
            const auto id = accounts.add(account, &error);
            QVERIFY2(id, qPrintable(error));
            QVERIFY2(accounts.markUsed(*id, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        }
        Gui::MainWindow window;
        Gui::AppController controller(&window, store);
        window.show();
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
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
        QVERIFY2(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged) == 10,
            qPrintable(window.messageBar()->text()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("sam.taylor@bluebird-office.example")));
        // Every account added is one click away.
        QStringList entries;
        for (const QAction* action : window.accountsMenu()->actions())
            entries.append(action->text());
        QVERIFY2(entries.contains(QStringLiteral("sam.taylor@bluebird-office.example")),
            qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(QStringLiteral("&Add an account...")));
    }

    // A new user's whole way, from the welcome page to a clean inbox, by the screen alone.
    void fromTheWelcomePageToACleanInbox()
    {
        Gui::MainWindow window;
        Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("new-user.sqlite")));
        window.show();
        controller.start(false);
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        QPushButton* connectButton = nullptr;
        for (QPushButton* button : window.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&Connect to my mail account..."))
                connectButton = button;
        }
        QVERIFY(connectButton && connectButton->isVisible());
        connectButton->click();
        auto* assistant = window.findChild<Gui::Setup::SetupAssistant*>();
        QVERIFY(assistant);
        QTRY_VERIFY(assistant->isVisible());
        const auto control = [assistant]<typename Widget>(Widget*, const QString& name) -> Widget* {
            for (Widget* widget : assistant->currentPage()->findChildren<Widget*>()) {
                if (widget->accessibleName() == name)
                    return widget;
            }
            return nullptr;
        };
        const auto type = [&](const QString& field, const QString& text) {
            QLineEdit* edit = control(static_cast<QLineEdit*>(nullptr), field);
            QVERIFY2(edit, qPrintable(field));
            edit->setText(text);
        };
        type(QStringLiteral("Email address"), QStringLiteral("sam.taylor@bluebird-office.example"));
        type(QStringLiteral("Password"), QString::fromLatin1(DovecotFixture::Password));
        control(static_cast<QAbstractButton*>(nullptr), QStringLiteral("Set up manually"))->click();
        QCOMPARE(assistant->currentId(), int(Gui::Setup::SetupAssistant::ManualPageId));
        type(QStringLiteral("Server"), QStringLiteral("127.0.0.1"));
        control(static_cast<QComboBox*>(nullptr), QStringLiteral("Encryption"))->setCurrentIndex(2);
        control(static_cast<QSpinBox*>(nullptr), QStringLiteral("Port"))->setValue(m_server.plainPort());
        type(QStringLiteral("User name"), QString::fromLatin1(DovecotFixture::User));
        assistant->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(assistant->button(QWizard::NextButton)->isEnabled(), 30000);
        assistant->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(assistant->button(QWizard::FinishButton)->isEnabled(), 30000);
        assistant->button(QWizard::FinishButton)->click();

        QVERIFY(waitIdle(window, idle));
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
        QString error;
        const int inboxBefore = int(m_server.messageIds(QStringLiteral("INBOX"), &error).size());
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<Gui::Dialogs::CleanPreviewDialog*>(QApplication::activeModalWidget()));
            qobject_cast<Gui::Dialogs::CleanPreviewDialog*>(QApplication::activeModalWidget())
                ->moveButton()
                ->click();
        });
        windowPart<QPushButton>(window, "cleanForged")->click();
        QVERIFY(waitIdle(window, idle) && idle.count() == 2);
        QCOMPARE(int(m_server.messageIds(QStringLiteral("INBOX"), &error).size()), inboxBefore - 10);
        QCOMPARE(int(m_server.messageIds(QStringLiteral("Trash"), &error).size()), 10);
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 0);

        // The server tells of new mail (IMAP IDLE): it joins the list at once, not at the
        // next look two minutes on.
        QVERIFY2(m_server.addMessagesFrom(
                     QStringLiteral("INBOX"), QStringLiteral(NEVERSENT_DEMO_MAILBOX "/INBOX"), &error)
                > 5,
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(
            windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10, 45000);
        auto* bar = windowPart<Gui::Widgets::MessageBar>(window, "messageBar");
        QVERIFY2(bar->text().contains(QStringLiteral("10 more forged bounce")), qPrintable(bar->text()));
    }
};

QTEST_MAIN(AppControllerTest)
#include "AppControllerTest.moc"
