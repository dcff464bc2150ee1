#include "session/AccountWorker.h"

#include "analysis/HeaderTriage.h"
#include "common/LogCategories.h"
#include "imap/ImapMailbox.h"
#include "session/ActionHistory.h"
#include "session/ReconnectBackoff.h"
#include "session/VerdictLookAhead.h"
#include "store/Database.h"

namespace Core::Session {

using Imap::Credential;
using Imap::FetchedMessage;
using Imap::FolderInfo;
using Imap::FolderRole;
using Imap::FolderStatus;
using Imap::ImapConnection;
using Imap::ImapMailbox;
using Imap::ImapProtocol;

AccountWorker::AccountWorker(AccountSettings settings, QObject* parent)
    : MailboxWorker(parent)
    , m_settings(std::move(settings))
{
}

AccountWorker::~AccountWorker() = default;

void AccountWorker::stopRunningJob()
{
    m_cancelled = true;
    m_connection.cancel();
    if (m_settings.accessToken)
        m_settings.accessToken->wake();
}

QString AccountWorker::cancelledOr(const QString& error) const
{
    return m_cancelled ? tr("Cancelled: nothing more was asked of the server.") : error;
}

bool AccountWorker::connectAccount(QString* error)
{
    m_connection.setTlsPolicy(m_settings.tls);
    if (!m_settings.accessToken)
        return m_connection.connect(m_settings.address, m_settings.user, m_settings.credential, error);
    const QString token = m_settings.accessToken->current();
    if (m_connection.connect(m_settings.address, m_settings.user, Credential::accessToken(token), error))
        return true;
    if (m_connection.lastProblem() != ImapConnection::Problem::LoginRefused || m_cancelled)
        return false;
    // An access token runs out after about an hour and may be withdrawn sooner: the
    // GUI's TokenKeeper renews it, and the login is tried once more with the new one.
    m_settings.accessToken->expectRenewal();
    emit accessTokenRefused(token);
    const auto renewed
        = m_settings.accessToken->waitForReplacement(token, TokenRenewalWait, m_cancelled, error);
    if (!renewed)
        return false;
    return m_connection.connect(
        m_settings.address, m_settings.user, Credential::accessToken(*renewed), error);
}

std::unique_ptr<MailboxWorker> AccountWorker::newMailWaiter()
{
    auto waiter = std::make_unique<AccountWorker>(m_settings);
    // A refused access token is renewed for both, wherever the window listens.
    connect(waiter.get(), &AccountWorker::accessTokenRefused, this, &AccountWorker::accessTokenRefused);
    return waiter;
}

void AccountWorker::waitForNewMail(const QString& folder)
{
    ReconnectBackoff backoff;
    bool reconnected = false;
    for (;;) {
        QString error;
        Common::Error failure;
        const bool ready = prepare(&error);
        // A cancel() that came before the connection was made is forgotten by it.
        if (m_cancelled)
            return;
        if (ready) {
            ImapProtocol protocol(m_connection);
            if (!protocol.hasCapability("IDLE"))
                return;
            const auto opened = protocol.open(folder, true);
            if (opened) {
                // Every opening after the first follows a lost connection: mail may have
                // come meanwhile, and a look is cheap.
                if (std::exchange(reconnected, true))
                    emit newMailArrived();
                backoff.connected();
                // The folder stays selected: each IDLE tells of what came since the one before.
                Common::Result<bool> told = false;
                while (told) {
                    told = protocol.waitForChange(ImapProtocol::LongestIdle);
                    if (told && *told)
                        emit newMailArrived();
                }
                failure = told.error();
            } else {
                failure = opened.error();
            }
            // Where the folder is gone or IDLE refused, the window's looks are all there is.
            if (failure.kind == Common::Problem::ServerRefused || m_cancelled)
                return;
        }
        qCInfo(lcMail) << "waiting for new mail:" << (failure.message.isEmpty() ? error : failure.message);
        if (!m_connection.waitUnlessCancelled(backoff.wait()))
            return;
        backoff.tryFailed();
    }
}

bool AccountWorker::openStore(QString* error)
{
    if (m_cache)
        return true;
    QSqlDatabase database;
    if (!Store::Database::open(m_settings.storePath, &database, error))
        return false;
    const auto account
        = Store::ScanCache::accountId(database, m_settings.address.toString(), m_settings.user, error);
    if (!account)
        return false;
    m_cache = std::make_unique<Store::ScanCache>(database, *account);
    m_log = std::make_unique<Store::ActionLog>(database, *account);
    return true;
}

bool AccountWorker::prepare(QString* error)
{
    // A cancel() meant for the last command must not stop this one; one that came after
    // this command was asked for must.
    m_cancelled = cancelledBeforeStart();
    if (m_cancelled)
        return false;
    if (!openStore(error))
        return false;
    if (m_connection.isConnected())
        return true;
    return connectAccount(error) && m_cache->adoptFolderSeparator(m_connection.folderSeparator(), error);
}

void AccountWorker::listFolders()
{
    QString error;
    QList<MailboxFolder> result;
    if (!prepare(&error)) {
        emit foldersListed(false, cancelledOr(error), result);
        return;
    }
    ImapProtocol protocol(m_connection);
    QHash<QString, FolderStatus> statuses;
    const auto folders = protocol.folders(&statuses);
    if (!folders) {
        emit foldersListed(false, cancelledOr(folders.error().message), result);
        return;
    }
    int sampled = 0;
    bool connected = true;
    for (const FolderInfo& folder : *folders) {
        MailboxFolder listed { folder.path, folder.role, int(statuses.value(folder.path).messages) };
        const bool ordinaryFolder = folder.role == FolderRole::Other || folder.role == FolderRole::Junk;
        if (ordinaryFolder && listed.messages > 0 && sampled++ < MostFoldersSampled && connected) {
            const auto look = latestLookAutomatic(protocol, folder.path);
            listed.mayHoldBounces = look && *look;
            connected = look || !look.error().endsConnection();
        }
        result.append(listed);
    }
    emit foldersListed(true, QString(), result);
}

Common::Result<bool> AccountWorker::latestLookAutomatic(ImapProtocol& protocol, const QString& folder)
{
    // Read-only and only header fields: looking costs three round trips and changes nothing.
    const auto status = protocol.open(folder, true);
    if (!status)
        return status.error();
    const quint32 from = status->uidNext > SampleSize * 4 ? status->uidNext - SampleSize * 4 : 1;
    const auto uids
        = protocol.searchUids(QByteArrayLiteral("UID ") + QByteArray::number(from) + QByteArrayLiteral(":*"));
    if (!uids)
        return uids.error();
    int automatic = 0;
    int seen = 0;
    const QList<quint32> latest = uids->mid(std::max<qsizetype>(0, uids->size() - SampleSize));
    const ImapProtocol::Done fetched = protocol.fetch(latest,
        QByteArrayLiteral("BODY.PEEK[HEADER.FIELDS (") + Analysis::HeaderTriage::fieldNames()
            + QByteArrayLiteral(")]"),
        [&](const FetchedMessage& message) {
            ++seen;
            if (Analysis::HeaderTriage::mayBeAutomatic(message.bytes))
                ++automatic;
        });
    if (!fetched)
        return fetched.error();
    // A folder left selected changes nothing (never CLOSE); a lost connection matters.
    if (const ImapProtocol::Done left = protocol.leave(); !left && left.error().endsConnection())
        return left.error();
    return seen > 0 && automatic * 2 > seen;
}

void AccountWorker::scan(
    const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses)
{
    QString error;
    ScanTotals totals;
    MailboxScanner::Options options;
    options.folders = folders;
    options.sentFolders = sentFolders;
    options.myAddresses = myAddresses;
    // The store is read while the connection is made or the server asked what changed.
    std::optional<VerdictLookAhead> lookAhead;
    if (openStore(&error)) {
        lookAhead.emplace(*m_cache, options);
        options.lookAhead = &*lookAhead;
    }
    if (!prepare(&error)) {
        emit scanFinished(false, cancelledOr(error), totals);
        return;
    }
    MailboxScanner scanner(m_connection, *m_cache,
        [this](QString* reconnectError) { return !m_cancelled && connectAccount(reconnectError); });
    const MailboxScanner::Done scanned = scanner.run(
        options, [this](const ScanResult& result) { emit messageScanned(result); },
        [this](const QString& phase, int done, int total) { emit progress(phase, done, total); }, &totals);
    emit scanFinished(bool(scanned), scanned ? QString() : cancelledOr(scanned.error().message), totals);
}

void AccountWorker::clean(const QString& folder, const QList<quint32>& uids)
{
    QString error;
    MailboxCleaner::Outcome outcome;
    if (!prepare(&error)) {
        emit actionFinished(false, cancelledOr(error), outcome);
        return;
    }
    ImapMailbox mailbox(m_connection);
    MailboxCleaner cleaner(mailbox, *m_cache, *m_log);
    const MailboxCleaner::Done done = [&]() -> MailboxCleaner::Done {
        if (const auto recovered = cleaner.recover(); !recovered)
            return recovered;
        const auto candidates = cleaner.candidates(folder, uids);
        if (!candidates)
            return candidates.error();
        const auto trash = cleaner.trashFolder();
        if (!trash)
            return trash.error();
        return cleaner.clean(folder, *trash, *candidates, &outcome);
    }();
    emit actionFinished(bool(done), done ? QString() : cancelledOr(done.error().message), outcome);
}

void AccountWorker::undo(qint64 actionId)
{
    QString error;
    MailboxCleaner::Outcome outcome;
    if (!prepare(&error)) {
        emit actionFinished(false, cancelledOr(error), outcome);
        return;
    }
    ImapMailbox mailbox(m_connection);
    MailboxCleaner cleaner(mailbox, *m_cache, *m_log);
    if (const auto recovered = cleaner.recover(); !recovered) {
        emit actionFinished(false, cancelledOr(recovered.error().message), outcome);
        return;
    }
    if (actionId == 0) {
        const auto last = m_log->lastUndoableClean();
        if (!last) {
            emit actionFinished(false, tr("There is nothing to undo."), outcome);
            return;
        }
        actionId = last->id;
    }
    const MailboxCleaner::Done undone = cleaner.undo(actionId, &outcome);
    emit actionFinished(bool(undone), undone ? QString() : cancelledOr(undone.error().message), outcome);
}

void AccountWorker::listActions()
{
    // The history is in the store alone: no need to reach the server for it.
    QString error;
    emit actionsListed(openStore(&error) ? ActionHistory::summarise(*m_log) : QList<ActionSummary>());
}

} // namespace Core::Session
