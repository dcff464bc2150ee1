#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "common/Error.h"
#include "imap/FolderInfo.h"
#include "imap/FolderStatus.h"
#include "imap/MessagePart.h"
#include "imap/UidMapping.h"

#include <chrono>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace vmime::net::imap {
class IMAPConnection;
}

namespace Core::Imap {

class ImapConnection;
class ParsedResponse;
class PipelinedAnswers;
struct ImapResponse;

struct FetchedMessage {
    quint32 uid = 0;
    quint64 size = 0; // the whole message's size on the server
    QByteArray bytes; // the section that was asked for
};

// The IMAP commands vmime's folder API cannot say or says wrongly (it fetches without
// .PEEK, expunges every \Deleted message, knows no MOVE), sent as raw commands on the
// session's own connection, and the pipelining of fetches. Their text comes from
// ImapCommand; each kind of answer has one reader: OpeningAnswer (SELECT, EXAMINE),
// FetchResponse (FETCH sections), StatusAnswer, FolderListing (LIST), BodyStructure,
// CopyUidCode. Small answers are parsed by vmime (ParsedResponse), the ones that carry
// mail or open a folder are cut by PipelinedAnswers. One folder at a time is selected on
// that connection. Every vmime exception stops here.
class ImapProtocol {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::ImapProtocol)

public:
    template <typename T> using Result = Common::Result<T>;
    using Done = Common::Done;
    using Visit = std::function<void(const FetchedMessage&)>;

    explicit ImapProtocol(ImapConnection& connection);
    ~ImapProtocol();

    // A failure's kind says what can follow: ConnectionLost (dropped, timed out, out of
    // step) and Cancelled need a new connection; after ServerRefused the connection goes on.

    bool hasCapability(const char* name) const;
    // Every folder with what it is for. Asks with LIST ... RETURN (SPECIAL-USE) where the
    // server knows it (some send the attributes only when asked), else lists plainly.
    // With statuses, and where the server has LIST-STATUS (RFC 5819), the same round trip
    // also answers STATUS for every folder.
    Result<QList<FolderInfo>> folders(QHash<QString, FolderStatus>* statuses = nullptr);
    // Without selecting the folder: the cheap "has anything changed?" question.
    Result<FolderStatus> status(const QString& folder);
    // EXAMINE (readOnly: nothing changes, nothing is marked read) or SELECT.
    Result<FolderStatus> open(const QString& folder, bool readOnly);
    // Leaves the selected folder without expunging anything (never CLOSE).
    Done leave();
    // IDLE (RFC 2177) in the selected folder: waits until the server tells that a message
    // came or went, or until longest has passed (false then), and ends the IDLE, so that
    // the connection is ready for the next command. Where the server has IDLE.
    Result<bool> waitForChange(std::chrono::milliseconds longest);
    // RFC 2177: a server may end an IDLE after 30 minutes of it.
    static constexpr std::chrono::minutes LongestIdle { 29 };

    // UID SEARCH in the selected folder; criteria as IMAP says them ("ALL").
    Result<QList<quint32>> searchUids(const QByteArray& criteria);
    // UID FETCH uids (UID RFC822.SIZE item) in one command; item is one BODY.PEEK[...]
    // section. Messages gone from the folder are simply missing from what visit sees.
    Done fetch(const QList<quint32>& uids, const QByteArray& item, const Visit& visit);
    // The same fetch sent now, in as many commands as the UIDs need, without waiting for
    // any answer: also from the visit of another fetch, whose answer is still arriving.
    // The server answers it next, with no round trip in between. Its messages come from
    // readSentFetches(), which must follow before any other command.
    void sendFetch(const QList<quint32>& uids, const QByteArray& item);
    // Reads the answers to every fetch sent, in order; meanwhile runs first, while the
    // server prepares them. Each is read to its end even when one is refused, so that the
    // connection stays in step.
    Done readSentFetches(const Visit& visit, const std::function<void()>& meanwhile = {});
    // The same for every message in the folder (UID FETCH 1:*).
    Done fetchAll(const QByteArray& item, const Visit& visit);
    // EXAMINE folder and UID FETCH 1:* of item, sent together: one round trip, not two.
    // opened sees the folder's state first and says whether its messages are wanted (with
    // the reason when not): a folder found changed is read to the end of the answer and
    // handed to nobody.
    Result<FolderStatus> examineAndFetchAll(const QString& folder, const QByteArray& item,
        const std::function<Done(const FolderStatus&)>& opened, const Visit& visit);
    // Sends those two commands now, behind the fetches sent: the server opens the folder
    // as soon as it has answered them, with no round trip in between. The next command
    // after readSentFetches() must be examineAndFetchAll() of the same folder and item,
    // which then only reads.
    void sendExamineAndFetchAll(const QString& folder, const QByteArray& item);

