#include "oauth/TokenKeeper.h"

#include <algorithm>

namespace Core::OAuth {

TokenKeeper::TokenKeeper(TokenClient::Client client, QString refreshToken, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_refreshToken(std::move(refreshToken))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_tokens, &TokenClient::answered, this, &TokenKeeper::answered);
    m_renewal.setSingleShot(true);
    connect(&m_renewal, &QTimer::timeout, this, &TokenKeeper::refresh);
}

void TokenKeeper::adopt(const Tokens& tokens)
{
    m_current = tokens;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    scheduleRenewal();
}

void TokenKeeper::scheduleRenewal()
{
    m_renewal.stop();
    if (m_current.accessToken.isEmpty() || !m_current.expiresAt.isValid())
        return;
    // A token given for less than the margin is renewed halfway through its life, and not
    // more often than every few seconds whatever the provider (or the clock) says.
    const qint64 left = m_now().secsTo(m_current.expiresAt);
    m_renewal.start(
        std::chrono::seconds(std::max({ left - MarginSeconds, left / 2, MinimumRenewalSeconds })));
}

void TokenKeeper::requestAccessToken()
{
    // A token without an expiry is used until the server refuses it.
    const bool usable = !m_current.accessToken.isEmpty()
        && (!m_current.expiresAt.isValid() || m_now().secsTo(m_current.expiresAt) > MarginSeconds);
    if (usable) {
        emit accessTokenReady(m_current.accessToken);
        return;
    }
    refresh();
}

void TokenKeeper::accessTokenRefused(const QString& refusedToken)
{
    if (!m_issuedAfterRefusal.isEmpty() && refusedToken == m_issuedAfterRefusal) {
        m_current = {};
        emit signInEnded(tr("Your mail provider no longer accepts this sign-in. Sign in again."));
        return;
    }
    if (refusedToken == m_current.accessToken)
        m_current = {};
    m_refreshingAfterRefusal = true;
    refresh();
}

void TokenKeeper::refresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        emit signInEnded(tr("NeverSent has no lasting sign-in for this account. Sign in again."));
        return;
    }
    m_refreshing = true;
    m_tokens.refresh(m_client, m_refreshToken);
}

void TokenKeeper::answered(const TokenAnswer& answer)
{
    m_refreshing = false;
    if (answer.problem != TokenAnswer::Problem::None)
        m_refreshingAfterRefusal = false;
    if (answer.problem == TokenAnswer::Problem::LoginRefused) {
        m_current = {};
        m_renewal.stop();
        emit signInEnded(answer.message);
        return;
    }
    if (answer.problem != TokenAnswer::Problem::None) {
        emit failed(answer.message);
        return;
    }
    m_current = answer.tokens;
    m_issuedAfterRefusal = m_refreshingAfterRefusal ? m_current.accessToken : QString();
    m_refreshingAfterRefusal = false;
    // Providers that rotate send a new one; the old one is spent from now on.
    if (!answer.tokens.refreshToken.isEmpty() && answer.tokens.refreshToken != m_refreshToken) {
        m_refreshToken = answer.tokens.refreshToken;
        emit refreshTokenChanged(m_refreshToken);
    }
    scheduleRenewal();
    emit accessTokenReady(m_current.accessToken);
}

} // namespace Core::OAuth
