#include "session/MailboxCleaner.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Core::Session {

using Store::ActionLog;
using Entry = Store::ActionLog::Entry;
using State = Store::ActionLog::State;
using Transfer = Mail::Mailbox::Transfer;

namespace {

    // Dovecot spends about a quarter of a second on each MOVE in a 10,000-message folder,
    // however few it moves: 250 per command made a 3,778-message clean take 4 s. A
    // command cut off leaves at most this many to look for, which recover() does in one
    // search.
    constexpr qsizetype TransferChunk = 1000;

    bool isAway(State state)
    {
        return state == State::Moved || state == State::Flagged;
    }

} // namespace

MailboxCleaner::MailboxCleaner(Mail::Mailbox& mailbox, Store::ScanCache& cache, ActionLog& log)
    : m_mailbox(mailbox)
    , m_cache(cache)
    , m_log(log)
{
}

Common::Error MailboxCleaner::refusal(const QString& message)
{
    return { Common::Problem::Other, message };
}

MailboxCleaner::Result<QList<MailboxCleaner::Candidate>> MailboxCleaner::candidates(
    const QString& folder, const QStringList& verdicts) const
{
    return candidatesWhere(folder,
        [&](const Store::ScanCache::ScannedMessage& message) { return verdicts.contains(message.verdict); });
}

MailboxCleaner::Result<QList<MailboxCleaner::Candidate>> MailboxCleaner::candidates(
    const QString& folder, const QList<quint32>& uids) const
{
    const QSet<quint32> wanted(uids.cbegin(), uids.cend());
    return candidatesWhere(folder,
        [&](const Store::ScanCache::ScannedMessage& message) { return wanted.contains(message.uid); });
}

MailboxCleaner::Result<QList<MailboxCleaner::Candidate>> MailboxCleaner::candidatesWhere(
    const QString& folder, const std::function<bool(const Store::ScanCache::ScannedMessage&)>& wanted) const
{
    QString failure;
    const auto cached = m_cache.folder(folder, &failure);
    if (!cached)
        return Common::Error::localStorage(failure);
    if (cached->uidValidity == 0)
        return refusal(tr("The folder \"%1\" has not been scanned yet. Run scan first.").arg(folder));
    QList<Candidate> result;
    const bool read = m_cache.forEachScanned(
        cached->id,
        [&](const Store::ScanCache::ScannedMessage& message) {
            if (wanted(message))
                result.append({ message.uid, message.messageId, message.size, message.verdict });
        },
        &failure);
    if (!read)
        return Common::Error::localStorage(failure);
    return result;
}

MailboxCleaner::Result<QString> MailboxCleaner::trashFolder()
{
    return m_mailbox.trashFolder();
}

MailboxCleaner::Result<QSet<quint32>> MailboxCleaner::stillThere(
    const QList<Entry>& entries, Deleted deletedOnes)
{
    QHash<quint32, const Entry*> byUid;
    for (const Entry& entry : entries) {
        if (entry.sourceUid != 0)
            byUid.insert(entry.sourceUid, &entry);
    }
    QSet<quint32> present;
    const Done identified = m_mailbox.identify(byUid.keys(), [&](const Mail::Mailbox::Identity& message) {
        const Entry* entry = byUid.value(message.uid);
        if (!entry)
            return;
        // Without a Message-ID the size is what the scan can recognise the message by.
        const bool same = entry->messageId.isEmpty() ? message.size == entry->size
                                                     : message.messageId == entry->messageId;
        if (same)
            present.insert(message.uid);
        else
            qCInfo(lcMail) << "UID" << message.uid << "no longer holds the scanned message";
    });
    if (!identified)
        return identified.error();
    if (deletedOnes == Deleted::Counted)
        return present;
    // Flagged \Deleted by a clean on a server that can only flag, or by another program: on
    // its way out already, and a copy of it in the Trash would be one too many.
    const auto deleted = m_mailbox.deleted();
    if (!deleted)
        return deleted.error();
    for (const quint32 uid : *deleted)
        present.remove(uid);
    return present;
}

