// The setup assistant driven from the keyboard, as a user would, against a real Dovecot
// on loopback: the manual page, a wrong and then the right password, a certificate
// nobody vouches for that the user chooses to trust, and the account saved. No password
// safe runs here (the session bus leads nowhere), so the password stays in memory and
// the assistant says why.
#include "setup/SetupAssistant.h"
#include "DovecotFixture.h"
#include "HttpsFixture.h"
#include "account/AccountStore.h"
#include "account/NetworkOverrides.h"
#include "account/ServerCandidate.h"
#include "account/ServerDiscovery.h"
#include "imap/TlsPolicy.h"
#include "store/Database.h"
#include "store/TrustedCertificates.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Core;
using Gui::Setup::SetupAssistant;

class SetupAssistantTest : public QObject {
    Q_OBJECT

private:
    DovecotFixture m_server;
    QTemporaryDir m_dir;
    int m_stores = 0;

    template <typename Widget>
    static Widget* control(SetupAssistant& assistant, const QString& accessibleName)
    {
        for (Widget* widget : assistant.currentPage()->findChildren<Widget*>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }

    static void type(SetupAssistant& assistant, const QString& field, const QString& text)
    {
        QLineEdit* edit = control<QLineEdit>(assistant, field);
        QVERIFY2(edit, qPrintable(field));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void press(QAbstractButton* button)
    {
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

    QSqlDatabase openStore()
    {
        QSqlDatabase database;
        QString error;
        [&] {
            QVERIFY2(Store::Database::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores)),
                         &database, &error),
                qPrintable(error));
        }();
        return database;
    }

    // From the first page through the manual page to the sign-in test.
    static void fillInManually(
        SetupAssistant& assistant, const QString& host, int security, quint16 port, const QString& password)
    {
        QCOMPARE(assistant.currentId(), int(SetupAssistant::AddressPageId));
        type(assistant, QStringLiteral("Email address"), QStringLiteral("sam@example.org"));
        type(assistant, QStringLiteral("Password"), password);
        press(control<QAbstractButton>(assistant, QStringLiteral("Set up manually")));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::ManualPageId));
        QCOMPARE(control<QLineEdit>(assistant, QStringLiteral("Email address"))->text(),
            QStringLiteral("sam@example.org"));
        QCOMPARE(control<QLineEdit>(assistant, QStringLiteral("Password"))->text(), password);
        type(assistant, QStringLiteral("Server"), host);
        control<QComboBox>(assistant, QStringLiteral("Encryption"))->setCurrentIndex(security);
        QSpinBox* portBox = control<QSpinBox>(assistant, QStringLiteral("Port"));
        portBox->setFocus();
        portBox->selectAll();
        QTest::keyClicks(portBox, QString::number(port));
        QCOMPARE(portBox->value(), int(port));
        type(assistant, QStringLiteral("User name"), QString::fromLatin1(DovecotFixture::User));
        press(assistant.button(QWizard::NextButton));
    }

    static QString problemText(SetupAssistant& assistant)
    {
        QLabel* problem = control<QLabel>(assistant, QStringLiteral("Problem"));
        return problem && problem->isVisible() ? problem->text() : QString();
    }

