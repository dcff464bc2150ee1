#include "demo/DemoWorker.h"

#include "analysis/BounceAnalyzer.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"
#include "common/LogCategories.h"
#include "imap/FolderRoles.h"
#include "session/ActionHistory.h"
#include "store/Database.h"
#include "verdict/SentIndex.h"
#include "verdict/VerdictJudge.h"

#include <QDir>

#include <algorithm>

namespace Core::Demo {

using Session::MailboxCleaner;
using Session::MailboxScanner;

namespace {

    // Often enough for a moving progress bar, rarely enough not to flood the window.
    constexpr int ProgressStep = 50;
    // Scanned messages go to the store in batches of this many, one transaction each.
    constexpr qsizetype StoreBatch = 500;

    // The analyzer reads no further than this, as the account scan fetches no further.
    constexpr qint64 ReadLimit = Analysis::MessageSanitizer::MaxMessageBytes;

} // namespace

struct DemoWorker::ScanContext {
    Verdict::SentIndex sent;
    std::optional<Verdict::VerdictJudge> judge;
    Session::ScanTotals totals;
};

DemoWorker::DemoWorker(QString maildirRoot, QObject* parent)
    : MailboxWorker(parent)
    , m_root(std::move(maildirRoot))
{
}

DemoWorker::~DemoWorker() = default;

void DemoWorker::stopRunningJob()
{
    m_cancelled = true;
}

QString DemoWorker::cancelledOr(const QString& error) const
{
    return m_cancelled ? tr("Cancelled: the rest of the demo mailbox was not checked.") : error;
}

bool DemoWorker::openStore(QString* error)
{
    if (m_cache)
        return true;
    QSqlDatabase database;
    if (!Store::Database::open(
            QDir(m_root).filePath(QStringLiteral(".neversent-demo.sqlite")), &database, error))
        return false;
    const auto account
        = Store::ScanCache::accountId(database, QStringLiteral("demo"), QStringLiteral("demo"), error);
    if (!account)
        return false;
    m_cache = std::make_unique<Store::ScanCache>(database, *account);
    m_log = std::make_unique<Store::ActionLog>(database, *account);
    return true;
}

bool DemoWorker::prepare(QString* error)
{
    // A cancel() meant for the last job must not stop this one; one that came after this
    // job was asked for must.
    m_cancelled = cancelledBeforeStart();
    if (m_cancelled)
        return false;
    Analysis::VmimeRuntime::ensureInitialized();
    return openStore(error);
}

QList<Session::MailboxFolder> DemoWorker::folders() const
{
    QList<Session::MailboxFolder> result;
    const QDir root(m_root);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        const QDir folder(root.filePath(name));
        if (folder.exists(QStringLiteral("cur")) && folder.exists(QStringLiteral("new")))
            result.append({ name, Imap::FolderRoles::roleOf(name, u'/', QString()), 0 });
    }
    // INBOX first, as a server lists it.
    std::stable_partition(result.begin(), result.end(),
        [](const Session::MailboxFolder& folder) { return folder.role == Imap::FolderRole::Inbox; });
    return result;
}

std::optional<Mail::MaildirFolder> DemoWorker::openFolder(const QString& name, QString* error) const
{
    const QList<Session::MailboxFolder> known = folders();
    const bool exists = std::any_of(known.cbegin(), known.cend(),
        [&](const Session::MailboxFolder& folder) { return folder.name == name; });
    if (!exists) {
        *error = tr("There is no folder \"%1\" in the demo mailbox.").arg(name);
        return std::nullopt;
    }
    return Mail::MaildirFolder::open(QDir(m_root).filePath(name), error);
}

void DemoWorker::listFolders()
{
    QString error;
    QList<Session::MailboxFolder> result = folders();
    for (Session::MailboxFolder& folder : result) {
        const auto opened = Mail::MaildirFolder::open(QDir(m_root).filePath(folder.name), &error);
        if (!opened) {
            emit foldersListed(false, error, {});
            return;
        }
        folder.messages = int(opened->messages().size());
    }
    emit foldersListed(true, QString(), result);
}

bool DemoWorker::indexSent(const QStringList& sentFolders, ScanContext& context, QString* error)
{
    for (const QString& name : sentFolders) {
        const auto folder = openFolder(name, error);
        if (!folder)
            return false;
        const QString phase = tr("Reading your sent mail in %1").arg(name);
        const int total = int(folder->messages().size());
        int done = 0;
        for (const Mail::MaildirFolder::Message& message : folder->messages()) {
            if (m_cancelled)
                return false;
            QString readError;
            if (const auto bytes = Mail::MaildirFolder::read(message.filePath, ReadLimit, &readError))
                context.sent.addMessage(*bytes);
            else
                qCInfo(lcMail) << message.filePath << readError;
            if (++done % ProgressStep == 0 || done == total)
                emit progress(phase, done, total);
        }
    }
    return true;
}

