#include "imap/ImapProtocol.h"

#include "common/LogCategories.h"
#include "imap/BodyStructure.h"
#include "imap/CopyUidCode.h"
#include "imap/FetchResponse.h"
#include "imap/FolderListing.h"
#include "imap/ImapCommand.h"
#include "imap/ImapConnection.h"
#include "imap/OpeningAnswer.h"
#include "imap/ParsedResponse.h"
#include "imap/PipelinedAnswers.h"
#include "imap/StatusAnswer.h"
#include "imap/UidSet.h"

#include <QSet>

#include <utility>

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    // The tag vmime gave the command it sent last, with the space that follows it.
    QByteArray tagOf(vmime::net::imap::IMAPConnection& connection)
    {
        return QByteArray::fromStdString(std::string(*connection.getTag())) + ' ';
    }

} // namespace

ImapProtocol::ImapProtocol(ImapConnection& connection)
    : m_connection(connection)
{
}

ImapProtocol::~ImapProtocol() = default;

bool ImapProtocol::hasCapability(const char* name) const
{
    if (m_connection.announcedCapabilities().isKnown())
        return m_connection.announcedCapabilities().has(name);
    const auto connection = m_connection.protocol();
    try {
        return connection && connection->hasCapability(name);
    } catch (const std::exception& failure) {
        qCDebug(lcMail) << "capabilities:" << failure.what();
        return false;
    }
}

std::optional<QList<FolderInfo>> ImapProtocol::folders(QString* error, QHash<QString, FolderStatus>* statuses)
{
    QByteArrayList returns;
    if (hasCapability("SPECIAL-USE"))
        returns.append("SPECIAL-USE");
    if (statuses && hasCapability("LIST-STATUS"))
        returns.append("STATUS (" + ImapCommand::StatusItems + ')');
    const auto reply = run(ImapCommand::list(returns), tr("list the folders"), error);
    if (!reply)
        return std::nullopt;
    const auto connection = m_connection.protocol();
    return FolderListing::read(
        *reply, connection, connection ? connection->hierarchySeparator() : '/', statuses);
}

QByteArray ImapProtocol::mailboxName(const QString& folder) const
{
    return ImapCommand::mailboxName(folder, m_connection.folderSeparator());
}

std::shared_ptr<vmime::net::imap::IMAPConnection> ImapProtocol::connected(QString* error)
{
    const auto connection = m_connection.protocol();
    m_connectionLost = !connection;
    if (!connection)
        *error = m_connection.notConnected();
    return connection;
}

std::shared_ptr<vmime::net::imap::IMAPConnection> ImapProtocol::send(
    const QByteArray& command, QString* error)
{
    const auto connection = connected(error);
    if (connection)
        vmime::net::imap::IMAPCommand::createCommand(command.toStdString())->send(connection);
    return connection;
}

void ImapProtocol::failed(const QByteArray& command, const std::exception& failure, QString* error)
{
    // Whatever vmime throws mid-command leaves the connection out of step, and nothing
    // sent on it will be answered.
    m_connectionLost = true;
    dropSent();
    *error = m_connection.fail(failure);
    qCDebug(lcMail) << "command failed:" << command.left(80) << failure.what();
}

std::unique_ptr<ParsedResponse> ImapProtocol::run(
    const QByteArray& command, const QString& action, QString* error)
{
    try {
        const auto connection = send(command, error);
        if (!connection)
            return nullptr;
        std::unique_ptr<Parser::response> response(connection->readResponse());
        const Parser::response_done* done = response->response_done();
        if (!done || done->response_fatal() || !done->response_tagged()) {
            m_connectionLost = true;
            *error = closedByServer();
            return nullptr;
        }
        const Parser::resp_cond_state* state = done->response_tagged()->resp_cond_state();
        if (state->status() != Parser::resp_cond_state::OK) {
            const QString said = state->resp_text()
                ? QString::fromStdString(state->resp_text()->text()).simplified()
                : QString();
            *error = refusedByServer(action, said);
            return nullptr;
        }
        return std::make_unique<ParsedResponse>(std::move(response));
    } catch (const std::exception& failure) {
        failed(command, failure, error);
        return nullptr;
    }
}

