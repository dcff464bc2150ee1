#include "imap/ImapProtocol.h"

#include "common/LogCategories.h"
#include "imap/FetchResponse.h"
#include "imap/FolderRoles.h"
#include "imap/ImapConnection.h"
#include "imap/ResponseAssembler.h"
#include "imap/UidSet.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

#include <vmime/net/imap/IMAPCommand.hpp>
#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPParser.hpp>
#include <vmime/net/imap/IMAPUtils.hpp>
#include <vmime/vmime.hpp>

namespace Core::Imap {

using Parser = vmime::net::imap::IMAPParser;

namespace {

    // What tells whether a folder changed since the last scan.
    constexpr QByteArrayView StatusItems = "MESSAGES UIDNEXT UIDVALIDITY";

    void appendUids(const Parser::uid_set* set, QList<quint32>* uids)
    {
        for (; set; set = set->next_uid_set()) {
            if (set->uniqueid()) {
                uids->append(static_cast<quint32>(set->uniqueid()->value()));
            } else if (const Parser::uid_range* range = set->uid_range()) {
                quint32 first = static_cast<quint32>(range->uniqueid1()->value());
                quint32 last = static_cast<quint32>(range->uniqueid2()->value());
                if (first > last)
                    std::swap(first, last);
                for (quint32 uid = first; uid <= last && uid != 0; ++uid)
                    uids->append(uid);
            }
        }
    }

    // A COPYUID code: "COPYUID validity source-set target-set", pairs in order.
    void readCopyUid(const Parser::resp_text* text, UidMapping* mapping)
    {
        if (!text || !text->resp_text_code()
            || text->resp_text_code()->type() != Parser::resp_text_code::COPYUID)
            return;
        QList<quint32> sources;
        QList<quint32> targets;
        appendUids(text->resp_text_code()->uid_set(), &sources);
        appendUids(text->resp_text_code()->uid_set2(), &targets);
        if (sources.size() != targets.size())
            return;
        for (qsizetype i = 0; i < sources.size(); ++i)
            mapping->insert(sources.at(i), targets.at(i));
    }

    void readStatusCode(const Parser::resp_text* text, FolderStatus* status)
    {
        if (!text || !text->resp_text_code())
            return;
        const Parser::resp_text_code* code = text->resp_text_code();
        switch (code->type()) {
        case Parser::resp_text_code::UIDVALIDITY:
            status->uidValidity = static_cast<quint32>(code->nz_number()->value());
            break;
        case Parser::resp_text_code::UIDNEXT:
            status->uidNext = static_cast<quint32>(code->nz_number()->value());
            break;
        case Parser::resp_text_code::HIGHESTMODSEQ:
            status->highestModSeq = code->mod_sequence_value()->value();
            break;
        default:
            break;
        }
    }

    void readStatusValues(const Parser::status_att_list* values, FolderStatus* status)
    {
        if (!values)
            return;
        for (const Parser::status_att_val* value : values->values()) {
            switch (value->type()) {
            case Parser::status_att_val::MESSAGES:
                status->messages = static_cast<quint32>(value->value_as_number()->value());
                break;
            case Parser::status_att_val::UIDNEXT:
                status->uidNext = static_cast<quint32>(value->value_as_number()->value());
                break;
            case Parser::status_att_val::UIDVALIDITY:
                status->uidValidity = static_cast<quint32>(value->value_as_number()->value());
                break;
            case Parser::status_att_val::HIGHESTMODSEQ:
                status->highestModSeq = value->value_as_mod_sequence_value()->value();
                break;
            default:
                break;
            }
        }
    }

    // A mailbox name as the server wrote it (modified UTF-7) as our path: the same name in
    // UTF-8, with the server's own separator ("INBOX.Trash" stays so).
    QString pathOf(const std::string& name, char separator)
    {
        const auto path = vmime::net::imap::IMAPUtils::stringToPath(separator, name);
        return QString::fromStdString(
            path.toString(std::string(1, separator ? separator : '/'), vmime::charsets::UTF_8));
    }

    QByteArray lowerString(const Parser::xstring* text)
    {
        return text ? QByteArray::fromStdString(text->value()).toLower() : QByteArray();
    }

    quint64 octets(const Parser::body_fields* fields)
    {
        return fields && fields->body_fld_octets() ? fields->body_fld_octets()->value() : 0;
    }

