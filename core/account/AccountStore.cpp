#include "account/AccountStore.h"

#include "store/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Core::Account {

namespace {

    bool failed(const QSqlQuery& query, QString* error)
    {
        *error = AccountStore::tr("Your list of accounts could not be read or saved: %1")
                     .arg(query.lastError().text());
        return false;
    }

    // UTC with milliseconds: the text sorts like the time it stands for.
    QString timestamp(const QDateTime& when)
    {
        return when.toUTC().toString(Qt::ISODateWithMs);
    }

    const QString selectColumns = QStringLiteral(
        "SELECT id, email_address, label, server, user_name, last_used_at, browser_sign_in FROM accounts "
        "WHERE email_address IS NOT NULL ");

    // Nothing for a row whose server text no longer parses (written by hand, say): such
    // an account cannot be opened, so it is not offered.
    std::optional<Account> fromRow(const QSqlQuery& query)
    {
        QString ignored;
        const auto server = Imap::ServerAddress::parse(query.value(3).toString(), &ignored);
        if (!server)
            return std::nullopt;
        Account account;
        account.id = query.value(0).toLongLong();
        account.emailAddress = query.value(1).toString();
        account.label = query.value(2).toString();
        account.server = *server;
        account.user = query.value(4).toString();
        if (!query.value(5).isNull())
            account.lastUsedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        account.browserSignIn = query.value(6).toString();
        return account;
    }

} // namespace

AccountStore::AccountStore(QSqlDatabase database)
    : m_database(std::move(database))
{
}

std::optional<QList<Account>> AccountStore::all(QString* error) const
{
    QSqlQuery query(m_database);
    if (!query.exec(selectColumns + QStringLiteral("ORDER BY last_used_at IS NULL, last_used_at DESC, id"))) {
        failed(query, error);
        return std::nullopt;
    }
    QList<Account> accounts;
    while (query.next()) {
        if (const auto account = fromRow(query))
            accounts.append(*account);
    }
    return accounts;
}

std::optional<qint64> AccountStore::add(const Account& account, QString* error)
{
    if (account.emailAddress.trimmed().isEmpty() || account.user.isEmpty() || account.server.host.isEmpty()) {
        *error = tr("An account needs an email address, a user name and a server.");
        return std::nullopt;
    }
    Store::TransactionGuard transaction(m_database);
    QSqlQuery query(m_database);
    // The same statement pair as the scan cache's, so that both find the same row.
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO accounts (server, user_name) VALUES (?, ?)"));
    query.addBindValue(account.server.toString());
    query.addBindValue(account.user);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    query.prepare(QStringLiteral("UPDATE accounts SET email_address = ?, label = ?, browser_sign_in = ? "
                                 "WHERE server = ? AND user_name = ?"));
    query.addBindValue(account.emailAddress.trimmed());
    query.addBindValue(account.label.isEmpty() ? QVariant() : QVariant(account.label));
    query.addBindValue(account.browserSignIn.isEmpty() ? QVariant() : QVariant(account.browserSignIn));
    query.addBindValue(account.server.toString());
    query.addBindValue(account.user);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    query.prepare(QStringLiteral("SELECT id FROM accounts WHERE server = ? AND user_name = ?"));
    query.addBindValue(account.server.toString());
    query.addBindValue(account.user);
    if (!query.exec() || !query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    if (!transaction.commit()) {
        *error = tr("Your list of accounts could not be saved: %1").arg(m_database.lastError().text());
        return std::nullopt;
    }
    return id;
}

bool AccountStore::remove(qint64 id, QString* error)
{
    Store::TransactionGuard transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM actions WHERE account_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return failed(query, error);
    const bool logged = query.value(0).toLongLong() > 0;
    query.prepare(QStringLiteral("DELETE FROM folders WHERE account_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, error);
    query.prepare(logged
            ? QStringLiteral(
                "UPDATE accounts SET email_address = NULL, label = NULL, last_used_at = NULL WHERE id = ?")
            : QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, error);
    if (!transaction.commit()) {
        *error = tr("Your list of accounts could not be saved: %1").arg(m_database.lastError().text());
        return false;
    }
    return true;
}

std::optional<Account> AccountStore::lastUsed(QString* error) const
{
    QSqlQuery query(m_database);
    if (!query.exec(selectColumns
            + QStringLiteral("AND last_used_at IS NOT NULL ORDER BY last_used_at DESC LIMIT 1"))) {
        failed(query, error);
        return std::nullopt;
    }
    return query.next() ? fromRow(query) : std::nullopt;
}

bool AccountStore::markUsed(qint64 id, const QDateTime& when, QString* error)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE accounts SET last_used_at = ? WHERE id = ? AND email_address IS NOT NULL"));
    query.addBindValue(timestamp(when));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query, error);
    if (query.numRowsAffected() != 1) {
        *error = tr("This account is no longer in your list of accounts.");
        return false;
    }
    return true;
}

} // namespace Core::Account