MailboxCleaner::Result<QList<quint32>> MailboxCleaner::findAgain(
    const QList<const Entry*>& entries, QSet<quint32>& claimed)
{
    QList<quint32> found;
    if (entries.isEmpty())
        return found;
    // One read of the whole folder: a HEADER search per message makes the server read every
    // message's header each time (minutes for a few thousand).
    QHash<QString, QList<quint32>> byMessageId;
    QHash<quint64, QList<quint32>> bySize; // messages without a Message-ID
    const Done identified = m_mailbox.identifyAll([&](const Mail::Mailbox::Identity& message) {
        if (message.messageId.isEmpty())
            bySize[message.size].append(message.uid);
        else
            byMessageId[message.messageId].append(message.uid);
    });
    if (!identified)
        return identified.error();
    // A copy already flagged \Deleted (the undo of a flag-only clean marks them so) is not
    // the one to bring back.
    const auto deleted = m_mailbox.deleted();
    if (!deleted)
        return deleted.error();
    claimed.unite(QSet<quint32>(deleted->cbegin(), deleted->cend()));
    for (const Entry* entry : entries) {
        found.append(0);
        QList<quint32> hits
            = entry->messageId.isEmpty() ? bySize.value(entry->size) : byMessageId.value(entry->messageId);
        hits.removeIf([&](quint32 uid) { return claimed.contains(uid); });
        // Without a Message-ID only the size is left to know it by: trusted when exactly one
        // message has it. With one, the newest copy is the one that came last.
        if (hits.isEmpty() || (entry->messageId.isEmpty() && hits.size() != 1))
            continue;
        found.last() = *std::max_element(hits.cbegin(), hits.cend());
        claimed.insert(found.last());
    }
    return found;
}

MailboxCleaner::Done MailboxCleaner::transfer(QList<Entry>& entries, const QString& target, Outcome* outcome)
{
    QString failure;
    const bool canMove = m_mailbox.transfer() == Transfer::Move;
    const bool canExpungeUids = m_mailbox.transfer() == Transfer::CopyThenExpunge;
    for (qsizetype start = 0; start < entries.size(); start += TransferChunk) {
        const qsizetype end = qMin(entries.size(), start + TransferChunk);
        QList<quint32> uids;
        for (qsizetype i = start; i < end; ++i)
            uids.append(entries.at(i).sourceUid);
        const auto mapping = canMove ? m_mailbox.move(uids, target) : m_mailbox.copy(uids, target);
        if (!mapping)
            return mapping.error(); // still Planned in the log: recover() finds out where they are
        // A UID the server no longer had is passed over without a word (RFC 3501 6.4.8): what
        // moved is what COPYUID names, or without it, what is gone from here.
        std::optional<QSet<quint32>> leftBehind;
        if (mapping->isEmpty() && canMove) {
            const auto there = stillThere(entries.mid(start, end - start), Deleted::Counted);
            if (!there)
                return there.error();
            leftBehind = *there;
        }
        QList<Entry> chunk;
        QList<quint32> copied;
        for (qsizetype i = start; i < end; ++i) {
            Entry& entry = entries[i];
            entry.targetUid = mapping->value(entry.sourceUid);
            const bool arrived = mapping->isEmpty() ? !(leftBehind && leftBehind->contains(entry.sourceUid))
                                                    : entry.targetUid != 0;
            entry.state = !arrived ? State::Skipped : canMove ? State::Moved : State::Copied;
            if (entry.state == State::Copied)
                copied.append(entry.sourceUid);
            outcome->moved += canMove && arrived;
            chunk.append(entry);
        }
        if (!m_log.update(chunk, &failure))
            return Common::Error::localStorage(failure);
        if (!canMove) {
            if (const Done flagged = m_mailbox.setDeleted(copied, true); !flagged)
                return flagged;
            // Exactly these UIDs; a plain EXPUNGE would take other programs' \Deleted mail too.
            if (canExpungeUids) {
                if (const Done expunged = m_mailbox.expunge(copied); !expunged)
                    return expunged;
            }
            outcome->flaggedOnly = outcome->flaggedOnly || !canExpungeUids;
            QList<Entry> done;
            for (qsizetype i = start; i < end; ++i) {
                if (entries[i].state == State::Copied) {
                    entries[i].state = canExpungeUids ? State::Moved : State::Flagged;
                    done.append(entries[i]);
                }
            }
            if (!m_log.update(done, &failure))
                return Common::Error::localStorage(failure);
            outcome->moved += int(done.size());
        }
    }
    return {};
}