    // A hostile or broken structure nests without end; past this the message is read the
    // plain way (a multipart without parts gives up on the parts).
    constexpr int MaxStructureDepth = 16;

    MessagePart partOf(const Parser::xbody* body, const QByteArray& section, int depth)
    {
        MessagePart part;
        part.section = section;
        if (!body || depth > MaxStructureDepth)
            return part;
        if (const Parser::body_type_mpart* multipart = body->body_type_mpart()) {
            part.mediaType = "multipart/" + lowerString(multipart->media_subtype());
            if (const Parser::body_ext_mpart* extension = multipart->body_ext_mpart();
                extension && extension->body_fld_param()) {
                for (const Parser::body_fld_param_item* item : extension->body_fld_param()->items()) {
                    if (lowerString(item->string1()) == "boundary" && item->string2())
                        part.boundary = QByteArray::fromStdString(item->string2()->value());
                }
            }
            if (depth == MaxStructureDepth)
                return part;
            int index = 0;
            for (const Parser::xbody* child : multipart->list()) {
                const QByteArray number = QByteArray::number(++index);
                part.parts.append(
                    partOf(child, section.isEmpty() ? number : section + '.' + number, depth + 1));
            }
            return part;
        }
        const Parser::body_type_1part* single = body->body_type_1part();
        if (!single)
            return part;
        if (const Parser::body_type_text* text = single->body_type_text()) {
            part.mediaType
                = "text/" + lowerString(text->media_text() ? text->media_text()->media_subtype() : nullptr);
            part.size = octets(text->body_fields());
        } else if (const Parser::body_type_msg* message = single->body_type_msg()) {
            part.mediaType = "message/rfc822";
            part.size = octets(message->body_fields());
        } else if (const Parser::body_type_basic* basic = single->body_type_basic()) {
            if (basic->media_basic())
                part.mediaType = lowerString(basic->media_basic()->media_type()) + '/'
                    + lowerString(basic->media_basic()->media_subtype());
            part.size = octets(basic->body_fields());
        }
        return part;
    }

    QByteArray bytesOf(const Parser::nstring& text)
    {
        const std::string& bytes = text.value();
        return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
    }

    // "BODY[2.MIME]" -> "2.MIME", "BODY[HEADER]" -> "HEADER", "BODY[1]<0>" -> "1".
    QByteArray sectionName(const Parser::section* section)
    {
        QByteArrayList names;
        for (const unsigned int number : section->nz_numbers())
            names.append(QByteArray::number(number));
        const Parser::section_text* text
            = section->section_text1() ? section->section_text1() : section->section_text2();
        if (text) {
            switch (text->type()) {
            case Parser::section_text::HEADER:
                names.append("HEADER");
                break;
            case Parser::section_text::MIME:
                names.append("MIME");
                break;
            case Parser::section_text::TEXT:
                names.append("TEXT");
                break;
            default:
                names.append("FIELDS");
                break;
            }
        }
        return names.join('.');
    }

    // Waits for what the server sends next, as vmime's parser waits: the timeout handler
    // (which a cancel raises) is asked between tries and restarted by every byte.
    void receive(vmime::net::socket& socket, ResponseAssembler* assembler)
    {
        const std::shared_ptr<vmime::net::timeoutHandler> timeout = socket.getTimeoutHandler();
        if (timeout)
            timeout->resetTimeOut();
        std::string bytes;
        while (bytes.empty()) {
            if (timeout && timeout->isTimeOut() && !timeout->handleTimeOut())
                throw vmime::exceptions::operation_timed_out();
            socket.receive(bytes);
            if (bytes.empty()) {
                if (socket.getStatus() & vmime::net::socket::STATUS_WANT_WRITE)
                    socket.waitForWrite();
                else
                    socket.waitForRead();
            }
        }
        assembler->append(QByteArray(bytes.data(), qsizetype(bytes.size())));
    }

    // "OK", "ok done" and "OK [CODE] done" start with the word "OK"; "OKAY" does not.
    bool startsWithWord(QByteArrayView text, QByteArrayView word)
    {
        return text.size() >= word.size() && text.first(word.size()).compare(word, Qt::CaseInsensitive) == 0
            && (text.size() == word.size() || text.at(word.size()) == ' ');
    }