    // UID FETCH uids (UID BODYSTRUCTURE): each message's MIME tree, by UID.
    Result<QHash<quint32, MessagePart>> structures(const QList<quint32>& uids);
    // UID FETCH uid (UID items...) of one message: every section it sent, keyed as the
    // server names it ("HEADER", "1.MIME", "2"). Empty when the message is gone.
    Result<QHash<QByteArray, QByteArray>> sections(quint32 uid, const QList<QByteArray>& items);
    // UID MOVE (RFC 6851) of exactly these messages; the mapping is empty when the
    // server gives no COPYUID.
    Result<UidMapping> move(const QList<quint32>& uids, const QString& target);
    Result<UidMapping> copy(const QList<quint32>& uids, const QString& target);
    Done markDeleted(const QList<quint32>& uids);
    Done clearDeleted(const QList<quint32>& uids);
    // UID EXPUNGE (RFC 4315): removes these messages only, never what other programs flagged.
    Done expunge(const QList<quint32>& uids);

private:
    using Connection = std::shared_ptr<vmime::net::imap::IMAPConnection>;
    class SectionReader;
    Common::Error closedByServer() const;
    Common::Error refusedByServer(const QString& action, const QString& said) const;
    QByteArray openCommand(const QString& folder, bool readOnly) const;
    Done fetchSet(const QByteArray& uidSet, const QByteArray& item, const Visit& visit);
    // The session's connection, or why there is none.
    Result<Connection> connected();
    // Sends command on the session's connection.
    Result<Connection> send(const QByteArray& command);
    // A vmime exception in the middle of a command: the connection is out of step.
    Common::Error failed(const QByteArray& command, const std::exception& failure);
    // The error of a vmime exception that leaves the connection unusable.
    Common::Error broken(const std::exception& failure);
    // Sends command and reads its answer without vmime's parser, handing each untagged
    // response to visit as soon as it is whole: for the answers that carry mail.
    Done stream(const QByteArray& command, const QString& action,
        const std::function<void(const ImapResponse&)>& visit, QByteArray* tagged = nullptr);
    // Reads the answer with this tag off the reader: refused by the server, or the
    // connection closed, it fails.
    Done readAnswer(PipelinedAnswers& answers, const QByteArray& tag, const QByteArray& command,
        const QString& action, bool more, const std::function<void(const ImapResponse&)>& visit,
        QByteArray* tagged = nullptr);
    // Forgets every command sent ahead and the reader of their answers.
    void dropSent();
    // The reader of answers off this connection's socket, kept while sent fetches wait:
    // the bytes read past one answer may be the next one's.
    PipelinedAnswers& answersOn(vmime::net::imap::IMAPConnection& connection);
    Result<std::unique_ptr<ParsedResponse>> run(const QByteArray& command, const QString& action);
    QByteArray mailboxName(const QString& folder) const;
    Result<UidMapping> transfer(
        const QByteArray& verb, const QList<quint32>& uids, const QString& target, const QString& action);

    struct SentFetch {
        QByteArray tag;
        QByteArray command;
    };
    struct SentOpening {
        SentFetch examine;
        SentFetch fetch;
    };
    // Sends both; the tags are those vmime gave them.
    Result<SentOpening> sendOpening(const QByteArray& examine, const QByteArray& fetch);

    ImapConnection& m_connection;
    std::unique_ptr<PipelinedAnswers> m_answers;
    std::deque<SentFetch> m_sentFetches; // oldest first
    std::optional<SentOpening> m_sentOpening; // after the fetches
    std::optional<Common::Error> m_sendError; // why a fetch could not be sent, for readSentFetches()
};

} // namespace Core::Imap