private slots:
    void initTestCase()
    {
        // No password safe: the assistant must say so and keep the password in memory.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + m_dir.filePath(QStringLiteral("no-bus-here")).toUtf8());
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void wrongThenRightPasswordOnThePlainLoopbackPort()
    {
        const QSqlDatabase database = openStore();
        SetupAssistant assistant(database);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        fillInManually(assistant, QStringLiteral("127.0.0.1"), 2, m_server.plainPort(),
            QStringLiteral("not my password"));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::TestPageId));

        QTRY_VERIFY_WITH_TIMEOUT(
            problemText(assistant).contains(QStringLiteral("did not accept the user name or password")),
            30000);
        QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
        QLineEdit* retype = control<QLineEdit>(assistant, QStringLiteral("Password"));
        QVERIFY(retype && retype->isVisible());
        QVERIFY(retype->hasFocus());
        QVERIFY(!control<QCheckBox>(assistant, QStringLiteral("Trust this certificate"))->isVisible());
        QTest::keyClicks(retype, QString::fromLatin1(DovecotFixture::Password));
        QTest::keyClick(retype, Qt::Key_Return);
        QCOMPARE(assistant.currentId(), int(SetupAssistant::TestPageId));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(assistant.currentId(), int(SetupAssistant::TestPageId));
        QVERIFY(problemText(assistant).isEmpty());

        press(assistant.button(QWizard::NextButton));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::DonePageId));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::FinishButton)->isEnabled(), 30000);
        QCOMPARE(control<QLabel>(assistant, QStringLiteral("Where the password is kept"))->text(),
            QStringLiteral("Your desktop has no password safe running, so NeverSent will ask for the "
                           "password each time it starts."));
        QVERIFY(!assistant.passwordSaved());
        QCOMPARE(assistant.password(), QString::fromLatin1(DovecotFixture::Password));

        QString error;
        const auto accounts = Account::AccountStore(database).all(&error);
        QVERIFY2(accounts.has_value(), qPrintable(error));
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().emailAddress, QStringLiteral("sam@example.org"));
        QCOMPARE(accounts->first().server.toString(),
            QStringLiteral("imap+plain://127.0.0.1:%1").arg(m_server.plainPort()));
        QCOMPARE(accounts->first().user, QString::fromLatin1(DovecotFixture::User));
        QVERIFY(accounts->first().lastUsedAt.isValid());
        QCOMPARE(assistant.account().id, accounts->first().id);
        press(assistant.button(QWizard::FinishButton));
        QCOMPARE(assistant.result(), int(QDialog::Accepted));
    }

    void trustingTheCertificateOfTheTlsPort()
    {
        const QSqlDatabase database = openStore();
        SetupAssistant assistant(database);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        fillInManually(assistant, QStringLiteral("localhost"), 0, m_server.tlsPort(),
            QString::fromLatin1(DovecotFixture::Password));

        const QString fingerprint
            = Imap::TlsPolicy::fingerprintOf(QSslCertificate::fromPath(m_server.certificatePath()).value(0));
        QCheckBox* trust = control<QCheckBox>(assistant, QStringLiteral("Trust this certificate"));
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 30000);
        QVERIFY2(problemText(assistant).contains(fingerprint), qPrintable(problemText(assistant)));
        QVERIFY(trust->text().contains(fingerprint));
        QVERIFY(trust->hasFocus());
        QVERIFY(!trust->isChecked());
        QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(trust, Qt::Key_Space);
        QVERIFY(trust->isChecked());
        press(control<QAbstractButton>(assistant, QStringLiteral("Try again")));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(assistant.trustedFingerprint(), fingerprint);

        press(assistant.button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::FinishButton)->isEnabled(), 30000);
        QCOMPARE(Store::TrustedCertificates(database).fingerprints(
                     QStringLiteral("localhost"), m_server.tlsPort()),
            QStringList { fingerprint });
        QString error;
        QCOMPARE(Account::AccountStore(database).all(&error)->first().server.toString(),
            QStringLiteral("imaps://localhost:%1").arg(m_server.tlsPort()));
    }

    // For a provider that wants an app password the advice names it, and its help page is
    // shown as plain text (with a button to open it), never as a live link.
    void wrongPasswordForAProviderWithAppPasswords()
    {
        SetupAssistant assistant(openStore());
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        fillInManually(assistant, QStringLiteral("127.0.0.1"), 2, m_server.plainPort(),
            QStringLiteral("not my password"));
        QTRY_VERIFY_WITH_TIMEOUT(problemText(assistant).contains(QStringLiteral("did not accept")), 30000);
        // What discovery reports for such a provider (discovery itself talks to no test server here).
        Account::ServerCandidate candidate = assistant.candidates().value(0);
        candidate.providerName = QStringLiteral("Example Mail");
        candidate.appPasswordHelp
            = QUrl(QStringLiteral("https://help.example.org/app-passwords?<b>bold</b>"));
        assistant.setCandidates({ candidate });
        press(control<QAbstractButton>(assistant, QStringLiteral("Try again")));
        QTRY_VERIFY_WITH_TIMEOUT(
            problemText(assistant).contains(QStringLiteral("Example Mail needs an app password")), 30000);
        QLabel* link
            = control<QLabel>(assistant, QStringLiteral("Address of your mail provider's help page"));
        QVERIFY(link && link->isVisible());
        QCOMPARE(link->textFormat(), Qt::PlainText);
        QCOMPARE(link->text(), candidate.appPasswordHelp.toString());
        QVERIFY(!link->openExternalLinks());
        QVERIFY(control<QAbstractButton>(
            assistant, QStringLiteral("Open your mail provider's help page in your web browser"))
                    ->isVisible());
        QVERIFY(control<QLineEdit>(assistant, QStringLiteral("Password"))->isVisible());
    }

    // Unencrypted is for a server on this computer only, said in the page's own words.
    void noEncryptionOnlyToThisComputer()
    {
        SetupAssistant assistant(openStore());
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        fillInManually(assistant, QStringLiteral("mail.example.org"), 2, 143, QStringLiteral("secret"));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::ManualPageId));
        QLabel* problem = control<QLabel>(assistant, QStringLiteral("Problem with the server settings"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("only for a mail server on this computer")),
            qPrintable(problem->text()));
    }

    // Discovery that finds nothing (every host it would ask is made unreachable, so
    // nothing leaves this machine) says so and leaves the way to the manual page.
    void serverNotFoundLeadsToTheManualPage()
    {
        SetupAssistant assistant(openStore());
        Account::NetworkOverrides nowhere;
        nowhere.route
            = [](const QString&, quint16) { return std::optional<Account::NetworkOverrides::Endpoint>(); };
        assistant.discovery().setNetworkOverrides(nowhere);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        type(assistant, QStringLiteral("Email address"), QStringLiteral("sam@nowhere.example.org"));
        type(assistant, QStringLiteral("Password"), QStringLiteral("secret"));
        press(assistant.button(QWizard::NextButton));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::DiscoveryPageId));
        QLabel* status = control<QLabel>(assistant, QStringLiteral("Search for your mail server"));
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QStringLiteral("could not find the mail server")), 60000);
        QVERIFY(!assistant.button(QWizard::NextButton)->isEnabled());
        press(control<QAbstractButton>(assistant, QStringLiteral("Set up manually")));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::ManualPageId));
        QCOMPARE(control<QLineEdit>(assistant, QStringLiteral("Server"))->text(),
            QStringLiteral("nowhere.example.org"));
        QCOMPARE(control<QLineEdit>(assistant, QStringLiteral("User name"))->text(),
            QStringLiteral("sam@nowhere.example.org"));
    }

    // The whole way by discovery: the provider's autoconfig file (served by the test's own
    // HTTPS server; every other host is unreachable) names the server, and signing in
    // there after trusting its certificate saves the account.
    void foundByAutoconfigAndSignedIn()
    {
        HttpsFixture https;
        QString error;
        QVERIFY2(
            https.start(
                { QStringLiteral("autoconfig.office.example"), QStringLiteral("office.example") }, &error),
            qPrintable(error));
        https.setResponse(QStringLiteral("autoconfig.office.example"),
            QStringLiteral("/mail/config-v1.1.xml"),
            { 200,
                QByteArrayLiteral("<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider "
                                  "id=\"office.example\">"
                                  "<incomingServer type=\"imap\"><hostname>localhost</hostname><port>")
                    + QByteArray::number(m_server.tlsPort())
                    + QByteArrayLiteral(
                        "</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"
                        "</incomingServer></emailProvider></clientConfig>"),
                true, false });
        const quint16 httpsPort = https.port();
        const quint16 imapPort = m_server.tlsPort();
        Account::NetworkOverrides overrides;
        overrides.route = [httpsPort](const QString& host,
                              quint16 port) -> std::optional<Account::NetworkOverrides::Endpoint> {
            if (port == 443 && host.endsWith(QLatin1String("office.example")))
                return Account::NetworkOverrides::Endpoint { QStringLiteral("127.0.0.1"), httpsPort };
            return std::nullopt;
        };
        overrides.extraCaCertificates = { https.certificate() };

        const QSqlDatabase database = openStore();
        SetupAssistant assistant(database);
        assistant.discovery().setNetworkOverrides(overrides);
        assistant.show();
        QVERIFY(QTest::qWaitForWindowExposed(&assistant));
        type(assistant, QStringLiteral("Email address"), QStringLiteral("sam@office.example"));
        type(assistant, QStringLiteral("Password"), QString::fromLatin1(DovecotFixture::Password));
        press(assistant.button(QWizard::NextButton));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::DiscoveryPageId));
        // Found: on to signing in by itself.
        QTRY_COMPARE_WITH_TIMEOUT(assistant.currentId(), int(SetupAssistant::TestPageId), 30000);
        QCOMPARE(assistant.candidates().size(), 1);
        QCOMPARE(assistant.candidates().first().source, QStringLiteral("autoconfig"));
        QCOMPARE(assistant.candidates().first().user, QString::fromLatin1(DovecotFixture::User));

        QCheckBox* trust = control<QCheckBox>(assistant, QStringLiteral("Trust this certificate"));
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 30000);
        QTest::keyClick(trust, Qt::Key_Space);
        press(control<QAbstractButton>(assistant, QStringLiteral("Try again")));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::NextButton)->isEnabled(), 30000);
        press(assistant.button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(assistant.button(QWizard::FinishButton)->isEnabled(), 30000);
        const auto accounts = Account::AccountStore(database).all(&error);
        QVERIFY2(accounts && accounts->size() == 1, qPrintable(error));
        QCOMPARE(accounts->first().server.toString(), QStringLiteral("imaps://localhost:%1").arg(imapPort));
        QCOMPARE(accounts->first().emailAddress, QStringLiteral("sam@office.example"));
    }

    // Back from the manual page, Next goes to finding the server again.
    void manualIsOneStepOnly()
    {
        SetupAssistant assistant(openStore());
        assistant.show();
        type(assistant, QStringLiteral("Email address"), QStringLiteral("sam@example.org"));
        press(control<QAbstractButton>(assistant, QStringLiteral("Set up manually")));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::ManualPageId));
        press(assistant.button(QWizard::BackButton));
        QCOMPARE(assistant.currentId(), int(SetupAssistant::AddressPageId));
        QCOMPARE(assistant.currentPage()->nextId(), int(SetupAssistant::DiscoveryPageId));
    }
};

QTEST_MAIN(SetupAssistantTest)
#include "SetupAssistantTest.moc"
