#include "session/MailboxScanner.h"

#include "session/VerdictLookAhead.h"
#include "session/VerdictPhase.h"

#include "analysis/BounceAnalyzer.h"
#include "analysis/HeaderTriage.h"
#include "analysis/MessageSanitizer.h"
#include "analysis/MimeHeader.h"
#include "analysis/VmimeRuntime.h"
#include "common/ArrivingBatches.h"
#include "common/LogCategories.h"
#include "common/ParallelBatch.h"
#include "imap/PartialMessage.h"
#include "imap/UidSet.h"
#include "store/StoredReport.h"
#include "verdict/SentIndex.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace Core::Session {

using Imap::FetchedMessage;
using Imap::FolderInfo;
using Imap::FolderRole;
using Imap::FolderStatus;
using Imap::ImapConnection;
using Imap::PartialMessage;
using Imap::UidSet;

using Store::ScanCache;

namespace {

    // Each chunk is one round trip, and at 50 ms each they were a third of a first scan.
    // An answer is read as it arrives and never held whole: a chunk is bounded by the
    // length of its command (UidSet), the memory by what waits for analysis.
    constexpr qsizetype HeaderChunk = 10000;
    // Bodies are asked for in commands of this many while the headers still arrive: the
    // server answers them right after the headers, with no round trip and no wait for
    // the last headers' triage in between.
    constexpr qsizetype BodyRequest = 1000;
    // vmime reads structures, and holds a whole answer of them.
    constexpr qsizetype StructureChunk = 2500;
    // Bodies analysed while the network thread goes on; past this many bytes of them it
    // waits (and helps), even in the middle of an answer.
    constexpr quint64 MaxPendingBytes = 16 * 1024 * 1024;
    // Messages go to the other cores in slices of these as they come off the network.
    constexpr qsizetype HeaderSlice = 1000;
    constexpr qsizetype BodySlice = 250;
    constexpr quint64 BodySliceBytes = 2 * 1024 * 1024;
    // Work the network thread waits for goes ahead of analysis queued behind it.
    constexpr int WaitedForPriority = 1;

    QByteArray headerFieldsItem(const QByteArray& fields)
    {
        return "BODY.PEEK[HEADER.FIELDS (" + fields + ")]";
    }

    QByteArray sentFields()
    {
        return QByteArrayLiteral("MESSAGE-ID TO CC BCC SUBJECT DATE");
    }

    // The first MaxMessageBytes are all the analyzer reads: the notice and its status
    // parts come first, a huge attachment last.
    QByteArray bodyItem()
    {
        return "BODY.PEEK[]<0." + QByteArray::number(Analysis::MessageSanitizer::MaxMessageBytes) + '>';
    }

    ScanCache::ScannedMessage fromHeaderAlone(
        const FetchedMessage& fetched, const Analysis::MimeHeader& header)
    {
        ScanCache::ScannedMessage message;
        message.uid = fetched.uid;
        message.size = fetched.size;
        message.messageId = header.messageId("Message-ID");
        message.report.subject = header.text("Subject");
        message.report.date = header.date("Date");
        return message;
    }

} // namespace

