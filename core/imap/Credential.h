#pragma once

#include <QString>

namespace Core::Imap {

// What an account signs in with: its password, or an OAuth2 access token from the
// provider's own sign-in (Microsoft 365, Outlook.com and Google take nothing else).
struct Credential {
    enum class Kind {
        Password,
        AccessToken,
    };

    Kind kind = Kind::Password;
    QString secret;

    static Credential password(QString secret) { return { Kind::Password, std::move(secret) }; }
    static Credential accessToken(QString secret) { return { Kind::AccessToken, std::move(secret) }; }
};

} // namespace Core::Imap
