#pragma once

#include "imap/ServerAddress.h"

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Core::Account {

// An account's password in the desktop's password safe (the Secret Service of GNOME
// Keyring or KWallet, through QtKeychain), under the service "NeverSent" and a key made
// of server and user. Never anywhere else: no file fallback. Each call starts one job
// and ends in exactly one of the signals, which carry the key it was for.
//
// Without a password safe (no session bus, no Secret Service running, none that lets us
// in) the result is unavailable() with a plain-language reason: the caller then keeps
// the password in memory for this run and asks for it again next time.
class PasswordKeychain : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Service = "NeverSent";

    explicit PasswordKeychain(QObject* parent = nullptr);

    static QString keyFor(const Imap::ServerAddress& server, const QString& user);

    void read(const Imap::ServerAddress& server, const QString& user);
    // Replaces what was stored for this server and user.
    void write(const Imap::ServerAddress& server, const QString& user, const QString& password);
    // Removing what is not there counts as done.
    void remove(const Imap::ServerAddress& server, const QString& user);

signals:
    void passwordRead(const QString& key, const QString& password);
    void passwordNotFound(const QString& key);
    void passwordWritten(const QString& key);
    void passwordRemoved(const QString& key);
    void unavailable(const QString& key, const QString& reason);
    void failed(const QString& key, const QString& reason);

private:
    // Emits unavailable() or failed() for a job that did not succeed.
    void reportProblem(const QKeychain::Job& job);
};

} // namespace Core::Account
