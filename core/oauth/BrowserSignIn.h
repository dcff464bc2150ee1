#pragma once

#include "oauth/ProviderProfile.h"
#include "oauth/RedirectListener.h"
#include "oauth/TokenClient.h"
#include "oauth/Tokens.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Core::OAuth {

// One sign-in in the user's own browser (RFC 8252), never an embedded web view: PKCE
// with S256, a random state, the answer caught on loopback, the code redeemed for tokens.
// The browser is opened by an opener the caller gives (QDesktopServices::openUrl in the
// program, a plain HTTP client in the tests).
class BrowserSignIn : public QObject {
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl&)>;

    BrowserSignIn(ProviderProfile profile, Opener opener, QObject* parent = nullptr);

    void setTokenTimeout(int milliseconds) { m_tokens.setTimeout(milliseconds); }
    // loginHint: the address the user typed, so the provider asks for that account.
    void start(const QString& loginHint);
    // The page may have been closed or hidden: the same sign-in, shown again.
    bool openBrowserAgain();
    void cancel();
    QUrl authorizeUrl() const { return m_authorizeUrl; }

    // What a user is told where this build has no client ID for the provider.
    static QString notSetUp(const QString& providerName);

signals:
    void signedIn(const Core::OAuth::Tokens& tokens);
    // Ended without tokens; the message says why and what to do.
    void failed(const QString& message);

private:
    void redeem(const QString& code);

    const ProviderProfile m_profile;
    const Opener m_opener;
    RedirectListener m_listener;
    TokenClient m_tokens;
    QByteArray m_verifier;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
};

} // namespace Core::OAuth