void ImapProtocol::dropSent()
{
    m_answers.reset();
    m_sentFetches.clear();
    m_sentOpening.reset();
    m_sendError.clear();
}

PipelinedAnswers& ImapProtocol::answersOn(vmime::net::imap::IMAPConnection& connection)
{
    if (!m_answers || !m_answers->isOn(connection))
        m_answers = std::make_unique<PipelinedAnswers>(connection);
    return *m_answers;
}

bool ImapProtocol::readAnswer(PipelinedAnswers& answers, const QByteArray& tag, const QByteArray& command,
    const QString& action, bool more, const std::function<void(const ImapResponse&)>& visit, QString* error,
    QByteArray* tagged)
{
    const PipelinedAnswers::Ending ending = answers.read(
        tag, command, [&] { return more || !m_sentFetches.empty() || m_sentOpening; }, visit);
    if (tagged)
        *tagged = ending.status;
    switch (ending.kind) {
    case PipelinedAnswers::Ending::Kind::Ok:
        return true;
    case PipelinedAnswers::Ending::Kind::Refused:
        *error = refusedByServer(action, ending.said);
        return false;
    case PipelinedAnswers::Ending::Kind::Closed:
        m_connectionLost = true;
        *error = closedByServer();
        return false;
    }
    return false;
}

QString ImapProtocol::closedByServer() const
{
    return tr("The mail server %1 closed the connection. Try again later.").arg(m_connection.address().host);
}

QString ImapProtocol::refusedByServer(const QString& action, const QString& said) const
{
    return tr("The mail server %1 refused to %2: %3").arg(m_connection.address().host, action, said);
}

bool ImapProtocol::stream(const QByteArray& command, const QString& action,
    const std::function<void(const ImapResponse&)>& visit, QString* error, QByteArray* tagged)
{
    try {
        const auto connection = send(command, error);
        if (!connection)
            return false;
        return readAnswer(
            answersOn(*connection), tagOf(*connection), command, action, false, visit, error, tagged);
    } catch (const std::exception& failure) {
        failed(command, failure, error);
        return false;
    }
}

std::optional<FolderStatus> ImapProtocol::status(const QString& folder, QString* error)
{
    const auto reply
        = run(ImapCommand::status(mailboxName(folder)), tr("report on the folder \"%1\"").arg(folder), error);
    if (!reply)
        return std::nullopt;
    FolderStatus status;
    reply->forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (mailbox && mailbox->type() == Parser::mailbox_data::STATUS)
            StatusAnswer::read(mailbox->status_att_list(), &status);
    });
    return status;
}

QByteArray ImapProtocol::openCommand(const QString& folder, bool readOnly) const
{
    // HIGHESTMODSEQ comes with the opening, for the folders that are read: asked for in
    // STATUS it made Dovecot's answer for every folder half again as slow, on every scan.
    return ImapCommand::open(mailboxName(folder), readOnly, hasCapability("CONDSTORE"));
}

std::optional<FolderStatus> ImapProtocol::open(const QString& folder, bool readOnly, QString* error)
{
    FolderStatus status;
    QByteArray tagged;
    if (!stream(
            openCommand(folder, readOnly), tr("open the folder \"%1\"").arg(folder),
            [&](const ImapResponse& response) { OpeningAnswer::read(response.text, &status); }, error,
            &tagged))
        return std::nullopt;
    OpeningAnswer::read(tagged, &status);
    return status;
}

bool ImapProtocol::leave(QString* error)
{
    // Without UNSELECT the folder stays selected until the next one is: harmless, as
    // only CLOSE would expunge.
    if (!hasCapability("UNSELECT"))
        return true;
    return run(ImapCommand::unselect(), tr("leave the folder"), error) != nullptr;
}

