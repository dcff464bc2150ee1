// An account that signs in in the browser (OAuth2), the whole way a user goes, against a
// Dovecot on loopback that takes only XOAUTH2 and OAUTHBEARER (as Microsoft 365 and Google
// do) and checks each token with the test's authorization server: the address typed,
// the server found by its autoconfig file (served locally), "Sign in with Microsoft" in
// the "browser" (an opener that follows the provider's redirect to NeverSent's
// listener), the connection test, the account saved, then scan, clean and undo. A wrong
// account chosen in the browser is said plainly, and a sign-in the provider ended leads
// to "Sign in again". It runs twice: in a private GNOME Keyring (with-keyring.sh), where
// the refresh token lasts over a restart of the program, and with no password safe at
// all, where the program says so and the next start asks to sign in again.
#include "AppController.h"
#include "DovecotFixture.h"
#include "HttpsFixture.h"
#include "MainWindow.h"
#include "OAuthServerFixture.h"
#include "WindowPart.h"
#include "account/AccountStore.h"
#include "account/ConnectionTester.h"
#include "account/NetworkOverrides.h"
#include "account/PasswordKeychain.h"
#include "account/ServerDiscovery.h"
#include "dialogs/CleanPreviewDialog.h"
#include "dialogs/SignInDialog.h"
#include "oauth/ProviderProfile.h"
#include "results/ResultsModel.h"
#include "setup/SetupAssistant.h"
#include "store/Database.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Core;
using Group = Gui::Results::ResultsModel::Group;
using Gui::Setup::SetupAssistant;

class BrowserAccountTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OAuthServerFixture m_authorization;
    DovecotFixture m_server;
    HttpsFixture m_https;
    QNetworkAccessManager m_browser;
    int m_browserOpened = 0;
    const bool m_keyring = qEnvironmentVariableIsSet("NEVERSENT_TEST_KEYRING");

    // The user's browser: the provider approves at once and the browser follows the
    // redirect to NeverSent's listener.
    OAuth::BrowserSignIn::Opener browser()
    {
        return [this](const QUrl& url) {
            ++m_browserOpened;
            QNetworkRequest request(url);
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply* reply = m_browser.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
                if (location.isValid())
                    connect(m_browser.get(QNetworkRequest(location)), &QNetworkReply::finished, this, [] {});
            });
            return true;
        };
    }

    Account::NetworkOverrides overrides() const
    {
        const quint16 httpsPort = m_https.port();
        Account::NetworkOverrides result;
        result.route = [httpsPort](const QString& host,
                           quint16 port) -> std::optional<Account::NetworkOverrides::Endpoint> {
            if (port == 443 && host.endsWith(QLatin1String("office.example")))
                return Account::NetworkOverrides::Endpoint { QStringLiteral("127.0.0.1"), httpsPort };
            return std::nullopt;
        };
        result.extraCaCertificates = { m_https.certificate() };
        return result;
    }

    template <typename Widget> static Widget* control(QWidget* within, const QString& accessibleName)
    {
        for (Widget* widget : within->findChildren<Widget*>()) {
            if (widget->accessibleName() == accessibleName && widget->isVisible())
                return widget;
        }
        return nullptr;
    }

    static bool waitIdle(Gui::MainWindow& window, QSignalSpy& idle, int count)
    {
        return QTest::qWaitFor([&] { return idle.count() >= count && !window.isBusy(); }, 60000);
    }

    // From the welcome page through the assistant's browser sign-in to its sign-in test.
    SetupAssistant* signInThroughTheAssistant(Gui::MainWindow& window)
    {
        for (QPushButton* button : window.findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&Connect to my mail account..."))
                button->click();
        }
        auto* assistant = window.findChild<SetupAssistant*>();
        if (!assistant)
            return nullptr;
        assistant->discovery().setNetworkOverrides(overrides());
        if (!QTest::qWaitFor([assistant] { return assistant->isVisible(); }))
            return nullptr;
        control<QLineEdit>(assistant->currentPage(), QStringLiteral("Email address"))
            ->setText(QStringLiteral("sam@office.example"));
        assistant->button(QWizard::NextButton)->click();
        if (!QTest::qWaitFor(
                [assistant] { return assistant->currentId() == SetupAssistant::BrowserSignInPageId; }, 30000))
            return nullptr;
        auto* signIn
            = control<QPushButton>(assistant->currentPage(), QStringLiteral("Sign in with Microsoft"));
        if (!signIn)
            return nullptr;
        signIn->click();
        if (!QTest::qWaitFor(
                [assistant] { return assistant->currentId() == SetupAssistant::TestPageId; }, 30000))
            return nullptr;
        // The test's Dovecot has a certificate nobody vouches for: trusted by its fingerprint.
        if (!QTest::qWaitFor(
                [assistant] {
                    return control<QCheckBox>(
                        assistant->currentPage(), QStringLiteral("Trust this certificate"));
                },
                30000))
            return nullptr;
        control<QCheckBox>(assistant->currentPage(), QStringLiteral("Trust this certificate"))
            ->setChecked(true);
        control<QPushButton>(assistant->currentPage(), QStringLiteral("Try again"))->click();
        return assistant;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_keyring)
            qputenv("DBUS_SESSION_BUS_ADDRESS",
                QByteArray("unix:path=") + m_dir.filePath(QStringLiteral("no-bus-here")).toUtf8());
        QString error;
        QVERIFY2(m_authorization.start(&error), qPrintable(error));
        // Microsoft's rule: the redirect goes to http://localhost:PORT.
        m_authorization.setRedirectHost(QStringLiteral("localhost"));
        m_authorization.setSignInUser(QString::fromLatin1(DovecotFixture::User));
        OAuth::ProviderProfile microsoft;
        microsoft.id = QStringLiteral("microsoft");
        microsoft.name = QStringLiteral("Microsoft");
        microsoft.authorizeUrl = QUrl(m_authorization.authorizeUrl());
        microsoft.tokenUrl = QUrl(m_authorization.tokenUrl());
        microsoft.scopes = { QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
            QStringLiteral("offline_access") };
        microsoft.redirectHost = OAuth::RedirectListener::HostName::Localhost;
        microsoft.imapHosts = { QStringLiteral("localhost") };
        microsoft.clientId = QStringLiteral("neversent-test");
        OAuth::ProviderProfiles profiles;
        profiles.add(microsoft);
        OAuth::ProviderProfiles::replaceBuiltInForTests(profiles);

        m_server.setOAuth2(m_authorization.introspectionUrl(), QStringLiteral("xoauth2 oauthbearer"));
        for (const QString& folder : { QStringLiteral("INBOX"), QStringLiteral("Sent") })
            QVERIFY2(
                m_server.addMessagesFrom(folder, QStringLiteral(NEVERSENT_DEMO_MAILBOX "/") + folder, &error)
                    > 5,
                qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(
            m_https.start(
                { QStringLiteral("autoconfig.office.example"), QStringLiteral("office.example") }, &error),
            qPrintable(error));
        // What Microsoft's own autoconfig says: OAuth2, nothing else.
        m_https.setResponse(QStringLiteral("autoconfig.office.example"),
            QStringLiteral("/mail/config-v1.1.xml"),
            { 200,
                QByteArrayLiteral("<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider "
                                  "id=\"office.example\">"
                                  "<incomingServer type=\"imap\"><hostname>localhost</hostname><port>")
                    + QByteArray::number(m_server.tlsPort())
                    + QByteArrayLiteral(
                        "</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
                        "<authentication>OAuth2</authentication></incomingServer></emailProvider></"
                        "clientConfig>"),
                true, false });
    }

    void cleanupTestCase() { OAuth::ProviderProfiles::replaceBuiltInForTests(std::nullopt); }

    void fromTheAssistantThroughTheBrowserToCleanAndUndo()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("browser.sqlite"));
        Gui::MainWindow window;
        Gui::AppController controller(&window, storePath);
        controller.setBrowserOpener(browser());
        window.show();
        controller.start(false);
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        const int introspectionsBefore = m_authorization.introspections();
        SetupAssistant* assistant = signInThroughTheAssistant(window);
        QVERIFY(assistant);
        QCOMPARE(m_browserOpened, 1);
        QVERIFY(assistant->signsInInBrowser());
        QTRY_VERIFY_WITH_TIMEOUT(assistant->button(QWizard::NextButton)->isEnabled(), 30000);
        assistant->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(assistant->button(QWizard::FinishButton)->isEnabled(), 30000);
        // Kept in the password safe, or, without one, said plainly and used for this run.
        const QString kept
            = control<QLabel>(assistant->currentPage(), QStringLiteral("Where the password is kept"))->text();
        QVERIFY2(
            kept.contains(m_keyring ? QStringLiteral("Your sign-in is kept in your desktop's password safe")
                                    : QStringLiteral("sign in again in your browser")),
            qPrintable(kept));
        assistant->button(QWizard::FinishButton)->click();
        QVERIFY(m_authorization.introspections() > introspectionsBefore);

        QSqlDatabase database;
        QString error;
        QVERIFY2(Store::Database::open(storePath, &database, &error), qPrintable(error));
        const auto accounts = Account::AccountStore(database).all(&error);
        QVERIFY2(accounts && accounts->size() == 1, qPrintable(error));
        QCOMPARE(accounts->first().browserSignIn, QStringLiteral("microsoft"));

        QVERIFY(waitIdle(window, idle, 1));
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
        const int inboxBefore = int(m_server.messageIds(QStringLiteral("INBOX"), &error).size());
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<Gui::Dialogs::CleanPreviewDialog*>(QApplication::activeModalWidget()));
            qobject_cast<Gui::Dialogs::CleanPreviewDialog*>(QApplication::activeModalWidget())
                ->moveButton()
                ->click();
        });
        windowPart<QPushButton>(window, "cleanForged")->click();
        QVERIFY(waitIdle(window, idle, 2));
        QCOMPARE(int(m_server.messageIds(QStringLiteral("INBOX"), &error).size()), inboxBefore - 10);
        QCOMPARE(int(m_server.messageIds(QStringLiteral("Trash"), &error).size()), 10);
        windowPart<QAction>(window, "undo")->trigger();
        QVERIFY(waitIdle(window, idle, 3));
        QCOMPARE(int(m_server.messageIds(QStringLiteral("INBOX"), &error).size()), inboxBefore);
        QCOMPARE(int(m_server.messageIds(QStringLiteral("Trash"), &error).size()), 0);

        QCOMPARE(m_browserOpened, 1);
    }

    // The program starts again on the account: with a password safe the refresh token
    // from it opens the mailbox without the browser (and the rotated one replaces it);
    // without one the user is asked to sign in again, and is in after the browser.
    void aRestartOpensTheAccountFromThePasswordSafeOrAsksToSignInAgain()
    {
        Gui::MainWindow window;
        Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("browser.sqlite")));
        controller.setBrowserOpener(browser());
        QSignalSpy idle(&window, &Gui::MainWindow::idle);
        const int openedBefore = m_browserOpened;
        const QStringList liveBefore = m_authorization.liveRefreshTokens();
        window.show();
        controller.start(false);
        if (!m_keyring) {
            Gui::Dialogs::SignInDialog* dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = window.findChild<Gui::Dialogs::SignInDialog*>()) && dialog->isVisible(), 30000);
            QVERIFY(control<QLabel>(dialog, QStringLiteral("Why you sign in again"))
                        ->text()
                        .contains(QStringLiteral("password safe")));
            control<QPushButton>(dialog, QStringLiteral("Sign in with Microsoft"))->click();
        }
        QVERIFY(waitIdle(window, idle, 1));
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
        QCOMPARE(m_browserOpened, openedBefore + (m_keyring ? 0 : 1));
        // The provider rotated the refresh token the start used: the old one is spent.
        if (m_keyring) {
            QCOMPARE(liveBefore.size(), 1);
            QVERIFY(!m_authorization.liveRefreshTokens().contains(liveBefore.first()));
            // ... and the password safe holds the new one.
            QSqlDatabase database;
            QString error;
            QVERIFY2(
                Store::Database::open(m_dir.filePath(QStringLiteral("browser.sqlite")), &database, &error),
                qPrintable(error));
            const auto account = Account::AccountStore(database).lastUsed(&error);
            QVERIFY2(account, qPrintable(error));
            Account::PasswordKeychain keychain;
            QSignalSpy read(&keychain, &Account::PasswordKeychain::passwordRead);
            keychain.read(account->server, account->user);
            QTRY_COMPARE(read.count(), 1);
            QCOMPARE(m_authorization.liveRefreshTokens(), QStringList { read.first().at(1).toString() });
        }

        // The provider ends the sign-in (revoked, password changed) and the connection
        // drops: the login is refused, so is the refresh, and the window says so with
        // "Sign in again", which signs in in the browser and scans on.
        m_authorization.revokeAll();
        QString error;
        QVERIFY2(m_server.kickUser(&error), qPrintable(error));
        windowPart<QAction>(window, "scan")->trigger();
        QVERIFY(waitIdle(window, idle, 2));
        Gui::Widgets::MessageBar* bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->actionButton()->isVisible(), 30000);
        QCOMPARE(bar->actionButton()->text(), QStringLiteral("Sign in again"));
        QCOMPARE(bar->tone(), Gui::Widgets::MessageBar::Tone::Warning);
        bar->actionButton()->click();
        Gui::Dialogs::SignInDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Gui::Dialogs::SignInDialog*>()) && dialog->isVisible());
        control<QPushButton>(dialog, QStringLiteral("Sign in with Microsoft"))->click();
        QVERIFY(waitIdle(window, idle, 3));
        QCOMPARE(windowPart<Gui::Results::ResultsModel>(window, "resultsModel")->count(Group::Forged), 10);
    }

    // A copy built without the provider's client ID says so instead of offering the
    // sign-in; for Gmail (from the provider table, no network) it offers the app password
    // with Google's help page, and then asks for that password.
    void withoutAClientIdTheAssistantSaysSoAndOffersGmailsAppPassword()
    {
        const OAuth::ProviderProfiles tested = OAuth::ProviderProfiles::builtIn();
        auto restore = qScopeGuard([tested] { OAuth::ProviderProfiles::replaceBuiltInForTests(tested); });
        OAuth::ProviderProfiles unregistered;
        for (OAuth::ProviderProfile profile : tested.profiles()) {
            profile.clientId.clear();
            unregistered.add(profile);
        }
        OAuth::ProviderProfile google;
        google.id = QStringLiteral("google");
        google.name = QStringLiteral("Google");
        google.imapHosts = { QStringLiteral("imap.gmail.com") };
        unregistered.add(google);
        OAuth::ProviderProfiles::replaceBuiltInForTests(unregistered);
        const int openedBefore = m_browserOpened;

        for (const QString& address :
            { QStringLiteral("sam@office.example"), QStringLiteral("sam@gmail.com") }) {
            const bool gmail = address.endsWith(QLatin1String("gmail.com"));
            Gui::MainWindow window;
            Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("unregistered.sqlite")));
            controller.setBrowserOpener(browser());
            window.show();
            controller.start(false);
            for (QPushButton* button : window.findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("&Connect to my mail account..."))
                    button->click();
            }
            auto* assistant = window.findChild<SetupAssistant*>();
            QVERIFY(assistant);
            assistant->discovery().setNetworkOverrides(overrides());
            QTRY_VERIFY(assistant->isVisible());
            control<QLineEdit>(assistant->currentPage(), QStringLiteral("Email address"))->setText(address);
            assistant->button(QWizard::NextButton)->click();
            QTRY_COMPARE_WITH_TIMEOUT(
                assistant->currentId(), int(SetupAssistant::BrowserSignInPageId), 30000);
            QWidget* page = assistant->currentPage();
            const QString problem = control<QLabel>(page, QStringLiteral("Problem"))->text();
            QVERIFY2(
                problem.contains(QStringLiteral("This copy of NeverSent is not set up for %1 sign-in")
                                     .arg(gmail ? QStringLiteral("Google") : QStringLiteral("Microsoft"))),
                qPrintable(problem));
            QVERIFY(!control<QPushButton>(page, QStringLiteral("Sign in with Microsoft")));
            QVERIFY(!control<QPushButton>(page, QStringLiteral("Sign in with Google")));
            QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled());
            QAbstractButton* usePassword = control<QPushButton>(page, QStringLiteral("Use an app password"));
            if (!gmail) {
                QVERIFY(problem.contains(QStringLiteral("ask your IT department")));
                QVERIFY(!usePassword);
                continue;
            }
            QCOMPARE(
                control<QLabel>(page, QStringLiteral("Address of your mail provider's help page"))->text(),
                QStringLiteral("https://support.google.com/accounts/answer/185833"));
            QVERIFY(usePassword);
            usePassword->click();
            QCOMPARE(assistant->currentId(), int(SetupAssistant::TestPageId));
            QVERIFY(!assistant->signsInInBrowser());
            // Nothing was tried yet (no password): the page asks for it.
            QVERIFY(control<QLineEdit>(assistant->currentPage(), QStringLiteral("Password")));
            QVERIFY(!assistant->tester().isRunning());
        }
        QCOMPARE(m_browserOpened, openedBefore); // no browser in any of this
    }

    void aWrongAccountChosenInTheBrowserIsSaidPlainly()
    {
        m_authorization.setSignInUser(QStringLiteral("somebody-else"));
        auto restore = qScopeGuard(
            [this] { m_authorization.setSignInUser(QString::fromLatin1(DovecotFixture::User)); });
        Gui::MainWindow window;
        Gui::AppController controller(&window, m_dir.filePath(QStringLiteral("wrong.sqlite")));
        controller.setBrowserOpener(browser());
        window.show();
        controller.start(false);
        SetupAssistant* assistant = signInThroughTheAssistant(window);
        QVERIFY(assistant);
        QTRY_VERIFY_WITH_TIMEOUT(
            control<QPushButton>(assistant->currentPage(), QStringLiteral("Sign in again")), 30000);
        const QString problem = control<QLabel>(assistant->currentPage(), QStringLiteral("Problem"))->text();
        QVERIFY2(problem.contains(QStringLiteral("another account was chosen in the browser")),
            qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("sam@office.example")));
        QVERIFY(!assistant->button(QWizard::NextButton)->isEnabled());
        control<QPushButton>(assistant->currentPage(), QStringLiteral("Sign in again"))->click();
        QCOMPARE(assistant->currentId(), int(SetupAssistant::BrowserSignInPageId));
    }
};

QTEST_MAIN(BrowserAccountTest)
#include "BrowserAccountTest.moc"