    // "[UNAVAILABLE] Try later." -> "Try later."
    QString textAfterCode(QByteArrayView text)
    {
        if (text.startsWith('[')) {
            const qsizetype close = text.indexOf(']');
            text = close < 0 ? QByteArrayView() : text.sliced(close + 1);
        }
        return QString::fromUtf8(text).simplified();
    }

    // The tag vmime gave the command it sent last, with the space that follows it.
    QByteArray tagOf(vmime::net::imap::IMAPConnection& connection)
    {
        return QByteArray::fromStdString(std::string(*connection.getTag())) + ' ';
    }

    // What SELECT and EXAMINE say of the folder, in their untagged lines and the tagged
    // OK: "* 12 EXISTS", "OK [UIDVALIDITY 3] ..." (RFC 3501, 7162).
    void readOpeningLine(QByteArrayView text, FolderStatus* status)
    {
        if (text.startsWith("* "))
            text = text.sliced(2);
        const qsizetype space = text.indexOf(' ');
        if (space > 0 && startsWithWord(text.sliced(space + 1), "EXISTS")) {
            status->messages = text.first(space).toUInt();
            return;
        }
        if (!startsWithWord(text, "OK") || !text.sliced(2).trimmed().startsWith('['))
            return;
        const QByteArrayView code = text.sliced(text.indexOf('[') + 1);
        const qsizetype end = code.indexOf(']');
        const QList<QByteArray> words = code.first(end < 0 ? 0 : end).toByteArray().split(' ');
        if (words.size() != 2)
            return;
        const QByteArray name = words.first().toUpper();
        if (name == "UIDVALIDITY")
            status->uidValidity = words.last().toUInt();
        else if (name == "UIDNEXT")
            status->uidNext = words.last().toUInt();
        else if (name == "HIGHESTMODSEQ")
            status->highestModSeq = words.last().toULongLong();
    }

} // namespace

class ImapProtocol::Reply {
public:
    explicit Reply(Parser::response* response)
        : m_response(response)
    {
    }

    // Untagged data lines, in the order the server sent them.
    template <typename Visit> void forEachData(Visit visit) const
    {
        for (const Parser::continue_req_or_response_data* item :
            m_response->continue_req_or_response_data()) {
            if (const Parser::response_data* data = item->response_data())
                visit(*data);
        }
    }

    // The attributes of each FETCH line, in the order the server sent them.
    template <typename Visit> void forEachFetch(Visit visit) const
    {
        forEachData([&](const Parser::response_data& data) {
            const Parser::message_data* message = data.message_data();
            if (message && message->type() == Parser::message_data::FETCH && message->msg_att())
                visit(message->msg_att()->items());
        });
    }

    const Parser::resp_text* taggedText() const
    {
        return m_response->response_done()->response_tagged()->resp_cond_state()->resp_text();
    }

private:
    std::unique_ptr<Parser::response> m_response;
};

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
        returns.append("STATUS (" + StatusItems.toByteArray() + ')');
    if (returns.isEmpty())
        return m_connection.folders(error);
    const auto reply
        = run(R"(LIST "" "*" RETURN ()" + returns.join(' ') + ')', tr("list the folders"), error);
    if (!reply)
        return std::nullopt;
    const auto connection = m_connection.protocol();
    const char separator = connection ? connection->hierarchySeparator() : '/';
    QList<FolderInfo> result;
    reply->forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (!mailbox)
            return;
        try {
            if (mailbox->type() == Parser::mailbox_data::STATUS && statuses && mailbox->mailbox()) {
                FolderStatus status;
                readStatusValues(mailbox->status_att_list(), &status);
                statuses->insert(pathOf(mailbox->mailbox()->name(), separator), status);
                return;
            }
            if (mailbox->type() != Parser::mailbox_data::LIST || !mailbox->mailbox_list())
                return;
            const Parser::mailbox_list* list = mailbox->mailbox_list();
            vmime::net::folderAttributes attributes;
            vmime::net::imap::IMAPUtils::mailboxFlagsToFolderAttributes(
                connection, list->mailbox_flag_list(), attributes);
            if (attributes.getFlags() & vmime::net::folderAttributes::FLAG_NO_OPEN)
                return;
            FolderInfo info;
            const char pathSeparator = list->quoted_char() ? list->quoted_char() : separator;
            info.path = pathOf(list->mailbox()->name(), pathSeparator);
            info.role = FolderRoles::roleOf(info.path, QChar::fromLatin1(pathSeparator ? pathSeparator : '/'),
                FolderRoles::attributeOf(attributes.getSpecialUse()));
            result.append(info);
        } catch (const std::exception& failure) {
            qCDebug(lcMail) << "folder name:" << failure.what();
        }
    });
    return result;
}