bool DemoWorker::scanFolder(const QString& name, ScanContext& context, QString* error)
{
    const auto folder = openFolder(name, error);
    if (!folder)
        return false;
    const auto cached = m_cache->folder(name, error);
    // Every scan reads the whole folder again (no server to spare): what an earlier one
    // stored would only hide messages that are gone.
    if (!cached || !m_cache->resetFolder(*cached, folder->uidValidity(), error))
        return false;
    const QString phase = tr("Checking %1").arg(name);
    const int total = int(folder->messages().size());
    int done = 0;
    QList<Store::ScanCache::ScannedMessage> batch;
    bool stopped = false;
    for (const Mail::MaildirFolder::Message& message : folder->messages()) {
        if (m_cancelled) {
            stopped = true;
            break;
        }
        Session::ScanResult result { name, message.uid, quint64(message.size), {}, {} };
        QString messageId;
        QString readError;
        if (const auto bytes = Mail::MaildirFolder::read(message.filePath, ReadLimit, &readError)) {
            result.report = Analysis::BounceAnalyzer::analyze(*bytes);
            messageId = Analysis::MimeHeader::messageIdOfMessage(*bytes);
        } else {
            result.report.kind = Analysis::MessageKind::Unreadable;
            result.report.error = readError;
        }
        result.judgement = context.judge->judge(result.report);

        ++context.totals.fetchedBodies;
        context.totals.add(result.report, result.judgement);
        batch.append({ result.uid, result.size, messageId, result.report,
            Verdict::verdictName(result.judgement.verdict), {} });
        if (batch.size() >= StoreBatch) {
            if (!m_cache->storeScanned(cached->id, batch, error))
                return false;
            batch.clear();
        }
        emit messageScanned(result);
        if (++done % ProgressStep == 0 || done == total)
            emit progress(phase, done, total);
    }
    // What was shown is stored, so a clean after a cancelled scan can take it.
    return m_cache->storeScanned(cached->id, batch, error) && !stopped;
}

void DemoWorker::scan(
    const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses)
{
    QString error;
    ScanContext context;
    if (!prepare(&error)) {
        emit scanFinished(false, cancelledOr(error), context.totals);
        return;
    }
    QStringList sent = sentFolders;
    if (sent.isEmpty()) {
        for (const Session::MailboxFolder& folder : this->folders()) {
            if (folder.role == Imap::FolderRole::Sent)
                sent.append(folder.name);
        }
    }
    bool ok = indexSent(sent, context, &error);
    // Without any sent folder nothing can be judged: verdicts stay "unknown" and say so.
    context.judge.emplace(sent.isEmpty() ? nullptr : &context.sent, myAddresses);
    const QStringList scanFolders = folders.isEmpty() ? QStringList { QStringLiteral("INBOX") } : folders;
    for (const QString& folder : scanFolders) {
        if (ok)
            ok = scanFolder(folder, context, &error);
    }
    emit scanFinished(ok, ok ? QString() : cancelledOr(error), context.totals);
}

std::optional<Mail::MaildirMailbox> DemoWorker::mailbox(QString* error) const
{
    QString trash;
    for (const Session::MailboxFolder& folder : folders()) {
        if (folder.role == Imap::FolderRole::Trash)
            trash = folder.name;
    }
    if (trash.isEmpty()) {
        *error = tr("The demo mailbox has no Trash folder, so nothing was moved.");
        return std::nullopt;
    }
    return Mail::MaildirMailbox(m_root, trash);
}

void DemoWorker::clean(const QString& folder, const QList<quint32>& uids)
{
    QString error;
    MailboxCleaner::Outcome outcome;
    const auto fail = [&](const QString& reason) { emit actionFinished(false, reason, outcome); };
    if (!prepare(&error))
        return fail(cancelledOr(error));
    auto files = mailbox(&error);
    if (!files)
        return fail(error);
    MailboxCleaner cleaner(*files, *m_cache, *m_log);
    if (const auto recovered = cleaner.recover(); !recovered)
        return fail(recovered.error().message);
    const auto candidates = cleaner.candidates(folder, uids);
    if (!candidates)
        return fail(candidates.error().message);
    if (candidates->isEmpty())
        return fail(tr("None of the chosen messages is in the last scan of \"%1\". Scan again.").arg(folder));
    const auto trash = files->trashFolder();
    if (!trash)
        return fail(trash.error().message);
    if (const auto cleaned = cleaner.clean(folder, *trash, *candidates, &outcome); !cleaned)
        return fail(cleaned.error().message);
    emit actionFinished(true, QString(), outcome);
}

void DemoWorker::undo(qint64 actionId)
{
    QString error;
    MailboxCleaner::Outcome outcome;
    const auto fail = [&](const QString& reason) { emit actionFinished(false, reason, outcome); };
    if (!prepare(&error))
        return fail(cancelledOr(error));
    auto files = mailbox(&error);
    if (!files)
        return fail(error);
    MailboxCleaner cleaner(*files, *m_cache, *m_log);
    if (const auto recovered = cleaner.recover(); !recovered)
        return fail(recovered.error().message);
    if (actionId == 0) {
        const auto last = m_log->lastUndoableClean();
        if (!last)
            return fail(tr("There is nothing to undo."));
        actionId = last->id;
    }
    if (const auto undone = cleaner.undo(actionId, &outcome); !undone)
        return fail(undone.error().message);
    emit actionFinished(true, QString(), outcome);
}

void DemoWorker::listActions()
{
    QString error;
    emit actionsListed(
        openStore(&error) ? Session::ActionHistory::summarise(*m_log) : QList<Session::ActionSummary>());
}

} // namespace Core::Demo