MailboxScanner::MailboxScanner(ImapConnection& connection, ScanCache& cache, Reconnect reconnect)
    : m_connection(connection)
    , m_protocol(connection)
    , m_cache(cache)
    , m_reconnect(std::move(reconnect))
{
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

MailboxScanner::~MailboxScanner() = default;

MailboxScanner::Done MailboxScanner::retrying(const std::function<Done()>& step)
{
    int delay = m_options.firstReconnectDelayMs;
    QString reconnectError;
    for (int attempt = 0;; ++attempt) {
        Done done = step();
        if (done)
            return done;
        const Common::Error& error = done.error();
        if (error.kind != Common::Problem::ConnectionLost || attempt >= m_options.reconnectAttempts) {
            // What the step says then ("the connection was lost") does not tell what to do;
            // the last reconnect's failure does.
            if (error.kind == Common::Problem::ConnectionLost && !reconnectError.isEmpty()
                && m_connection.lastProblem() != Common::Problem::Cancelled)
                return Common::Error { error.kind,
                    tr("The connection to the mail server was lost, and connecting again did not work: %1")
                        .arg(reconnectError) };
            return done;
        }
        qCInfo(lcMail) << "connection lost:" << error.message << "- connecting again in" << delay << "ms";
        m_progress(tr("The connection was lost; connecting again"), attempt + 1, m_options.reconnectAttempts);
        if (!m_connection.waitUnlessCancelled(std::chrono::milliseconds(delay)))
            return m_connection.notConnected();
        delay *= 2;
        reconnectError.clear();
        if (m_reconnect(&reconnectError)) {
            ++m_totals->reconnects;
        } else if (m_connection.lastProblem() == Common::Problem::LoginRefused) {
            // A refused login is not mended by trying again, and servers penalise each try.
            return Common::Error { Common::Problem::LoginRefused, reconnectError };
        } else {
            qCInfo(lcMail) << "reconnect failed:" << reconnectError;
        }
    }
}

QStringList MailboxScanner::foldersToCheck(const Options& options)
{
    return options.folders.isEmpty() ? QStringList { QStringLiteral("INBOX") } : options.folders;
}

MailboxScanner::Done MailboxScanner::run(
    const Options& options, const Sink& sink, const Progress& progress, ScanTotals* totals)
{
    Analysis::VmimeRuntime::ensureInitialized();
    m_options = options;
    m_cacheChanged = false;
    m_progress = progress;
    m_totals = totals;

    // One round trip finds the Sent folders and, where the server can, says whether
    // anything changed in each folder.
    QStringList sentFolders = options.sentFolders;
    const Done listed = retrying([&]() -> Done {
        m_listedStatus.clear();
        const auto folders = m_protocol.folders(&m_listedStatus);
        if (!folders)
            return folders.error();
        for (const FolderInfo& folder : *folders) {
            if (options.sentFolders.isEmpty() && folder.role == FolderRole::Sent)
                sentFolders.append(folder.path);
        }
        return {};
    });
    if (!listed)
        return listed;
    QString failure;
    const QStringList scanFolders = foldersToCheck(options);
    m_lastScanFolder = scanFolders.last();
    // A Sent folder never read before is opened and fetched right behind the last bodies
    // of the folders to check: the server goes on to it without waiting for a round trip.
    m_openAhead.clear();
    if (!sentFolders.isEmpty() && !scanFolders.contains(sentFolders.first())) {
        const auto cached = m_cache.folder(sentFolders.first(), &failure);
        if (!cached)
            return Common::Error::localStorage(failure);
        const FolderStatus status = m_listedStatus.value(sentFolders.first());
        if (cached->uidValidity == 0 && status.uidValidity != 0 && status.messages > 0
            && status.messages <= quint32(HeaderChunk))
            m_openAhead = sentFolders.first();
    }

    // The folders to check come first: their last bodies are analysed while the sent
    // mail, which only the verdicts need, comes over the network.
    const auto synced = [&](const QStringList& folders, FolderUse use) -> Done {
        for (const QString& folder : folders) {
            if (const Done done = retrying([&] { return syncFolder(folder, use); }); !done)
                return done;
        }
        return {};
    };
    for (const auto& [folders, use] :
        { std::pair { scanFolders, FolderUse::Scan }, std::pair { sentFolders, FolderUse::Sent } }) {
        if (const Done done = synced(folders, use); !done)
            return keepAnalysedAndFail(done.error());
    }
    if (const Done stored = storeAnalysed(0); !stored)
        return stored;

    return judge(scanFolders, sentFolders, sink);
}

MailboxScanner::Done MailboxScanner::judge(
    const QStringList& folders, const QStringList& sentFolders, const Sink& sink)
{
    QString failure;
    VerdictPhase phase(m_cache);
    if (m_options.lookAhead && !m_cacheChanged) {
        const auto sorted = [](QStringList names) {
            names.sort();
            names.removeDuplicates();
            return names;
        };
        const auto& forecast = m_options.lookAhead->forecast();
        if (forecast && forecast->folders == folders
            && sorted(forecast->sentFolders) == sorted(sentFolders)) {
            for (const ScanResult& result : forecast->results) {
                m_totals->add(result.report, result.judgement);
                sink(result);
            }
            if (!phase.storeVerdicts(forecast->changedVerdicts, &failure))
                return Common::Error::localStorage(failure);
            return {};
        }
    }
    if (!phase.run(folders, sentFolders, m_options.myAddresses, sink, m_totals, &failure))
        return Common::Error::localStorage(failure);
    return {};
}

void MailboxScanner::cacheChanges()
{
    m_cacheChanged = true;
    if (m_options.lookAhead)
        m_options.lookAhead->abandon();
}

MailboxScanner::Done MailboxScanner::syncFolder(const QString& folder, FolderUse use)
{
    QString failure;
    std::optional<ScanCache::Folder> cached = m_cache.folder(folder, &failure);
    if (!cached)
        return Common::Error::localStorage(failure);
    // After a reconnect the folder is read again: what its first attempt analysed must
    // count as known.
    if (isPending(cached->id)) {
        cacheChanges();
        if (const Done stored = storeAnalysed(0); !stored)
            return stored;
    }
    // The listing answered for this folder once; a retry after a reconnect asks anew.
    std::optional<FolderStatus> status = m_listedStatus.take(folder);
    if (!status || status->uidValidity == 0) {
        const auto asked = m_protocol.status(folder);
        if (!asked) {
            if (asked.error().endsConnection())
                return asked.error();
            qCInfo(lcMail) << asked.error().message;
            return Common::Error { asked.error().kind,
                tr("The folder \"%1\" does not exist on %2 or cannot be opened. Check its name.")
                    .arg(folder, m_connection.address().host) };
        }
        status = *asked;
    }
    if (status->uidValidity != cached->uidValidity) {
        cacheChanges();
        // UIDs from before mean other messages now: nothing cached may be mixed in.
        if (cached->uidValidity != 0)
            qCInfo(lcMail) << folder << "UIDVALIDITY changed from" << cached->uidValidity << "to"
                           << status->uidValidity;
        if (!m_cache.resetFolder(*cached, status->uidValidity, &failure))
            return Common::Error::localStorage(failure);
        cached->uidValidity = status->uidValidity;
        cached->uidNext = 0;
    }
    const QList<quint32> known
        = use == FolderUse::Scan ? m_cache.scannedUids(cached->id) : m_cache.sentUids(cached->id);
    if (cached->uidNext == status->uidNext && quint32(known.size()) == status->messages) {
        qCDebug(lcMail) << folder << "unchanged since the last scan";
        return {};
    }
    cacheChanges();

    // The folder as opened must still be the one the cache holds.
    const auto unchangedSinceListed = [&](const FolderStatus& opened) -> Done {
        if (opened.uidValidity == cached->uidValidity)
            return {};
        return Common::Error { Common::Problem::Other,
            tr("The folder \"%1\" changed while it was read; scan again.").arg(folder) };
    };
    if (known.isEmpty() && status->messages > 0 && status->messages <= quint32(HeaderChunk)) {
        // Never read before, and one answer holds it all: the folder is opened and all of
        // it asked for in one round trip, the UIDs coming with the headers.
        FolderStatus opened;
        const ChunkFetch examineAndFetch
            = [&](const QList<quint32>&, const QByteArray& item, const auto& keep) -> Done {
            const auto examined = m_protocol.examineAndFetchAll(
                folder, item,
                [&](const FolderStatus& state) {
                    opened = state;
                    return unchangedSinceListed(state);
                },
                keep);
            return examined ? Done() : Done(examined.error());
        };
        if (const Done read
            = readNewMessages(folder, cached->id, use, { {} }, int(status->messages), examineAndFetch);
            !read)
            return read;
        return storeFolderState(&*cached, opened);
    }
    const auto opened = m_protocol.open(folder, true);
    if (!opened)
        return opened.error();
    if (const Done same = unchangedSinceListed(*opened); !same)
        return same;
    const ChunkFetch fetchChunk = [&](const QList<quint32>& chunk, const QByteArray& item, const auto& keep) {
        return chunk.isEmpty() ? m_protocol.fetchAll(item, keep) : m_protocol.fetch(chunk, item, keep);
    };
    if (known.isEmpty() && opened->messages <= quint32(HeaderChunk)) {
        // As above, for a folder counted empty or large that is neither when opened.
        if (opened->messages > 0) {
            if (const Done read
                = readNewMessages(folder, cached->id, use, { {} }, int(opened->messages), fetchChunk);
                !read)
                return read;
        }
        return storeFolderState(&*cached, *opened);
    }
    const auto present = m_protocol.searchUids("ALL");
    if (!present)
        return present.error();
    const QSet<quint32> presentSet(present->cbegin(), present->cend());
    const QSet<quint32> knownSet(known.cbegin(), known.cend());
    QList<quint32> gone;
    for (const quint32 uid : known) {
        if (!presentSet.contains(uid))
            gone.append(uid);
    }
    QList<quint32> fresh;
    for (const quint32 uid : *present) {
        if (!knownSet.contains(uid))
            fresh.append(uid);
    }
    qCInfo(lcMail) << folder << "messages:" << present->size() << "new:" << fresh.size()
                   << "gone:" << gone.size();
    if (!m_cache.forget(cached->id, gone, &failure))
        return Common::Error::localStorage(failure);
    if (const Done read = readNewMessages(
            folder, cached->id, use, UidSet::chunks(fresh, HeaderChunk), int(fresh.size()), fetchChunk);
        !read)
        return read;
    return storeFolderState(&*cached, *opened);
}

// The folder stays selected until the next EXAMINE or the logout: a round trip saved, and
// harmless read-only. A crash before its last bodies are stored leaves fewer messages
// cached than the server has, which the next scan notices and fetches.
MailboxScanner::Done MailboxScanner::storeFolderState(ScanCache::Folder* cached, const FolderStatus& opened)
{
    cached->uidNext = opened.uidNext;
    cached->highestModSeq = opened.highestModSeq;
    if (QString failure; !m_cache.setFolderState(*cached, &failure))
        return Common::Error::localStorage(failure);
    return {};
}

MailboxScanner::Done MailboxScanner::readNewMessages(const QString& folder, qint64 folderId, FolderUse use,
    const QList<QList<quint32>>& chunks, int total, const ChunkFetch& fetchChunk)
{
    const QString phase = use == FolderUse::Sent ? tr("Reading your sent mail in %1").arg(folder)
                                                 : tr("Checking %1").arg(folder);
    const QByteArray item
        = headerFieldsItem(use == FolderUse::Sent ? sentFields() : Analysis::HeaderTriage::fieldNames());
    int done = 0;
    for (const QList<quint32>& chunk : chunks) {
        const auto fetched = [&](const std::function<void(const FetchedMessage&)>& keep) -> Done {
            const Done read = fetchChunk(chunk, item, keep);
            return read ? storeAnalysed(MaxPendingBytes) : keepAnalysedAndFail(read.error());
        };
        if (use == FolderUse::Sent) {
            // Every UID is kept, even one without identity, so the count matches the server's.
            Common::ArrivingBatches<FetchedMessage, ScanCache::SentMessage> entries(
                m_pool,
                [](const FetchedMessage& message) {
                    return ScanCache::SentMessage { message.uid,
                        Verdict::SentIndex::readEntry(message.bytes).value_or(Verdict::SentIndex::Entry {}) };
                },
                HeaderSlice, WaitedForPriority);
            // Stored a slice at a time while the rest arrives: stored whole after the last,
            // they kept the verdicts waiting (5,000 of them for 35 ms). What a failure leaves
            // stored is known sent mail; the folder's state, kept after, makes the next scan
            // fetch the rest.
            QList<ScanCache::SentMessage> parsed;
            QString failure;
            bool stored = true;
            const auto storeParsed = [&] {
                m_totals->fetchedHeaders += int(parsed.size());
                stored = stored && m_cache.storeSent(folderId, std::exchange(parsed, {}), &failure);
            };
            const auto collect = [&](ScanCache::SentMessage&& message) { parsed.append(std::move(message)); };
            if (const Done read = fetched([&](const FetchedMessage& message) {
                    entries.add(message);
                    entries.takeFinished(collect);
                    if (parsed.size() >= HeaderSlice)
                        storeParsed();
                });
                !read)
                return read;
            entries.takeAll(collect);
            storeParsed();
            if (!stored)
                return Common::Error::localStorage(failure);
        } else {
            Common::ArrivingBatches<FetchedMessage, Triaged> triaged(
                m_pool,
                [](const FetchedMessage& message) {
                    // Parsed once, for the triage and for what the cache keeps of every message.
                    const auto prepared = Analysis::MessageSanitizer::prepare(message.bytes);
                    const auto header = Analysis::MimeHeader::parseMessageHeader(prepared.text);
                    Triaged result { fromHeaderAlone(message, header),
                        Analysis::HeaderTriage::mayBeAutomatic(header) };
                    if (!result.mayBeAutomatic)
                        result.message.encodedReport = Store::StoredReport::encode(result.message.report);
                    return result;
                },
                HeaderSlice, WaitedForPriority);
            QList<ScanCache::ScannedMessage> ordinary;
            QList<ScanCache::ScannedMessage> huge;
            QHash<quint32, ScanCache::ScannedMessage> asked; // whose bodies were asked for
            QList<quint32> unasked;
            const auto askForBodies = [&] { m_protocol.sendFetch(std::exchange(unasked, {}), bodyItem()); };
            const auto sort = [&](Triaged&& message) {
                ++m_totals->fetchedHeaders;
                if (!message.mayBeAutomatic) {
                    ordinary.append(std::move(message.message));
                } else if (message.message.size > PartialMessage::PartBytes) {
                    huge.append(std::move(message.message));
                } else {
                    unasked.append(message.message.uid);
                    asked.insert(message.message.uid, std::move(message.message));
                    if (unasked.size() >= BodyRequest)
                        askForBodies();
                }
            };
            const Done headers = fetched([&](const FetchedMessage& message) {
                triaged.add(message);
                triaged.takeFinished(sort);
            });
            if (!headers) {
                // Bodies asked for already are answered all the same: read, the connection
                // stays in step.
                if (const Done afterwards = m_protocol.readSentFetches([](const FetchedMessage&) {});
                    !afterwards)
                    qCInfo(lcMail) << "reading the body answers after a failed header fetch:"
                                   << afterwards.error().message;
                return headers;
            }
            triaged.takeAll(sort);
            askForBodies();
            const bool lastRead = folder == m_lastScanFolder && &chunk == &chunks.last();
            if (const Done bodies
                = readBodies(folderId, std::move(asked), std::move(huge), std::move(ordinary), lastRead);
                !bodies)
                return bodies;
        }
        done = chunk.isEmpty() ? total : done + int(chunk.size());
        m_progress(phase, done, total);
    }
    return {};
}

// The messages that need no body are stored while the server prepares the bodies: stored
// first, they held the bodies back by a tenth of a second.
MailboxScanner::Done MailboxScanner::readBodies(qint64 folderId,
    QHash<quint32, ScanCache::ScannedMessage> asked, QList<ScanCache::ScannedMessage> huge,
    QList<ScanCache::ScannedMessage> ordinary, bool lastRead)
{
    // These bodies are the last thing asked of the folders to check, unless huge ones
    // follow: the next folder can be opened behind them.
    if (lastRead && huge.isEmpty() && !m_openAhead.isEmpty())
        m_protocol.sendExamineAndFetchAll(std::exchange(m_openAhead, {}), headerFieldsItem(sentFields()));
    QString storeError;
    const auto storeOrdinary = [&] {
        if (!ordinary.isEmpty())
            m_cache.storeScanned(folderId, std::exchange(ordinary, {}), &storeError);
    };
    if (const Done read = readAskedBodies(folderId, &asked, storeOrdinary); !read) {
        storeOrdinary();
        return keepAnalysedAndFail(read.error());
    }
    if (!storeError.isEmpty())
        return Common::Error::localStorage(storeError);
    // Fetched in parts, one small command each, once the bodies asked for are read.
    QList<ScanCache::ScannedMessage> whole;
    if (const Done parts = readInParts(folderId, std::move(huge), &whole); !parts)
        return parts;
    if (whole.isEmpty())
        return {};
    QHash<quint32, ScanCache::ScannedMessage> rest;
    for (ScanCache::ScannedMessage& message : whole)
        rest.insert(message.uid, std::move(message));
    m_protocol.sendFetch(rest.keys(), bodyItem());
    if (const Done read = readAskedBodies(folderId, &rest, {}); !read)
        return keepAnalysedAndFail(read.error());
    return {};
}

// Reads the bodies asked for and hands them to the other cores a slice at a time; what
// came whole before a break is analysed too.
MailboxScanner::Done MailboxScanner::readAskedBodies(
    qint64 folderId, QHash<quint32, ScanCache::ScannedMessage>* asked, const std::function<void()>& meanwhile)
{
    // Set by what runs in the middle of an answer, which is still read to its end.
    QString storeError;
    QList<FetchedBody> fetched;
    quint64 fetchedBytes = 0;
    const Done read = m_protocol.readSentFetches(
        [&](const FetchedMessage& fetchedMessage) {
            auto it = asked->find(fetchedMessage.uid);
            if (it == asked->end())
                return;
            fetched.append({ std::move(it.value()), fetchedMessage.bytes });
            fetchedBytes += quint64(fetchedMessage.bytes.size());
            asked->erase(it);
            if (fetched.size() < BodySlice && fetchedBytes < BodySliceBytes)
                return;
            startAnalysis(folderId, std::exchange(fetched, {}));
            fetchedBytes = 0;
            if (storeError.isEmpty()) {
                if (const Done stored = storeAnalysed(MaxPendingBytes); !stored)
                    storeError = stored.error().message;
            }
        },
        meanwhile);
    startAnalysis(folderId, std::move(fetched));
    if (!read)
        return read;
    if (!storeError.isEmpty())
        return Common::Error::localStorage(storeError);
    return storeAnalysed(MaxPendingBytes);
}

// A huge candidate is mostly its attachments: its structure says which parts carry the
// notice, and only those come over the network.
MailboxScanner::Done MailboxScanner::readInParts(
    qint64 folderId, QList<ScanCache::ScannedMessage> huge, QList<ScanCache::ScannedMessage>* whole)
{
    QHash<quint32, ScanCache::ScannedMessage> byUid;
    for (ScanCache::ScannedMessage& message : huge)
        byUid.insert(message.uid, std::move(message));
    for (const QList<quint32>& uids : UidSet::chunks(byUid.keys(), StructureChunk)) {
        QList<ScanCache::ScannedMessage> chunk;
        for (const quint32 uid : uids)
            chunk.append(byUid.take(uid));
        const auto structures = m_protocol.structures(uids);
        if (!structures)
            return keepAnalysedAndFail(structures.error());
        QList<FetchedBody> fetched;
        for (const ScanCache::ScannedMessage& message : chunk) {
            const auto structure = structures->constFind(message.uid);
            if (structure == structures->cend())
                continue; // expunged meanwhile
            const std::optional<QList<QByteArray>> items = PartialMessage::fetchItems(*structure);
            if (!items) {
                whole->append(message);
                continue;
            }
            const auto sections = m_protocol.sections(message.uid, *items);
            if (!sections)
                return keepAnalysedAndFail(sections.error());
            if (sections->isEmpty())
                continue;
            fetched.append({ message, PartialMessage::assemble(*structure, *sections) });
            ++m_totals->fetchedInParts;
        }
        if (const Done analysed = analyse(folderId, std::move(fetched)); !analysed)
            return analysed;
    }
    return {};
}

void MailboxScanner::startAnalysis(qint64 folderId, QList<FetchedBody> fetched)
{
    if (fetched.isEmpty())
        return;
    m_totals->fetchedBodies += int(fetched.size());
    quint64 bytes = 0;
    for (const FetchedBody& body : std::as_const(fetched))
        bytes += quint64(body.bytes.size());
    // Analysed on the other cores while this thread reads the next answer.
    m_pending.push_back({ folderId,
        std::make_unique<Common::ParallelBatch<ScanCache::ScannedMessage>>(m_pool, std::move(fetched),
            [](const FetchedBody& body) {
                ScanCache::ScannedMessage message = body.message;
                message.report = Analysis::BounceAnalyzer::analyze(body.bytes);
                message.encodedReport = Store::StoredReport::encode(message.report);
                return message;
            }),
        bytes });
    m_pendingBytes += bytes;
}

MailboxScanner::Done MailboxScanner::analyse(qint64 folderId, QList<FetchedBody> fetched)
{
    startAnalysis(folderId, std::move(fetched));
    return storeAnalysed(MaxPendingBytes);
}

// Bodies already analysed are kept when an answer broke off: a reconnected scan goes
// on after them.
Common::Error MailboxScanner::keepAnalysedAndFail(Common::Error error)
{
    if (const Done stored = storeAnalysed(0); !stored)
        qCInfo(lcMail) << "keeping what was analysed:" << stored.error().message;
    return error;
}

MailboxScanner::Done MailboxScanner::storeAnalysed(quint64 stillPendingBytes)
{
    while (!m_pending.empty()
        && (stillPendingBytes == 0 || m_pendingBytes > stillPendingBytes
            || m_pending.front().batch->isFinished())) {
        const qint64 folderId = m_pending.front().folderId;
        const QList<ScanCache::ScannedMessage> analysed = m_pending.front().batch->take();
        m_pendingBytes -= m_pending.front().bytes;
        m_pending.pop_front();
        if (QString failure; !m_cache.storeScanned(folderId, analysed, &failure))
            return Common::Error::localStorage(failure);
    }
    return {};
}

bool MailboxScanner::isPending(qint64 folderId) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
        [folderId](const PendingAnalysis& pending) { return pending.folderId == folderId; });
}

} // namespace Core::Session