QByteArray ImapProtocol::mailboxName(const QString& folder) const
{
    const char separator = m_connection.folderSeparator().toLatin1();
    const auto path = vmime::utility::path::fromString(
        folder.toStdString(), std::string(1, separator), vmime::charsets::UTF_8);
    return QByteArray::fromStdString(
        vmime::net::imap::IMAPUtils::quoteString(vmime::net::imap::IMAPUtils::pathToString(separator, path)));
}

std::shared_ptr<vmime::net::imap::IMAPConnection> ImapProtocol::connected(QString* error)
{
    const auto connection = m_connection.protocol();
    m_connectionLost = !connection;
    if (!connection)
        *error = tr("Not connected to a mail server.");
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

std::unique_ptr<ImapProtocol::Reply> ImapProtocol::run(
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
        return std::make_unique<Reply>(response.release());
    } catch (const std::exception& failure) {
        failed(command, failure, error);
        return nullptr;
    }
}

// Answers read straight off the session's socket, for commands sent one after another
// without waiting (each tagged by vmime as it was sent).
class ImapProtocol::Answers {
public:
    Answers(ImapProtocol& protocol, vmime::net::imap::IMAPConnection& connection)
        // vmime hands out its socket as const only; reading it is what its parser does.
        : m_protocol(protocol)
        , m_connection(&connection)
        , m_socket(std::const_pointer_cast<vmime::net::socket>(connection.getSocket()))
        , m_assembler(traceOf(connection.getTracer()))
    {
    }

    bool isOn(const vmime::net::imap::IMAPConnection& connection) const
    {
        return m_connection == &connection;
    }

    // Reads the answer to the command with this tag, handing each untagged response to
    // visit as soon as it is whole. With more, or with fetches sent meanwhile, the next
    // command's answer may follow. Throws vmime's exceptions where the connection is out
    // of step.
    bool read(const QByteArray& tag, const QByteArray& command, const QString& action, bool more,
        const std::function<void(const ImapResponse&)>& visit, QString* error, QByteArray* tagged = nullptr)
    {
        for (;;) {
            while (const std::optional<ImapResponse> response = m_assembler.next()) {
                const QByteArray& text = response->text;
                if (startsWithWord(text, "* BYE")) {
                    m_protocol.m_connectionLost = true;
                    *error = m_protocol.closedByServer();
                    return false;
                }
                if (text.startsWith("* ")) {
                    visit(*response);
                    continue;
                }
                // A continuation request or another command's answer: out of step, as is
                // anything the server sent after the last answer, which vmime would never see.
                const bool answersFollow
                    = more || !m_protocol.m_sentFetches.empty() || m_protocol.m_sentOpening;
                if (!text.startsWith(tag) || (!answersFollow && m_assembler.pendingBytes() > 0))
                    throw vmime::exceptions::invalid_response(
                        command.left(80).toStdString(), text.left(200).toStdString());
                const QByteArrayView status = QByteArrayView(text).sliced(tag.size());
                if (tagged)
                    *tagged = status.toByteArray();
                if (startsWithWord(status, "OK"))
                    return true;
                const qsizetype space = status.indexOf(' ');
                *error = m_protocol.refusedByServer(
                    action, textAfterCode(space < 0 ? QByteArrayView() : status.sliced(space + 1)));
                return false;
            }
            if (!m_assembler.error().isEmpty())
                throw vmime::exceptions::invalid_response(
                    command.left(80).toStdString(), m_assembler.error().toStdString());
            receive(*m_socket, &m_assembler);
        }
    }

private:
    static ResponseAssembler::Trace traceOf(const std::shared_ptr<vmime::net::tracer>& tracer)
    {
        if (!tracer)
            return {};
        return [tracer](const QByteArray& line, qsizetype literalBytes) {
            if (literalBytes < 0)
                tracer->traceReceive(line.toStdString());
            else
                tracer->traceReceiveBytes(size_t(literalBytes));
        };
    }