MailboxCleaner::Done MailboxCleaner::forgetMoved(const QString& folder, const QList<Entry>& entries)
{
    QString failure;
    const auto cached = m_cache.folder(folder, &failure);
    if (!cached)
        return Common::Error::localStorage(failure);
    QList<quint32> uids;
    for (const Entry& entry : entries) {
        if (isAway(entry.state))
            uids.append(entry.sourceUid);
    }
    if (!m_cache.forget(cached->id, uids, &failure))
        return Common::Error::localStorage(failure);
    return {};
}

MailboxCleaner::Done MailboxCleaner::clean(
    const QString& folder, const QString& trash, const QList<Candidate>& messages, Outcome* outcome)
{
    if (folder == trash)
        return refusal(tr("These messages are in the Trash already."));
    outcome->trash = trash;
    QList<Entry> entries;
    for (const Candidate& message : messages)
        entries.append({ 0, folder, message.uid, message.messageId, message.size, trash, 0, State::Planned });
    QString failure;
    const auto actionId = m_log.begin(QStringLiteral("clean"), 0, entries, &failure);
    if (!actionId)
        return Common::Error::localStorage(failure);
    outcome->actionId = *actionId;
    entries = m_log.entries(*actionId);

    const auto cached = m_cache.folder(folder, &failure);
    if (!cached)
        return Common::Error::localStorage(failure);
    const auto uidValidity = m_mailbox.select(folder);
    if (!uidValidity)
        return uidValidity.error();
    QList<Entry> movable;
    QList<Entry> skipped;
    if (*uidValidity != cached->uidValidity) {
        skipped = entries;
    } else {
        const auto present = stillThere(entries, Deleted::Left);
        if (!present)
            return present.error();
        for (Entry& entry : entries) {
            if (present->contains(entry.sourceUid)) {
                movable.append(entry);
            } else {
                entry.state = State::Skipped;
                skipped.append(entry);
            }
        }
    }
    for (Entry& entry : skipped)
        entry.state = State::Skipped;
    outcome->skipped = int(skipped.size());
    if (!m_log.update(skipped, &failure))
        return Common::Error::localStorage(failure);
    const Done moved = transfer(movable, trash, outcome);
    outcome->entries = skipped + movable;
    if (!moved)
        return moved;
    if (const Done forgotten = forgetMoved(folder, movable); !forgotten)
        return forgotten;
    if (const Done left = m_mailbox.leave(); !left)
        return left;
    if (!m_log.finish(*actionId, QStringLiteral("done"), &failure))
        return Common::Error::localStorage(failure);
    if (*uidValidity != cached->uidValidity)
        return refusal(
            tr("The folder \"%1\" was renumbered since the last scan, so nothing was moved. Scan again.")
                .arg(folder));
    return {};
}

