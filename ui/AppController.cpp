#include "AppController.h"

#include "MainWindow.h"
#include "account/AccountStore.h"
#include "account/PasswordKeychain.h"
#include "demo/DemoMailbox.h"
#include "demo/DemoWorker.h"
#include "dialogs/SignInDialog.h"
#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderProfile.h"
#include "oauth/TokenKeeper.h"
#include "session/AccountWorker.h"
#include "setup/SetupAssistant.h"
#include "store/Database.h"
#include "store/TrustedCertificates.h"
#include "widgets/MessageBar.h"

#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>

#include <functional>

namespace Gui {

namespace {

    // The person the demo mailbox belongs to (resources/demo/README.md).
    const QString DemoOwner = QStringLiteral("sam.taylor@bluebird-office.example");

} // namespace

AppController::AppController(MainWindow* window, QString storePath, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_storePath(std::move(storePath))
    , m_keychain(new Core::Account::PasswordKeychain(this))
    , m_browserOpener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    connect(m_window, &MainWindow::demoRequested, this, &AppController::openDemo);
    connect(m_window, &MainWindow::addAccountRequested, this, &AppController::addAccount);
}

AppController::~AppController() = default;

void AppController::start(bool demo)
{
    if (demo)
        openDemo();
    else
        openLastAccount();
}

void AppController::openDemo()
{
    auto copy
        = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("neversent-demo-XXXXXX")));
    QString error;
    const auto root = copy->isValid() ? Core::Demo::DemoMailbox::copyTo(copy->path(), &error) : std::nullopt;
    if (!root) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error,
            tr("The sample mailbox could not be prepared: %1")
                .arg(copy->isValid() ? error : copy->errorString()));
        return;
    }
    delete m_tokenKeeper;
    // The window's old worker may still be using the old copy: it goes first.
    m_window->openMailbox(new Core::Demo::DemoWorker(*root), tr("Sample mailbox"), { DemoOwner });
    m_demoCopy = std::move(copy);
}

void AppController::openLastAccount()
{
    QSqlDatabase database;
    QString error;
    if (!Core::Store::Database::open(m_storePath, &database, &error)) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return;
    }
    fillAccountsMenu(database);
    const auto last = Core::Account::AccountStore(database).lastUsed(&error);
    if (!last) {
        if (!error.isEmpty())
            m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return; // the welcome page stays
    }
    openStoredAccount(*last);
}