std::optional<QList<quint32>> ImapProtocol::searchUids(const QByteArray& criteria, QString* error)
{
    const auto reply = run(ImapCommand::search(criteria), tr("search the folder"), error);
    if (!reply)
        return std::nullopt;
    QList<quint32> uids;
    reply->forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (!mailbox || mailbox->type() != Parser::mailbox_data::SEARCH)
            return;
        for (const Parser::nz_number* number : mailbox->search_nz_number_list())
            uids.append(static_cast<quint32>(number->value()));
    });
    return uids;
}

bool ImapProtocol::fetch(const QList<quint32>& uids, const QByteArray& item,
    const std::function<void(const FetchedMessage&)>& visit, QString* error)
{
    return uids.isEmpty() || fetchSet(UidSet::format(uids), item, visit, error);
}

bool ImapProtocol::fetchAll(
    const QByteArray& item, const std::function<void(const FetchedMessage&)>& visit, QString* error)
{
    return fetchSet("1:*", item, visit, error);
}

// The messages of a UID FETCH answer. The server may add unasked FETCH lines (flag
// changes by other programs): only a line that carries the section counts, and each
// UID once.
class ImapProtocol::SectionReader {
public:
    explicit SectionReader(const std::function<void(const FetchedMessage&)>& visit)
        : m_visit(visit)
    {
    }

    void read(const ImapResponse& response)
    {
        FetchResponse fetched;
        switch (FetchResponse::read(response, &fetched)) {
        case FetchResponse::Reading::NotFetch:
            return;
        case FetchResponse::Reading::Malformed:
            if (m_malformed.isEmpty())
                m_malformed = response.text.left(200);
            return;
        case FetchResponse::Reading::Read:
            break;
        }
        if (fetched.uid == 0 || fetched.sections.isEmpty() || m_delivered.contains(fetched.uid))
            return;
        m_delivered.insert(fetched.uid);
        m_visit({ fetched.uid, fetched.size.value_or(0), std::move(fetched.sections.first().bytes) });
    }

    // After the whole answer was read (so the connection is still in step): whether
    // every message in it could be read.
    bool readAll(ImapConnection& connection, QString* error) const
    {
        if (m_malformed.isEmpty())
            return true;
        *error = connection.fail(vmime::exceptions::invalid_response("UID FETCH", m_malformed.toStdString()));
        return false;
    }

private:
    const std::function<void(const FetchedMessage&)>& m_visit;
    QSet<quint32> m_delivered;
    QByteArray m_malformed;
};

bool ImapProtocol::fetchSet(const QByteArray& uidSet, const QByteArray& item,
    const std::function<void(const FetchedMessage&)>& visit, QString* error)
{
    SectionReader sections(visit);
    return stream(
               ImapCommand::fetch(uidSet, item), tr("send messages"),
               [&](const ImapResponse& response) { sections.read(response); }, error)
        && sections.readAll(m_connection, error);
}

void ImapProtocol::sendFetch(const QList<quint32>& uids, const QByteArray& item)
{
    if (!m_sendError.isEmpty())
        return;
    for (const QList<quint32>& chunk : UidSet::chunks(uids, uids.size())) {
        const QByteArray command = ImapCommand::fetch(UidSet::format(chunk), item);
        try {
            const auto connection = send(command, &m_sendError);
            if (!connection)
                return;
            m_sentFetches.push_back({ tagOf(*connection), command });
        } catch (const std::exception& failure) {
            // Not failed(): the reader it would drop may be reading an answer right now.
            // That answer breaks off too, and its own failure cleans up.
            m_connectionLost = true;
            m_sendError = m_connection.fail(failure);
            return;
        }
    }
}

