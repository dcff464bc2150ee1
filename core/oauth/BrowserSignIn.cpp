#include "oauth/BrowserSignIn.h"

#include "oauth/Pkce.h"

namespace Core::OAuth {

BrowserSignIn::BrowserSignIn(ProviderProfile profile, Opener opener, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_opener(std::move(opener))
{
    connect(&m_listener, &RedirectListener::codeReceived, this, &BrowserSignIn::redeem);
    connect(&m_listener, &RedirectListener::refused, this, &BrowserSignIn::failed);
    connect(&m_tokens, &TokenClient::answered, this, [this](const TokenAnswer& answer) {
        if (answer.problem == TokenAnswer::Problem::None)
            emit signedIn(answer.tokens);
        else
            emit failed(answer.message);
    });
}

QString BrowserSignIn::notSetUp(const QString& providerName)
{
    return tr("This copy of NeverSent is not set up for %1 sign-in: ask your IT department.")
        .arg(providerName);
}

void BrowserSignIn::start(const QString& loginHint)
{
    if (m_profile.clientId.isEmpty()) {
        emit failed(notSetUp(m_profile.name));
        return;
    }
    const QByteArray state = Pkce::makeState();
    QString error;
    if (!m_listener.listen(m_profile.redirectHost, state, &error)) {
        emit failed(error);
        return;
    }
    m_verifier = Pkce::makeVerifier();
    m_redirectUri = m_listener.redirectUri();
    QList<std::pair<QString, QString>> query { { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), m_profile.clientId },
        { QStringLiteral("redirect_uri"), m_redirectUri },
        { QStringLiteral("scope"), m_profile.scopes.join(u' ') },
        { QStringLiteral("state"), QString::fromLatin1(state) },
        { QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challenge(m_verifier)) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
    if (!loginHint.isEmpty())
        query.append({ QStringLiteral("login_hint"), loginHint });
    // Google sends a refresh token only when asked for offline access and consent.
    if (m_profile.id == u"google") {
        query.append({ QStringLiteral("access_type"), QStringLiteral("offline") });
        query.append({ QStringLiteral("prompt"), QStringLiteral("consent") });
    }
    m_authorizeUrl = m_profile.authorizeUrl;
    // Escaped as a form is: a "+" left in a query is a space to the server.
    m_authorizeUrl.setQuery(QString::fromLatin1(TokenClient::formBody(query)), QUrl::StrictMode);
    if (!openBrowserAgain()) {
        m_listener.close();
        emit failed(tr("NeverSent could not open your web browser to sign in. Set a default web browser and "
                       "try again."));
    }
}

bool BrowserSignIn::openBrowserAgain()
{
    return m_listener.isListening() && m_opener(m_authorizeUrl);
}

void BrowserSignIn::cancel()
{
    m_listener.close();
}

void BrowserSignIn::redeem(const QString& code)
{
    // The exact redirect URI of the request: the server compares them.
    m_tokens.redeemCode(
        { m_profile.tokenUrl, m_profile.clientId, m_profile.clientSecret }, code, m_verifier, m_redirectUri);
}

} // namespace Core::OAuth
