#pragma once

#include "account/AccountStore.h"
#include "account/ServerCandidate.h"
#include "oauth/BrowserSignIn.h"
#include "oauth/Tokens.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QWizard>

namespace Core::Account {
class ConnectionTester;
class PasswordKeychain;
class ServerDiscovery;
}

namespace Gui::Setup {

// The first-start assistant: email address and password, finding the server (or the
// manual way, one click from the first pages), for Microsoft 365, Outlook.com and Google
// the sign-in in the browser instead of the password, a real sign-in to test it, and the
// account saved with its password (or lasting sign-in) in the desktop's password safe
// (or, without one, kept for this run only). The network work runs off the GUI thread or on its event loop.
class SetupAssistant : public QWizard {
    Q_OBJECT

public:
    enum PageId {
        AddressPageId,
        DiscoveryPageId,
        BrowserSignInPageId,
        ManualPageId,
        TestPageId,
        DonePageId,
    };

    explicit SetupAssistant(QSqlDatabase database, QWidget* parent = nullptr);
    ~SetupAssistant() override;

    // What the pages find out, in the order they do.
    QString emailAddress() const { return m_emailAddress; }
    void setEmailAddress(const QString& address) { m_emailAddress = address.trimmed(); }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    QList<Core::Account::ServerCandidate> candidates() const { return m_candidates; }
    void setCandidates(const QList<Core::Account::ServerCandidate>& candidates) { m_candidates = candidates; }
    // From the browser sign-in; empty when the account signs in with a password.
    Core::OAuth::Tokens tokens() const { return m_tokens; }
    void setTokens(const Core::OAuth::Tokens& tokens) { m_tokens = tokens; }
    bool signsInInBrowser() const { return !m_tokens.accessToken.isEmpty(); }
    // How the browser is opened for the sign-in; the tests give their own.
    Core::OAuth::BrowserSignIn::Opener browserOpener() const { return m_browserOpener; }
    void setBrowserOpener(Core::OAuth::BrowserSignIn::Opener opener) { m_browserOpener = std::move(opener); }
    // The server that let the user in, with the certificate fingerprint they chose to trust.
    Core::Account::ServerCandidate workingServer() const { return m_working; }
    QString trustedFingerprint() const { return m_trustedFingerprint; }
    void setWorkingServer(const Core::Account::ServerCandidate& server, const QString& trustedFingerprint);

    // After the assistant finished: the account as saved, and whether its password (or
    // refresh token) is in the password safe (otherwise the caller keeps password() or
    // tokens() for this run only).
    Core::Account::Account account() const { return m_account; }
    void setAccount(const Core::Account::Account& account) { m_account = account; }
    bool passwordSaved() const { return m_passwordSaved; }
    void setPasswordSaved(bool saved) { m_passwordSaved = saved; }

    // From any page: back to the first and on to the manual page (or back to the manual
    // page when the user came that way).
    void goToManualPage();
    bool manualPageRequested() const { return m_manualPageRequested; }

    QSqlDatabase database() const { return m_database; }
    Core::Account::ServerDiscovery& discovery() { return *m_discovery; }
    Core::Account::ConnectionTester& tester() { return *m_tester; }
    Core::Account::PasswordKeychain& keychain() { return *m_keychain; }

private:
    QSqlDatabase m_database;
    Core::Account::ServerDiscovery* m_discovery;
    Core::Account::ConnectionTester* m_tester;
    Core::Account::PasswordKeychain* m_keychain;
    QString m_emailAddress;
    QString m_password;
    QList<Core::Account::ServerCandidate> m_candidates;
    Core::OAuth::Tokens m_tokens;
    Core::OAuth::BrowserSignIn::Opener m_browserOpener;
    Core::Account::ServerCandidate m_working;
    QString m_trustedFingerprint;
    Core::Account::Account m_account;
    bool m_passwordSaved = false;
    bool m_manualPageRequested = false;
};

} // namespace Gui::Setup