MailboxCleaner::Done MailboxCleaner::undo(qint64 actionId, Outcome* outcome)
{
    const auto action = m_log.action(actionId);
    if (!action || action->kind != u"clean")
        return refusal(tr("There is no clean action %1 to undo.").arg(actionId));
    if (m_log.isUndone(actionId))
        return refusal(tr("Clean action %1 was undone already.").arg(actionId));
    QString failure;
    // An earlier undo of this clean that was cut short put some back already: those are not
    // looked for in the Trash again, nor counted again.
    QHash<std::pair<QString, quint64>, int> putBackEarlier;
    for (const ActionLog::Action& earlier : m_log.undosOf(actionId)) {
        for (const Entry& entry : m_log.entries(earlier.id)) {
            if (isAway(entry.state))
                ++putBackEarlier[{ entry.messageId, entry.size }];
        }
    }
    // The way back: from where each message went to where it was. A flagged original
    // never left, so its UID at home is known already. One that stayed home as far as an
    // interrupted clean could see is looked for in the Trash too.
    QList<Entry> back;
    QList<bool> stayed; // by index in back
    for (const Entry& entry : m_log.entries(actionId)) {
        if (entry.state != State::Moved && entry.state != State::Flagged && entry.state != State::Stayed)
            continue;
        int& earlier = putBackEarlier[{ entry.messageId, entry.size }];
        if (earlier > 0) {
            --earlier;
            ++outcome->alreadyBack;
            continue;
        }
        back.append({ 0, entry.targetFolder, entry.targetUid, entry.messageId, entry.size, entry.sourceFolder,
            entry.state == State::Flagged ? entry.sourceUid : 0, State::Planned });
        stayed.append(entry.state == State::Stayed);
    }
    if (!back.isEmpty()) {
        outcome->trash = back.first().sourceFolder;
        if (const auto selected = m_mailbox.select(outcome->trash); !selected)
            return selected.error();
        // Where each message is in the Trash now: where the COPYUID answer said if it still
        // holds that message, else wherever its Message-ID is.
        const auto present = stillThere(back, Deleted::Left);
        if (!present)
            return present.error();
        QSet<quint32> claimed = *present;
        QList<qsizetype> lost;
        QList<const Entry*> wanted;
        for (qsizetype i = 0; i < back.size(); ++i) {
            if (back.at(i).targetUid == 0 && !present->contains(back.at(i).sourceUid)) {
                lost.append(i);
                wanted.append(&back.at(i));
            }
        }
        const auto found = findAgain(wanted, claimed);
        if (!found)
            return found.error();
        QList<qsizetype> stayedHome;
        for (qsizetype i = 0; i < lost.size(); ++i) {
            Entry& entry = back[lost.at(i)];
            entry.sourceUid = found->at(i);
            if (entry.sourceUid != 0)
                continue;
            if (stayed.at(lost.at(i))) {
                stayedHome.append(lost.at(i));
                continue;
            }
            entry.state = State::Skipped;
            ++outcome->notFound;
            ++outcome->skipped;
        }
        for (auto it = stayedHome.crbegin(); it != stayedHome.crend(); ++it)
            back.removeAt(*it);
    }
    if (back.isEmpty() && outcome->alreadyBack == 0)
        return refusal(tr("Clean action %1 moved nothing, so there is nothing to put back.").arg(actionId));
    const QString home = back.isEmpty() ? QString() : back.first().targetFolder;
    const auto undoId = m_log.begin(QStringLiteral("undo"), actionId, back, &failure);
    if (!undoId)
        return Common::Error::localStorage(failure);
    outcome->actionId = *undoId;
    QList<Entry> logged = m_log.entries(*undoId);
    QList<Entry> toMove;
    QList<Entry> toUnflag;
    QList<Entry> notFound;
    for (const Entry& entry : std::as_const(logged)) {
        if (entry.state == State::Skipped)
            notFound.append(entry);
        else if (entry.targetUid != 0)
            toUnflag.append(entry);
        else
            toMove.append(entry);
    }
    if (const Done moved = transfer(toMove, home, outcome); !moved)
        return moved;
    for (const Entry& entry : std::as_const(toMove))
        outcome->skipped += entry.state == State::Skipped;
    if (!toUnflag.isEmpty()) {
        // The originals never left, unless the mail program has emptied deleted items since:
        // those that are still home lose their \Deleted flag and the copies get it; those
        // that are gone come back from the Trash as the others do.
        QList<Entry> originals;
        for (Entry entry : std::as_const(toUnflag)) {
            entry.sourceUid = entry.targetUid;
            originals.append(entry);
        }
        if (const auto selected = m_mailbox.select(home); !selected)
            return selected.error();
        const auto atHome = stillThere(originals, Deleted::Counted);
        if (!atHome)
            return atHome.error();
        QList<quint32> unflag;
        QList<quint32> copies;
        QList<Entry> gone;
        for (Entry& entry : toUnflag) {
            if (atHome->contains(entry.targetUid)) {
                unflag.append(entry.targetUid);
                if (entry.sourceUid != 0)
                    copies.append(entry.sourceUid);
                entry.state = State::Moved;
            } else {
                entry.targetUid = 0;
                gone.append(entry);
            }
        }
        if (const Done unflagged = m_mailbox.setDeleted(unflag, false); !unflagged)
            return unflagged;
        if (const auto selected = m_mailbox.select(outcome->trash); !selected)
            return selected.error();
        if (const Done flagged = m_mailbox.setDeleted(copies, true); !flagged)
            return flagged;
        toUnflag.removeIf([](const Entry& entry) { return entry.state != State::Moved; });
        if (!m_log.update(toUnflag, &failure))
            return Common::Error::localStorage(failure);
        outcome->moved += int(toUnflag.size());
        if (const Done moved = transfer(gone, home, outcome); !moved)
            return moved;
        for (const Entry& entry : std::as_const(gone))
            outcome->skipped += entry.state == State::Skipped;
        toUnflag += gone;
    }
    outcome->entries = toMove + toUnflag + notFound;
    if (!outcome->trash.isEmpty()) {
        if (const Done left = m_mailbox.leave(); !left)
            return left;
    }
    if (!m_log.finish(*undoId, QStringLiteral("done"), &failure))
        return Common::Error::localStorage(failure);
    return {};
}