bool ImapProtocol::readSentFetches(const std::function<void(const FetchedMessage&)>& visit, QString* error,
    const std::function<void()>& meanwhile)
{
    if (meanwhile)
        meanwhile();
    // On a lost connection nothing sent, the folder opened ahead included, is answered.
    const auto lost = [this] {
        dropSent();
        return false;
    };
    bool readAll = true;
    if (!m_sendError.isEmpty()) {
        *error = std::exchange(m_sendError, {});
        readAll = false;
        if (m_connectionLost)
            return lost();
    }
    QByteArray command;
    try {
        while (!m_sentFetches.empty()) {
            const auto connection = connected(error);
            if (!connection)
                return lost();
            const SentFetch sent = m_sentFetches.front();
            m_sentFetches.pop_front();
            command = sent.command;
            SectionReader sections(visit);
            QString fetchError;
            const bool read = readAnswer(
                                  answersOn(*connection), sent.tag, sent.command, tr("send messages"), false,
                                  [&](const ImapResponse& response) { sections.read(response); }, &fetchError)
                && sections.readAll(m_connection, &fetchError);
            if (read)
                continue;
            if (readAll || m_connectionLost)
                *error = fetchError;
            readAll = false;
            if (m_connectionLost)
                return lost();
        }
    } catch (const std::exception& failure) {
        failed(command, failure, error);
        return false;
    }
    return readAll;
}

std::optional<FolderStatus> ImapProtocol::examineAndFetchAll(const QString& folder, const QByteArray& item,
    const std::function<bool(const FolderStatus&, QString*)>& opened,
    const std::function<void(const FetchedMessage&)>& visit, QString* error)
{
    const QByteArray examine = openCommand(folder, true);
    const QByteArray fetch = ImapCommand::fetch("1:*", item);
    try {
        std::optional<SentOpening> sent = std::exchange(m_sentOpening, std::nullopt);
        if (!sent || sent->examine.command != examine || sent->fetch.command != fetch)
            sent = sendOpening(examine, fetch, error);
        const auto connection = sent ? connected(error) : nullptr;
        if (!connection)
            return std::nullopt;
        const QByteArray& examineTag = sent->examine.tag;
        const QByteArray& fetchTag = sent->fetch.tag;
        PipelinedAnswers& answers = answersOn(*connection);
        FolderStatus status;
        QByteArray tagged;
        bool wanted = readAnswer(
            answers, examineTag, examine, tr("open the folder \"%1\"").arg(folder), true,
            [&](const ImapResponse& response) { OpeningAnswer::read(response.text, &status); }, error,
            &tagged);
        if (m_connectionLost)
            return std::nullopt;
        if (wanted) {
            OpeningAnswer::read(tagged, &status);
            wanted = opened(status, error);
        }
        // The fetch's answer is read in any case, to stay in step. After a refused EXAMINE
        // no folder is selected (RFC 3501 6.3.1), and the server refuses the fetch too.
        SectionReader sections(visit);
        QString fetchError;
        const bool fetched = readAnswer(
            answers, fetchTag, fetch, tr("send messages"), false,
            [&](const ImapResponse& response) {
                if (wanted)
                    sections.read(response);
            },
            &fetchError);
        if (!wanted)
            return std::nullopt;
        // Some servers refuse "1:*" in a folder emptied since it was counted.
        if (!fetched && !m_connectionLost && status.messages == 0)
            return status;
        if (!fetched) {
            *error = fetchError;
            return std::nullopt;
        }
        if (!sections.readAll(m_connection, error))
            return std::nullopt;
        return status;
    } catch (const std::exception& failure) {
        failed(examine, failure, error);
        return std::nullopt;
    }
}

void ImapProtocol::sendExamineAndFetchAll(const QString& folder, const QByteArray& item)
{
    const QByteArray examine = openCommand(folder, true);
    try {
        m_sentOpening = sendOpening(examine, ImapCommand::fetch("1:*", item), &m_sendError);
    } catch (const std::exception& failure) {
        // As for a fetch that cannot be sent: what reads next finds the connection gone.
        m_connectionLost = true;
        m_sendError = m_connection.fail(failure);
    }
}

std::optional<ImapProtocol::SentOpening> ImapProtocol::sendOpening(
    const QByteArray& examine, const QByteArray& fetch, QString* error)
{
    const auto connection = send(examine, error);
    if (!connection)
        return std::nullopt;
    SentOpening sent;
    sent.examine = { tagOf(*connection), examine };
    send(fetch, error);
    sent.fetch = { tagOf(*connection), fetch };
    return sent;
}

