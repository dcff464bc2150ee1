#pragma once

#include "common/Problem.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Core::OAuth {

// What a provider's token endpoint gives for a sign-in. The refresh token is the lasting
// secret (kept in the keychain like a password); the access token opens the mailbox
// for about an hour and stays in memory.
struct Tokens {
    QString accessToken;
    QString refreshToken; // empty when the provider sent none (a refresh that did not rotate it)
    QDateTime expiresAt; // invalid: the provider did not say
    QString scope;
};

// The token endpoint's answer: tokens, or why there are none.
struct TokenAnswer {
    // LoginRefused is OAuth's invalid_grant (the refresh token or code was revoked or
    // expired, or the password changed: only a new sign-in helps); any other OAuth error,
    // a 5xx or an answer that is not OAuth's JSON is ServerRefused.
    using Problem = Common::Problem;

    Problem problem = Problem::None;
    Tokens tokens;
    QString message; // in plain words, when problem is not None
};

} // namespace Core::OAuth

Q_DECLARE_METATYPE(Core::OAuth::TokenAnswer)