    ImapProtocol& m_protocol;
    const vmime::net::imap::IMAPConnection* m_connection;
    std::shared_ptr<vmime::net::socket> m_socket;
    ResponseAssembler m_assembler;
};

void ImapProtocol::dropSent()
{
    m_answers.reset();
    m_sentFetches.clear();
    m_sentOpening.reset();
    m_sendError.clear();
}

ImapProtocol::Answers& ImapProtocol::answersOn(vmime::net::imap::IMAPConnection& connection)
{
    if (!m_answers || !m_answers->isOn(connection))
        m_answers = std::make_unique<Answers>(*this, connection);
    return *m_answers;
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
    const std::function<void(const ImapResponse&)>& visit, QString* error)
{
    try {
        const auto connection = send(command, error);
        if (!connection)
            return false;
        return answersOn(*connection).read(tagOf(*connection), command, action, false, visit, error);
    } catch (const std::exception& failure) {
        failed(command, failure, error);
        return false;
    }
}

std::optional<FolderStatus> ImapProtocol::status(const QString& folder, QString* error)
{
    const auto reply = run("STATUS " + mailboxName(folder) + " (" + StatusItems.toByteArray() + ')',
        tr("report on the folder \"%1\"").arg(folder), error);
    if (!reply)
        return std::nullopt;
    FolderStatus status;
    reply->forEachData([&](const Parser::response_data& data) {
        const Parser::mailbox_data* mailbox = data.mailbox_data();
        if (mailbox && mailbox->type() == Parser::mailbox_data::STATUS)
            readStatusValues(mailbox->status_att_list(), &status);
    });
    return status;
}

QByteArray ImapProtocol::openCommand(const QString& folder, bool readOnly) const
{
    // HIGHESTMODSEQ comes with the opening, for the folders that are read: asked for in
    // STATUS it made Dovecot's answer for every folder half again as slow, on every scan.
    const QByteArray condStore
        = hasCapability("CONDSTORE") ? QByteArrayLiteral(" (CONDSTORE)") : QByteArray();
    return (readOnly ? "EXAMINE " : "SELECT ") + mailboxName(folder) + condStore;
}

std::optional<FolderStatus> ImapProtocol::open(const QString& folder, bool readOnly, QString* error)
{
    const auto reply = run(openCommand(folder, readOnly), tr("open the folder \"%1\"").arg(folder), error);
    if (!reply)
        return std::nullopt;
    FolderStatus status;
    reply->forEachData([&](const Parser::response_data& data) {
        if (const Parser::mailbox_data* mailbox = data.mailbox_data()) {
            if (mailbox->type() == Parser::mailbox_data::EXISTS && mailbox->number())
                status.messages = static_cast<quint32>(mailbox->number()->value());
        } else if (const Parser::resp_cond_state* state = data.resp_cond_state()) {
            readStatusCode(state->resp_text(), &status);
        }
    });
    readStatusCode(reply->taggedText(), &status);
    return status;
}

bool ImapProtocol::leave(QString* error)
{
    // Without UNSELECT the folder stays selected until the next one is: harmless, as
    // only CLOSE would expunge.
    if (!hasCapability("UNSELECT"))
        return true;
    return run("UNSELECT", tr("leave the folder"), error) != nullptr;
}