std::optional<QHash<quint32, MessagePart>> ImapProtocol::structures(
    const QList<quint32>& uids, QString* error)
{
    QHash<quint32, MessagePart> result;
    if (uids.isEmpty())
        return result;
    const auto reply = run(ImapCommand::structures(uids), tr("describe messages"), error);
    if (!reply)
        return std::nullopt;
    reply->forEachFetch([&](const std::vector<Parser::msg_att_item*>& attributes) {
        quint32 uid = 0;
        const Parser::xbody* body = nullptr;
        for (const Parser::msg_att_item* attribute : attributes) {
            if (attribute->type() == Parser::msg_att_item::UID)
                uid = static_cast<quint32>(attribute->unique_id()->value());
            else if (attribute->type() == Parser::msg_att_item::BODY_STRUCTURE)
                body = attribute->body();
        }
        if (uid != 0 && body && !result.contains(uid))
            result.insert(uid, BodyStructure::read(body));
    });
    return result;
}

std::optional<QHash<QByteArray, QByteArray>> ImapProtocol::sections(
    quint32 uid, const QList<QByteArray>& items, QString* error)
{
    QHash<QByteArray, QByteArray> result;
    bool answered = false;
    QByteArray malformed;
    const bool read = stream(
        ImapCommand::sections(uid, items), tr("send messages"),
        [&](const ImapResponse& response) {
            FetchResponse fetched;
            switch (FetchResponse::read(response, &fetched)) {
            case FetchResponse::Reading::NotFetch:
                return;
            case FetchResponse::Reading::Malformed:
                malformed = response.text.left(200);
                return;
            case FetchResponse::Reading::Read:
                break;
            }
            // Other FETCH lines may come unasked (flag changes): only the first of this UID.
            if (fetched.uid != uid || answered)
                return;
            answered = true;
            for (FetchResponse::Section& section : fetched.sections)
                result.insert(section.name.toUpper(), std::move(section.bytes));
        },
        error);
    if (!read)
        return std::nullopt;
    if (!answered && !malformed.isEmpty()) {
        *error = m_connection.fail(vmime::exceptions::invalid_response("UID FETCH", malformed.toStdString()));
        return std::nullopt;
    }
    return result;
}

std::optional<UidMapping> ImapProtocol::transfer(const QByteArray& verb, const QList<quint32>& uids,
    const QString& target, const QString& action, QString* error)
{
    UidMapping mapping;
    if (uids.isEmpty())
        return mapping;
    const auto reply = run(ImapCommand::transfer(verb, uids, mailboxName(target)), action, error);
    if (!reply)
        return std::nullopt;
    // MOVE reports COPYUID in an untagged OK before the expunges, COPY in the tagged one.
    reply->forEachData([&](const Parser::response_data& data) {
        if (data.resp_cond_state())
            CopyUidCode::read(data.resp_cond_state()->resp_text(), &mapping);
    });
    CopyUidCode::read(reply->taggedText(), &mapping);
    return mapping;
}

std::optional<UidMapping> ImapProtocol::move(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return transfer("MOVE", uids, target, tr("move messages to \"%1\"").arg(target), error);
}

std::optional<UidMapping> ImapProtocol::copy(
    const QList<quint32>& uids, const QString& target, QString* error)
{
    return transfer("COPY", uids, target, tr("copy messages to \"%1\"").arg(target), error);
}

bool ImapProtocol::markDeleted(const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    return run(ImapCommand::setDeleted(uids, true), tr("mark messages as deleted"), error) != nullptr;
}

bool ImapProtocol::clearDeleted(const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    return run(ImapCommand::setDeleted(uids, false), tr("restore messages"), error) != nullptr;
}

bool ImapProtocol::expunge(const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    return run(ImapCommand::expunge(uids), tr("remove the moved messages"), error) != nullptr;
}

} // namespace Core::Imap
