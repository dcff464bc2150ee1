#pragma once

#include <QObject>

namespace Core::Common {

Q_NAMESPACE

// What kind of failure an operation met, for the code that acts on it (offer to trust a
// certificate, ask for the password again, try the next server); the plain-language
// message for people travels beside it. One list for the whole program.
enum class Problem {
    None,
    Cancelled,
    CannotReach, // nothing answers at that address and port
    Timeout,
    NotImap, // something else answers there
    Certificate, // the server's certificate is not trusted
    NoEncryption, // STARTTLS required but not offered
    Tls, // the encrypted connection itself failed
    LoginRefused, // the password, the token or the sign-in itself: only signing in again helps
    ServerRefused, // the server understood and said no, or answered with an error
    ConnectionLost, // dropped, timed out or out of step: only a new connection goes on
    LocalStorage, // the program's own files (its database, a Maildir) could not be used
    Other,
};
Q_ENUM_NS(Problem)

} // namespace Core::Common