MailboxCleaner::Done MailboxCleaner::recover()
{
    QString failure;
    for (const ActionLog::Action& action : m_log.running()) {
        QList<Entry> entries = m_log.entries(action.id);
        QStringList sources;
        for (const Entry& entry : std::as_const(entries)) {
            if (!sources.contains(entry.sourceFolder))
                sources.append(entry.sourceFolder);
        }
        bool opened = false;
        for (const QString& source : std::as_const(sources)) {
            QList<Entry*> pending;
            for (Entry& entry : entries) {
                if (entry.sourceFolder == source
                    && (entry.state == State::Planned || entry.state == State::Copied))
                    pending.append(&entry);
            }
            if (pending.isEmpty())
                continue;
            if (const auto selected = m_mailbox.select(source); !selected)
                return selected.error();
            opened = true;
            QList<Entry> probe;
            for (const Entry* entry : std::as_const(pending))
                probe.append(*entry);
            const auto present = stillThere(probe, Deleted::Counted);
            if (!present)
                return present.error();
            QList<quint32> finishCopies;
            QList<Entry*> lookInTarget;
            for (Entry* entry : std::as_const(pending)) {
                const bool here = entry->sourceUid != 0 && present->contains(entry->sourceUid);
                if (entry->state == State::Copied) {
                    if (here)
                        finishCopies.append(entry->sourceUid);
                    else
                        entry->state = State::Moved;
                } else if (here) {
                    entry->state = State::Stayed; // not moved (yet): the next clean takes it
                } else if (entry->sourceUid != 0) {
                    lookInTarget.append(entry);
                } else {
                    entry->state = State::Skipped;
                }
            }
            if (!finishCopies.isEmpty()) {
                const bool canExpungeUids = m_mailbox.transfer() == Transfer::CopyThenExpunge;
                if (const Done flagged = m_mailbox.setDeleted(finishCopies, true); !flagged)
                    return flagged;
                if (canExpungeUids) {
                    if (const Done expunged = m_mailbox.expunge(finishCopies); !expunged)
                        return expunged;
                }
                for (Entry* entry : std::as_const(pending)) {
                    if (entry->state == State::Copied)
                        entry->state = canExpungeUids ? State::Moved : State::Flagged;
                }
            }
            if (!lookInTarget.isEmpty()) {
                const QString target = lookInTarget.first()->targetFolder;
                if (const auto selected = m_mailbox.select(target); !selected)
                    return selected.error();
                // What the server's answers put in the log is taken: the rest is among the others.
                QSet<quint32> claimed;
                for (const Entry& entry : std::as_const(entries)) {
                    if (entry.targetFolder == target && entry.targetUid != 0 && entry.state != State::Planned)
                        claimed.insert(entry.targetUid);
                }
                const auto found = findAgain({ lookInTarget.cbegin(), lookInTarget.cend() }, claimed);
                if (!found)
                    return found.error();
                for (qsizetype i = 0; i < lookInTarget.size(); ++i) {
                    Entry* entry = lookInTarget.at(i);
                    entry->targetUid = found->at(i);
                    // Gone from its folder and not in the target: another program removed it.
                    entry->state = entry->targetUid != 0 ? State::Moved : State::Skipped;
                }
            }
        }
        if (!m_log.update(entries, &failure))
            return Common::Error::localStorage(failure);
        for (const QString& source : std::as_const(sources)) {
            if (const Done forgotten = forgetMoved(source, entries); !forgotten)
                return forgotten;
        }
        if (opened) {
            if (const Done left = m_mailbox.leave(); !left)
                return left;
        }
        if (!m_log.finish(action.id, QStringLiteral("interrupted"), &failure))
            return Common::Error::localStorage(failure);
        qCInfo(lcMail) << "settled interrupted action" << action.id;
    }
    return {};
}

} // namespace Core::Session