void AppController::fillAccountsMenu(QSqlDatabase database)
{
    QMenu* menu = m_window->accountsMenu();
    menu->clear();
    QString error;
    const auto accounts = Core::Account::AccountStore(database).all(&error);
    for (const Core::Account::Account& account : accounts.value_or(QList<Core::Account::Account>())) {
        menu->addAction(account.displayName(), this, [this, account] { openStoredAccount(account); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("&Add an account..."), this, &AppController::addAccount);
    menu->addAction(tr("Open the &sample mailbox"), this, &AppController::openDemo);
}

void AppController::openStoredAccount(const Core::Account::Account& account)
{
    const QString key = Core::Account::PasswordKeychain::keyFor(account.server, account.user);
    // One answer per read: the first signal for this key ends the listening.
    auto* context = new QObject(this);
    const auto answer = [=, this](const QString& forKey, const std::function<void()>& open) {
        if (forKey != key)
            return;
        context->deleteLater();
        open();
    };
    const bool browser = !account.browserSignIn.isEmpty();
    const auto askWithReason = [=, this](const QString& forKey, const QString& reason) {
        if (browser)
            answer(forKey, [=, this] {
                signInAgain(account,
                    tr("Your sign-in for %1 is not kept in a password safe on this computer (%2). Sign in "
                       "again in your browser.")
                        .arg(account.emailAddress, reason));
            });
        else
            answer(forKey, [=, this] { askPasswordAndOpen(account, reason); });
    };
    connect(m_keychain, &Core::Account::PasswordKeychain::passwordRead, context,
        [=, this](const QString& forKey, const QString& secret) {
            answer(forKey, [=, this] {
                if (browser)
                    openBrowserAccount(account, secret);
                else
                    openAccount(account, secret);
            });
        });
    connect(
        m_keychain, &Core::Account::PasswordKeychain::passwordNotFound, context, [=](const QString& forKey) {
            askWithReason(forKey,
                browser ? tr("it is not in the password safe")
                        : tr("Your password is not in the password safe."));
        });
    connect(m_keychain, &Core::Account::PasswordKeychain::unavailable, context, askWithReason);
    connect(m_keychain, &Core::Account::PasswordKeychain::failed, context, askWithReason);
    m_keychain->read(account.server, account.user);
}

void AppController::askPasswordAndOpen(const Core::Account::Account& account, const QString& reason)
{
    bool ok = false;
    const QString password = QInputDialog::getText(m_window, tr("Password for %1").arg(account.emailAddress),
        tr("%1\nPlease type the password of %2.").arg(reason, account.emailAddress), QLineEdit::Password,
        QString(), &ok);
    if (ok && !password.isEmpty())
        openAccount(account, password);
}

void AppController::openAccount(const Core::Account::Account& account, const QString& password)
{
    Core::Session::AccountSettings settings;
    settings.credential = Core::Imap::Credential::password(password);
    delete m_tokenKeeper;
    openWorker(account, settings);
}

std::optional<Core::OAuth::ProviderProfile> AppController::signInProfile(
    const Core::Account::Account& account) const
{
    const auto profile = Core::OAuth::ProviderProfiles::builtIn().byId(account.browserSignIn);
    if (profile && !profile->clientId.isEmpty())
        return profile;
    m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error,
        Core::OAuth::BrowserSignIn::notSetUp(profile ? profile->name : account.browserSignIn));
    return std::nullopt;
}

void AppController::openBrowserAccount(
    const Core::Account::Account& account, const QString& refreshToken, const Core::OAuth::Tokens& tokens)
{
    const auto profile = signInProfile(account);
    if (!profile)
        return;
    delete m_tokenKeeper;
    auto* keeper = new Core::OAuth::TokenKeeper(
        { profile->tokenUrl, profile->clientId, profile->clientSecret }, refreshToken, this);
    m_tokenKeeper = keeper;
    if (!tokens.accessToken.isEmpty())
        keeper->adopt(tokens);
    auto slot = std::make_shared<Core::Imap::AccessTokenSlot>();
    auto opened = std::make_shared<bool>(false);
    // A provider that rotates refresh tokens has spent the old one: the new one replaces it.
    connect(keeper, &Core::OAuth::TokenKeeper::refreshTokenChanged, this,
        [this, account](
            const QString& rotated) { m_keychain->write(account.server, account.user, rotated); });
    connect(keeper, &Core::OAuth::TokenKeeper::accessTokenReady, this, [=, this](const QString& accessToken) {
        slot->set(accessToken);
        if (*opened)
            return;
        *opened = true;
        Core::Session::AccountSettings settings;
        settings.accessToken = slot;
        openWorker(account, settings);
    });
    connect(keeper, &Core::OAuth::TokenKeeper::signInEnded, this, [=, this](const QString& message) {
        slot->fail(message);
        const auto offerSignIn = [this, account, message] {
            m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Warning, message,
                tr("Sign in again"), [this, account, message] { signInAgain(account, message); });
        };
        offerSignIn();
        // The command the refusal ended reports its failure next: the way out stays the last word.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_window, &MainWindow::idle, keeper, [once, offerSignIn] {
            QObject::disconnect(*once);
            offerSignIn();
        });
    });
    connect(keeper, &Core::OAuth::TokenKeeper::failed, this, [=, this](const QString& message) {
        slot->fail(message);
        if (!*opened)
            m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, message, tr("Try again"),
                [keeper] { keeper->requestAccessToken(); });
    });
    keeper->requestAccessToken();
}

void AppController::signInAgain(const Core::Account::Account& account, const QString& reason)
{
    const auto profile = signInProfile(account);
    if (!profile)
        return;
    auto* dialog
        = new Dialogs::SignInDialog(*profile, account.emailAddress, reason, m_browserOpener, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        const Core::OAuth::Tokens tokens = dialog->tokens();
        m_keychain->write(account.server, account.user, tokens.refreshToken);
        openBrowserAccount(account, tokens.refreshToken, tokens);
    });
    dialog->open();
}

void AppController::openWorker(const Core::Account::Account& account, Core::Session::AccountSettings settings)
{
    settings.address = account.server;
    settings.user = account.user;
    settings.storePath = m_storePath;
    QSqlDatabase database;
    QString error;
    if (Core::Store::Database::open(m_storePath, &database, &error)) {
        Core::Account::AccountStore(database).markUsed(account.id, QDateTime::currentDateTimeUtc(), &error);
        settings.tls.trustedFingerprints = Core::Store::TrustedCertificates(database).fingerprints(
            account.server.host, account.server.port);
    }
    auto* worker = new Core::Session::AccountWorker(settings);
    if (m_tokenKeeper)
        connect(worker, &Core::Session::AccountWorker::accessTokenRefused, m_tokenKeeper.data(),
            &Core::OAuth::TokenKeeper::accessTokenRefused);
    m_window->openMailbox(worker, account.displayName(), { account.emailAddress });
    m_demoCopy.reset();
    if (database.isValid())
        fillAccountsMenu(database);
}

void AppController::addAccount()
{
    QSqlDatabase database;
    QString error;
    if (!Core::Store::Database::open(m_storePath, &database, &error)) {
        m_window->messageBar()->showMessage(Widgets::MessageBar::Tone::Error, error);
        return;
    }
    auto* assistant = new Setup::SetupAssistant(database, m_window);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    assistant->setBrowserOpener(m_browserOpener);
    connect(assistant, &QWizard::accepted, this, [this, assistant] {
        if (assistant->signsInInBrowser())
            openBrowserAccount(assistant->account(), assistant->tokens().refreshToken, assistant->tokens());
        else
            openAccount(assistant->account(), assistant->password());
    });
    assistant->open();
}

} // namespace Gui
