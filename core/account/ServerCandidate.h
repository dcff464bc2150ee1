#pragma once

#include "imap/ServerAddress.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Core::Account {

// One way to reach an account's mail that server discovery found, for the setup
// assistant to try with the user's password or the provider's browser sign-in.
struct ServerCandidate {
    Core::Imap::ServerAddress address;
    QString user; // login name to try (usually the full address)
    QString source; // "provider", "autoconfig", "srv", "guess"
    QString providerName; // e.g. "Gmail", empty when not from the table
    QUrl appPasswordHelp; // provider page explaining app passwords, empty when not needed
    // The provider profile ("microsoft", "google") whose sign-in in the browser (OAuth2) this
    // server takes instead of a password; empty: a password.
    QString browserSignIn;

    // The same server, port and kind of TLS (host names compared without case).
    bool sameServerAs(const ServerCandidate& other) const;
};

} // namespace Core::Account

Q_DECLARE_METATYPE(Core::Account::ServerCandidate)
