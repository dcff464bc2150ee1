#pragma once

#include "imap/ServerAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Core::Account {

// An account the user added. No secret ever: the password (or the refresh token of a
// browser sign-in) lives in PasswordKeychain.
struct Account {
    qint64 id = 0;
    QString emailAddress;
    QString label; // the user's own name for it; empty: shown as the email address
    Imap::ServerAddress server;
    QString user;
    QDateTime lastUsedAt; // invalid: never opened yet
    // The provider profile ("microsoft", "google") whose browser sign-in the account uses;
    // empty: a password. Its secret in the keychain is then the refresh token.
    QString browserSignIn;

    QString displayName() const { return label.isEmpty() ? emailAddress : label; }
};

// The accounts the user added, in the SQLite store's accounts table. That table also
// holds rows the scan cache makes for the command line (Store::ScanCache::accountId,
// keyed by ServerAddress::toString() and user name); they share the row and its id with
// the account added here for the same server and user, and stay out of all() until then.
class AccountStore {
    Q_DECLARE_TR_FUNCTIONS(Core::Account::AccountStore)

public:
    explicit AccountStore(QSqlDatabase database);

    // Most recently used first, then in the order they were added.
    std::optional<QList<Account>> all(QString* error) const;
    // Adds the account or, for a server and user already known, updates its email
    // address and label. Its id, or nothing with the reason in *error.
    std::optional<qint64> add(const Account& account, QString* error);
    // Out of the list with its scan cache. The audit log keeps what was done in the
    // account's name, so a row the log points at stays, no longer listed.
    bool remove(qint64 id, QString* error);
    // The account opened last; nothing with *error left empty when none was opened yet.
    std::optional<Account> lastUsed(QString* error) const;
    bool markUsed(qint64 id, const QDateTime& when, QString* error);

private:
    QSqlDatabase m_database;
};

} // namespace Core::Account
