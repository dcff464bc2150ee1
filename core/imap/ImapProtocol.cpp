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

    // A FETCH answer with messages that cannot be read: the server's fault, and the
    // connection stays in step because the whole answer was read.
    Common::Error malformedFetch(ImapConnection& connection, const QByteArray& malformed)
    {
        Common::Error error
            = connection.fail(vmime::exceptions::invalid_response("UID FETCH", malformed.toStdString()));
        error.kind = Common::Problem::ServerRefused;
        return error;
    }

    // "* 4 EXISTS", "* 2 EXPUNGE", "* VANISHED 7": the folder's messages changed. Flags
    // and the server's "* OK still here" do not count.
    bool announcesChange(const QByteArray& response)
    {
        const QByteArrayList words = response.split(' ');
        if (words.size() < 2 || words.first() != "*")
            return false;
        const auto is = [](const QByteArray& word, const char* name) {
            return word.compare(name, Qt::CaseInsensitive) == 0;
        };
        return is(words.at(1), "VANISHED")
            || (words.size() > 2 && (is(words.at(2), "EXISTS") || is(words.at(2), "EXPUNGE")));
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

ImapProtocol::Result<QList<FolderInfo>> ImapProtocol::folders(QHash<QString, FolderStatus>* statuses)
{
    QByteArrayList returns;
    if (hasCapability("SPECIAL-USE"))
        returns.append("SPECIAL-USE");
    if (statuses && hasCapability("LIST-STATUS"))
        returns.append("STATUS (" + ImapCommand::StatusItems + ')');
    const auto reply = run(ImapCommand::list(returns), tr("list the folders"));
    if (!reply)
        return reply.error();
    const auto connection = m_connection.protocol();
    return FolderListing::read(**reply, connection ? connection->hierarchySeparator() : '/', statuses);
}

QByteArray ImapProtocol::mailboxName(const QString& folder) const
{
    return ImapCommand::mailboxName(folder, m_connection.folderSeparator());
}

ImapProtocol::Result<ImapProtocol::Connection> ImapProtocol::connected()
{
    if (Connection connection = m_connection.protocol())
        return connection;
    return m_connection.notConnected();
}

ImapProtocol::Result<ImapProtocol::Connection> ImapProtocol::send(const QByteArray& command)
{
    auto connection = connected();
    if (connection)
        vmime::net::imap::IMAPCommand::createCommand(command.toStdString())->send(*connection);
    return connection;
}

Common::Error ImapProtocol::failed(const QByteArray& command, const std::exception& failure)
{
    // Whatever vmime throws mid-command leaves the connection out of step, and nothing
    // sent on it will be answered.
    dropSent();
    qCDebug(lcMail) << "command failed:" << command.left(80) << failure.what();
    return broken(failure);
}

Common::Error ImapProtocol::broken(const std::exception& failure)
{
    Common::Error error = m_connection.fail(failure);
    if (error.kind != Common::Problem::Cancelled)
        error.kind = Common::Problem::ConnectionLost;
    return error;
}

ImapProtocol::Result<std::unique_ptr<ParsedResponse>> ImapProtocol::run(
    const QByteArray& command, const QString& action)
{
    try {
        const auto connection = send(command);
        if (!connection)
            return connection.error();
        std::unique_ptr<Parser::response> response((*connection)->readResponse());
        const Parser::response_done* done = response->response_done();
        if (!done || done->response_fatal() || !done->response_tagged())
            return closedByServer();
        const Parser::resp_cond_state* state = done->response_tagged()->resp_cond_state();
        if (state->status() != Parser::resp_cond_state::OK) {
            const QString said = state->resp_text()
                ? QString::fromStdString(state->resp_text()->text()).simplified()
                : QString();
            return refusedByServer(action, said);
        }
        return std::make_unique<ParsedResponse>(std::move(response));
    } catch (const std::exception& failure) {
        return failed(command, failure);
    }
}

void ImapProtocol::dropSent()
{
    m_answers.reset();
    m_sentFetches.clear();
    m_sentOpening.reset();
    m_sendError.reset();
}

PipelinedAnswers& ImapProtocol::answersOn(vmime::net::imap::IMAPConnection& connection)
{
    if (!m_answers || !m_answers->isOn(connection))
        m_answers = std::make_unique<PipelinedAnswers>(connection);
    return *m_answers;
}

ImapProtocol::Done ImapProtocol::readAnswer(PipelinedAnswers& answers, const QByteArray& tag,
    const QByteArray& command, const QString& action, bool more,
    const std::function<void(const ImapResponse&)>& visit, QByteArray* tagged)
{
    const PipelinedAnswers::Ending ending = answers.read(
        tag, command, [&] { return more || !m_sentFetches.empty() || m_sentOpening; }, visit);
    if (tagged)
        *tagged = ending.status;
    switch (ending.kind) {
    case PipelinedAnswers::Ending::Kind::Ok:
        return {};
    case PipelinedAnswers::Ending::Kind::Refused:
        return refusedByServer(action, ending.said);
    case PipelinedAnswers::Ending::Kind::Closed:
    case PipelinedAnswers::Ending::Kind::GoAhead: // read() never ends at one
        break;
    }
    return closedByServer();
}

Common::Error ImapProtocol::closedByServer() const
{
    return { Common::Problem::ConnectionLost,
        tr("The mail server %1 closed the connection. Try again later.").arg(m_connection.address().host) };
}

Common::Error ImapProtocol::refusedByServer(const QString& action, const QString& said) const
{
    return { Common::Problem::ServerRefused,
        tr("The mail server %1 refused to %2: %3").arg(m_connection.address().host, action, said) };
}

ImapProtocol::Done ImapProtocol::stream(const QByteArray& command, const QString& action,
    const std::function<void(const ImapResponse&)>& visit, QByteArray* tagged)
{
    try {
        const auto connection = send(command);
        if (!connection)
            return connection.error();
        return readAnswer(
            answersOn(**connection), tagOf(**connection), command, action, false, visit, tagged);
    } catch (const std::exception& failure) {
        return failed(command, failure);
    }
}

ImapProtocol::Result<FolderStatus> ImapProtocol::status(const QString& folder)
{
    const auto reply
        = run(ImapCommand::status(mailboxName(folder)), tr("report on the folder \"%1\"").arg(folder));
    if (!reply)
        return reply.error();
    FolderStatus status;
    (*reply)->forEachData([&](const Parser::response_data& data) {
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

ImapProtocol::Result<FolderStatus> ImapProtocol::open(const QString& folder, bool readOnly)
{
    FolderStatus status;
    QByteArray tagged;
    const Done opened = stream(
        openCommand(folder, readOnly), tr("open the folder \"%1\"").arg(folder),
        [&](const ImapResponse& response) { OpeningAnswer::read(response.text, &status); }, &tagged);
    if (!opened)
        return opened.error();
    OpeningAnswer::read(tagged, &status);
    return status;
}

ImapProtocol::Done ImapProtocol::leave()
{
    // Without UNSELECT the folder stays selected until the next one is: harmless, as
    // only CLOSE would expunge.
    if (!hasCapability("UNSELECT"))
        return {};
    const auto reply = run(ImapCommand::unselect(), tr("leave the folder"));
    return reply ? Done() : Done(reply.error());
}

ImapProtocol::Result<bool> ImapProtocol::waitForChange(std::chrono::milliseconds longest)
{
    const QByteArray command = ImapCommand::idle();
    const QString action = tr("wait for new mail");
    try {
        const auto connection = send(command);
        if (!connection)
            return connection.error();
        PipelinedAnswers& answers = answersOn(**connection);
        const QByteArray tag = tagOf(**connection);
        bool changed = false;
        const auto notice
            = [&](const ImapResponse& response) { changed = changed || announcesChange(response.text); };
        const PipelinedAnswers::Ending started = answers.readGoAhead(tag, command, notice);
        switch (started.kind) {
        case PipelinedAnswers::Ending::Kind::GoAhead:
            break;
        case PipelinedAnswers::Ending::Kind::Ok:
            return changed;
        case PipelinedAnswers::Ending::Kind::Refused:
            return refusedByServer(action, started.said);
        case PipelinedAnswers::Ending::Kind::Closed:
            return closedByServer();
        }
        const auto until = std::chrono::steady_clock::now() + longest;
        while (!changed) {
            const std::optional<ImapResponse> response = answers.nextUntil(until);
            if (!response)
                break;
            if (PipelinedAnswers::startsWithWord(response->text, "* BYE"))
                return closedByServer();
            // Only news may come while idling: an answer now is out of step.
            if (!response->text.startsWith("* "))
                throw vmime::exceptions::invalid_response(
                    command.toStdString(), response->text.left(200).toStdString());
            notice(*response);
        }
        if (const auto tracer = (*connection)->getTracer())
            tracer->traceSend(ImapCommand::IdleDone.trimmed().toStdString());
        (*connection)
            ->sendRaw(reinterpret_cast<const vmime::byte_t*>(ImapCommand::IdleDone.constData()),
                size_t(ImapCommand::IdleDone.size()));
        const Done ended = readAnswer(answers, tag, command, action, false, notice);
        if (!ended)
            return ended.error();
        return changed;
    } catch (const std::exception& failure) {
        return failed(command, failure);
    }
}

ImapProtocol::Result<QList<quint32>> ImapProtocol::searchUids(const QByteArray& criteria)
{
    const auto reply = run(ImapCommand::search(criteria), tr("search the folder"));
    if (!reply)
        return reply.error();
    QList<quint32> uids;
    (*reply)->forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (!mailbox || mailbox->type() != Parser::mailbox_data::SEARCH)
            return;
        for (const Parser::nz_number* number : mailbox->search_nz_number_list())
            uids.append(static_cast<quint32>(number->value()));
    });
    return uids;
}

ImapProtocol::Done ImapProtocol::fetch(const QList<quint32>& uids, const QByteArray& item, const Visit& visit)
{
    if (uids.isEmpty())
        return {};
    return fetchSet(UidSet::format(uids), item, visit);
}

ImapProtocol::Done ImapProtocol::fetchAll(const QByteArray& item, const Visit& visit)
{
    return fetchSet("1:*", item, visit);
}

// The messages of a UID FETCH answer. The server may add unasked FETCH lines (flag
// changes by other programs): only a line that carries the section counts, and each
// UID once.
class ImapProtocol::SectionReader {
public:
    explicit SectionReader(const Visit& visit)
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
    Done readAll(ImapConnection& connection) const
    {
        if (m_malformed.isEmpty())
            return {};
        return malformedFetch(connection, m_malformed);
    }

private:
    const Visit& m_visit;
    QSet<quint32> m_delivered;
    QByteArray m_malformed;
};

ImapProtocol::Done ImapProtocol::fetchSet(
    const QByteArray& uidSet, const QByteArray& item, const Visit& visit)
{
    SectionReader sections(visit);
    const Done read = stream(ImapCommand::fetch(uidSet, item), tr("send messages"),
        [&](const ImapResponse& response) { sections.read(response); });
    return read ? sections.readAll(m_connection) : read;
}

void ImapProtocol::sendFetch(const QList<quint32>& uids, const QByteArray& item)
{
    if (m_sendError)
        return;
    for (const QList<quint32>& chunk : UidSet::chunks(uids, uids.size())) {
        const QByteArray command = ImapCommand::fetch(UidSet::format(chunk), item);
        try {
            const auto connection = send(command);
            if (!connection) {
                m_sendError = connection.error();
                return;
            }
            m_sentFetches.push_back({ tagOf(**connection), command });
        } catch (const std::exception& failure) {
            // Not failed(): the reader it would drop may be reading an answer right now.
            // That answer breaks off too, and its own failure cleans up.
            m_sendError = broken(failure);
            return;
        }
    }
}

ImapProtocol::Done ImapProtocol::readSentFetches(const Visit& visit, const std::function<void()>& meanwhile)
{
    if (meanwhile)
        meanwhile();
    std::optional<Common::Error> firstError = std::exchange(m_sendError, std::nullopt);
    // On a lost connection nothing sent, the folder opened ahead included, is answered.
    if (firstError && firstError->endsConnection()) {
        dropSent();
        return *firstError;
    }
    QByteArray command;
    try {
        while (!m_sentFetches.empty()) {
            const auto connection = connected();
            if (!connection) {
                dropSent();
                return connection.error();
            }
            const SentFetch sent = m_sentFetches.front();
            m_sentFetches.pop_front();
            command = sent.command;
            SectionReader sections(visit);
            Done read = readAnswer(answersOn(**connection), sent.tag, sent.command, tr("send messages"),
                false, [&](const ImapResponse& response) { sections.read(response); });
            if (read)
                read = sections.readAll(m_connection);
            if (read)
                continue;
            if (read.error().endsConnection()) {
                dropSent();
                return read.error();
            }
            if (!firstError)
                firstError = read.error();
        }
    } catch (const std::exception& failure) {
        return failed(command, failure);
    }
    if (firstError)
        return *firstError;
    return {};
}

ImapProtocol::Result<FolderStatus> ImapProtocol::examineAndFetchAll(const QString& folder,
    const QByteArray& item, const std::function<Done(const FolderStatus&)>& opened, const Visit& visit)
{
    const QByteArray examine = openCommand(folder, true);
    const QByteArray fetch = ImapCommand::fetch("1:*", item);
    try {
        std::optional<SentOpening> sent = std::exchange(m_sentOpening, std::nullopt);
        if (!sent || sent->examine.command != examine || sent->fetch.command != fetch) {
            auto sentNow = sendOpening(examine, fetch);
            if (!sentNow)
                return sentNow.error();
            sent = *sentNow;
        }
        const auto connection = connected();
        if (!connection)
            return connection.error();
        PipelinedAnswers& answers = answersOn(**connection);
        FolderStatus status;
        QByteArray tagged;
        Done wanted = readAnswer(
            answers, sent->examine.tag, examine, tr("open the folder \"%1\"").arg(folder), true,
            [&](const ImapResponse& response) { OpeningAnswer::read(response.text, &status); }, &tagged);
        if (!wanted && wanted.error().endsConnection())
            return wanted.error();
        if (wanted) {
            OpeningAnswer::read(tagged, &status);
            wanted = opened(status);
        }
        // The fetch's answer is read in any case, to stay in step. After a refused EXAMINE
        // no folder is selected (RFC 3501 6.3.1), and the server refuses the fetch too.
        SectionReader sections(visit);
        const Done fetched = readAnswer(
            answers, sent->fetch.tag, fetch, tr("send messages"), false, [&](const ImapResponse& response) {
                if (wanted)
                    sections.read(response);
            });
        if (!wanted)
            return wanted.error();
        if (!fetched) {
            // Some servers refuse "1:*" in a folder emptied since it was counted.
            if (!fetched.error().endsConnection() && status.messages == 0)
                return status;
            return fetched.error();
        }
        const Done readAll = sections.readAll(m_connection);
        if (!readAll)
            return readAll.error();
        return status;
    } catch (const std::exception& failure) {
        return failed(examine, failure);
    }
}

void ImapProtocol::sendExamineAndFetchAll(const QString& folder, const QByteArray& item)
{
    const QByteArray examine = openCommand(folder, true);
    try {
        auto sent = sendOpening(examine, ImapCommand::fetch("1:*", item));
        if (sent)
            m_sentOpening = *sent;
        else
            m_sendError = sent.error();
    } catch (const std::exception& failure) {
        // As for a fetch that cannot be sent: what reads next finds the connection gone.
        m_sendError = broken(failure);
    }
}

ImapProtocol::Result<ImapProtocol::SentOpening> ImapProtocol::sendOpening(
    const QByteArray& examine, const QByteArray& fetch)
{
    const auto connection = send(examine);
    if (!connection)
        return connection.error();
    SentOpening sent;
    sent.examine = { tagOf(**connection), examine };
    const auto fetchSent = send(fetch);
    if (!fetchSent)
        return fetchSent.error();
    sent.fetch = { tagOf(**fetchSent), fetch };
    return sent;
}

ImapProtocol::Result<QHash<quint32, MessagePart>> ImapProtocol::structures(const QList<quint32>& uids)
{
    QHash<quint32, MessagePart> result;
    if (uids.isEmpty())
        return result;
    const auto reply = run(ImapCommand::structures(uids), tr("describe messages"));
    if (!reply)
        return reply.error();
    (*reply)->forEachFetch([&](const std::vector<Parser::msg_att_item*>& attributes) {
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

ImapProtocol::Result<QHash<QByteArray, QByteArray>> ImapProtocol::sections(
    quint32 uid, const QList<QByteArray>& items)
{
    QHash<QByteArray, QByteArray> result;
    bool answered = false;
    QByteArray malformed;
    const Done read
        = stream(ImapCommand::sections(uid, items), tr("send messages"), [&](const ImapResponse& response) {
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
          });
    if (!read)
        return read.error();
    if (!answered && !malformed.isEmpty()) {
        return malformedFetch(m_connection, malformed);
    }
    return result;
}

ImapProtocol::Result<UidMapping> ImapProtocol::transfer(
    const QByteArray& verb, const QList<quint32>& uids, const QString& target, const QString& action)
{
    UidMapping mapping;
    if (uids.isEmpty())
        return mapping;
    // MOVE reports COPYUID in an untagged OK before the expunges, COPY in the tagged one.
    QByteArray tagged;
    const Done moved = stream(
        ImapCommand::transfer(verb, uids, mailboxName(target)), action,
        [&](const ImapResponse& response) { CopyUidCode::read(response.text, &mapping); }, &tagged);
    if (!moved)
        return moved.error();
    CopyUidCode::read(tagged, &mapping);
    return mapping;
}

ImapProtocol::Result<UidMapping> ImapProtocol::move(const QList<quint32>& uids, const QString& target)
{
    return transfer("MOVE", uids, target, tr("move messages to \"%1\"").arg(target));
}

ImapProtocol::Result<UidMapping> ImapProtocol::copy(const QList<quint32>& uids, const QString& target)
{
    return transfer("COPY", uids, target, tr("copy messages to \"%1\"").arg(target));
}

ImapProtocol::Done ImapProtocol::markDeleted(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return {};
    const auto reply = run(ImapCommand::setDeleted(uids, true), tr("mark messages as deleted"));
    return reply ? Done() : Done(reply.error());
}

ImapProtocol::Done ImapProtocol::clearDeleted(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return {};
    const auto reply = run(ImapCommand::setDeleted(uids, false), tr("restore messages"));
    return reply ? Done() : Done(reply.error());
}

ImapProtocol::Done ImapProtocol::expunge(const QList<quint32>& uids)
{
    if (uids.isEmpty())
        return {};
    const auto reply = run(ImapCommand::expunge(uids), tr("remove the moved messages"));
    return reply ? Done() : Done(reply.error());
}

} // namespace Core::Imap
