#pragma once

#include "oauth/BrowserSignIn.h"
#include "oauth/ProviderProfile.h"
#include "oauth/Tokens.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Core::Account {
struct Account;
class PasswordKeychain;
}

namespace Core::OAuth {
class TokenKeeper;
}

namespace Core::Session {
struct AccountSettings;
}

namespace Gui {

class MainWindow;

// Decides what the window opens: the demo, the account used last (its password from the
// keychain, else asked for), or the welcome page that leads to the setup assistant. An
// account that signs in in the browser opens with an access token from its refresh token
// in the keychain, kept fresh for the worker while it is open; when the provider ends the
// sign-in (or there is no keychain) the user is asked to sign in again.
class AppController : public QObject {
    Q_OBJECT

public:
    AppController(MainWindow* window, QString storePath, QObject* parent = nullptr);
    ~AppController() override;

    void start(bool demo);
    // A writable copy of the bundled demo mailbox, opened like an account.
    void openDemo();
    void addAccount();
    // How the browser is opened for a sign-in; the tests give their own.
    void setBrowserOpener(Core::OAuth::BrowserSignIn::Opener opener) { m_browserOpener = std::move(opener); }

private:
    void openLastAccount();
    void openStoredAccount(const Core::Account::Account& account);
    // Every account the user added, to switch to, and the ways to add one or try the demo.
    void fillAccountsMenu(QSqlDatabase database);
    void askPasswordAndOpen(const Core::Account::Account& account, const QString& reason);
    void openAccount(const Core::Account::Account& account, const QString& password);
    // tokens: those of a sign-in just finished, else the refresh token's first renewal.
    void openBrowserAccount(const Core::Account::Account& account, const QString& refreshToken,
        const Core::OAuth::Tokens& tokens = {});
    void signInAgain(const Core::Account::Account& account, const QString& reason);
    // The provider profile the account signs in with, when this copy has its client ID;
    // else the window says so and there is none.
    std::optional<Core::OAuth::ProviderProfile> signInProfile(const Core::Account::Account& account) const;
    void openWorker(const Core::Account::Account& account, Core::Session::AccountSettings settings);

    MainWindow* m_window;
    QString m_storePath;
    std::unique_ptr<QTemporaryDir> m_demoCopy;
    Core::Account::PasswordKeychain* m_keychain;
    Core::OAuth::BrowserSignIn::Opener m_browserOpener;
    // The open account's, when it signs in in the browser.
    QPointer<Core::OAuth::TokenKeeper> m_tokenKeeper;
};

} // namespace Gui
