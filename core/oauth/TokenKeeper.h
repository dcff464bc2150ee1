#pragma once

#include "oauth/TokenClient.h"
#include "oauth/Tokens.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Core::OAuth {

// Keeps one account's access token fresh from its refresh token. The access token stays in
// memory; the refresh token is the caller's to keep in the keychain, and a rotated one is
// handed back at once to replace it. A token is refreshed when it has less than a margin
// left (by a timer, so that a long session always has a fresh one), and once more when
// the server refuses it; a refresh token the provider refuses
// (invalid_grant) ends the sign-in: only signing in again helps.
class TokenKeeper : public QObject {
    Q_OBJECT

public:
    // Refreshed when less than this is left, so that a command never starts with a token
    // about to run out.
    static constexpr qint64 MarginSeconds = 300;
    static constexpr qint64 MinimumRenewalSeconds = 5;

    TokenKeeper(TokenClient::Client client, QString refreshToken, QObject* parent = nullptr);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setTimeout(int milliseconds) { m_tokens.setTimeout(milliseconds); }
    // Starts from a sign-in's tokens instead of a refresh.
    void adopt(const Tokens& tokens);

    // The current access token through accessTokenReady(): at once when it has more than
    // the margin left, else after a refresh.
    void requestAccessToken();
    // The server refused this access token: refresh once more. When the token a refusal
    // brought is refused too, the sign-in ends instead of going round.
    void accessTokenRefused(const QString& refusedToken);

signals:
    void accessTokenReady(const QString& accessToken);
    // Replaces the one kept in the keychain.
    void refreshTokenChanged(const QString& refreshToken);
    // The sign-in is over (revoked, expired, password changed): message says so.
    void signInEnded(const QString& message);
    // For now only (network, provider trouble): a later request may succeed.
    void failed(const QString& message);

private:
    void refresh();
    void answered(const TokenAnswer& answer);
    void scheduleRenewal();

    const TokenClient::Client m_client;
    QString m_refreshToken;
    Tokens m_current;
    TokenClient m_tokens;
    std::function<QDateTime()> m_now;
    bool m_refreshing = false;
    bool m_refreshingAfterRefusal = false;
    QString m_issuedAfterRefusal;
    QTimer m_renewal;
};

} // namespace Core::OAuth