std::optional<QList<quint32>> ImapProtocol::searchUids(const QByteArray& criteria, QString* error)
{
    const auto reply = run("UID SEARCH " + criteria, tr("search the folder"), error);
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

QByteArray ImapProtocol::fetchCommand(const QByteArray& uidSet, const QByteArray& item)
{
    return "UID FETCH " + uidSet + " (UID RFC822.SIZE " + item + ')';
}

bool ImapProtocol::fetchSet(const QByteArray& uidSet, const QByteArray& item,
    const std::function<void(const FetchedMessage&)>& visit, QString* error)
{
    SectionReader sections(visit);
    return stream(
               fetchCommand(uidSet, item), tr("send messages"),
               [&](const ImapResponse& response) { sections.read(response); }, error)
        && sections.readAll(m_connection, error);
}

void ImapProtocol::sendFetch(const QList<quint32>& uids, const QByteArray& item)
{
    if (!m_sendError.isEmpty())
        return;
    for (const QList<quint32>& chunk : UidSet::chunks(uids, uids.size())) {
        const QByteArray command = fetchCommand(UidSet::format(chunk), item);
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
            const bool read
                = answersOn(*connection)
                      .read(
                          sent.tag, sent.command, tr("send messages"), false,
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
    const QByteArray fetch = fetchCommand("1:*", item);
    try {
        std::optional<SentOpening> sent = std::exchange(m_sentOpening, std::nullopt);
        if (!sent || sent->examine.command != examine || sent->fetch.command != fetch)
            sent = sendOpening(examine, fetch, error);
        const auto connection = sent ? connected(error) : nullptr;
        if (!connection)
            return std::nullopt;
        const QByteArray& examineTag = sent->examine.tag;
        const QByteArray& fetchTag = sent->fetch.tag;
        Answers& answers = answersOn(*connection);
        FolderStatus status;
        QByteArray tagged;
        bool wanted = answers.read(
            examineTag, examine, tr("open the folder \"%1\"").arg(folder), true,
            [&](const ImapResponse& response) { readOpeningLine(response.text, &status); }, error, &tagged);
        if (m_connectionLost)
            return std::nullopt;
        if (wanted) {
            readOpeningLine(tagged, &status);
            wanted = opened(status, error);
        }
        // The fetch's answer is read in any case, to stay in step. After a refused EXAMINE
        // no folder is selected (RFC 3501 6.3.1), and the server refuses the fetch too.
        SectionReader sections(visit);
        QString fetchError;
        const bool fetched = answers.read(
            fetchTag, fetch, tr("send messages"), false,
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
        m_sentOpening = sendOpening(examine, fetchCommand("1:*", item), &m_sendError);
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
    const auto reply
        = run("UID FETCH " + UidSet::format(uids) + " (UID BODYSTRUCTURE)", tr("describe messages"), error);
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
            result.insert(uid, partOf(body, QByteArray(), 0));
    });
    return result;
}

std::optional<QHash<QByteArray, QByteArray>> ImapProtocol::sections(
    quint32 uid, const QList<QByteArray>& items, QString* error)
{
    const auto reply = run("UID FETCH " + QByteArray::number(uid) + " (UID " + items.join(' ') + ')',
        tr("send messages"), error);
    if (!reply)
        return std::nullopt;
    QHash<QByteArray, QByteArray> result;
    reply->forEachFetch([&](const std::vector<Parser::msg_att_item*>& attributes) {
        quint32 answeredUid = 0;
        QHash<QByteArray, QByteArray> found;
        for (const Parser::msg_att_item* attribute : attributes) {
            if (attribute->type() == Parser::msg_att_item::UID) {
                answeredUid = static_cast<quint32>(attribute->unique_id()->value());
            } else if (attribute->type() == Parser::msg_att_item::BODY_SECTION && attribute->section()
                && attribute->nstring()) {
                found.insert(sectionName(attribute->section()), bytesOf(*attribute->nstring()));
            }
        }
        if (answeredUid == uid && result.isEmpty())
            result = std::move(found);
    });
    return result;
}

std::optional<UidMapping> ImapProtocol::transfer(const QByteArray& verb, const QList<quint32>& uids,
    const QString& target, const QString& action, QString* error)
{
    UidMapping mapping;
    if (uids.isEmpty())
        return mapping;
    const auto reply
        = run("UID " + verb + ' ' + UidSet::format(uids) + ' ' + mailboxName(target), action, error);
    if (!reply)
        return std::nullopt;
    // MOVE reports COPYUID in an untagged OK before the expunges, COPY in the tagged one.
    reply->forEachData([&](const Parser::response_data& data) {
        if (data.resp_cond_state())
            readCopyUid(data.resp_cond_state()->resp_text(), &mapping);
    });
    readCopyUid(reply->taggedText(), &mapping);
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
    return run("UID STORE " + UidSet::format(uids) + " +FLAGS.SILENT (\\Deleted)",
               tr("mark messages as deleted"), error)
        != nullptr;
}

bool ImapProtocol::clearDeleted(const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    return run("UID STORE " + UidSet::format(uids) + " -FLAGS.SILENT (\\Deleted)", tr("restore messages"),
               error)
        != nullptr;
}

bool ImapProtocol::expunge(const QList<quint32>& uids, QString* error)
{
    if (uids.isEmpty())
        return true;
    return run("UID EXPUNGE " + UidSet::format(uids), tr("remove the moved messages"), error) != nullptr;
}

} // namespace Core::Imap
