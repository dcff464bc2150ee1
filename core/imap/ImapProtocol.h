#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "imap/FolderInfo.h"
#include "imap/FolderStatus.h"
#include "imap/MessagePart.h"
#include "imap/UidMapping.h"

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
    explicit ImapProtocol(ImapConnection& connection);
    ~ImapProtocol();

    bool hasCapability(const char* name) const;
    // Every folder with what it is for. Asks with LIST ... RETURN (SPECIAL-USE) where the
    // server knows it (some send the attributes only when asked), else lists plainly.
    // With statuses, and where the server has LIST-STATUS (RFC 5819), the same round trip
    // also answers STATUS for every folder.
    std::optional<QList<FolderInfo>> folders(
        QString* error, QHash<QString, FolderStatus>* statuses = nullptr);
    // Without selecting the folder: the cheap "has anything changed?" question.
    std::optional<FolderStatus> status(const QString& folder, QString* error);
    // EXAMINE (readOnly: nothing changes, nothing is marked read) or SELECT.
    std::optional<FolderStatus> open(const QString& folder, bool readOnly, QString* error);
    // Leaves the selected folder without expunging anything (never CLOSE).
    bool leave(QString* error);

    // UID SEARCH in the selected folder; criteria as IMAP says them ("ALL").
    std::optional<QList<quint32>> searchUids(const QByteArray& criteria, QString* error);
    // UID FETCH uids (UID RFC822.SIZE item) in one command; item is one BODY.PEEK[...]
    // section. Messages gone from the folder are simply missing from what visit sees.
    bool fetch(const QList<quint32>& uids, const QByteArray& item,
        const std::function<void(const FetchedMessage&)>& visit, QString* error);
    // The same fetch sent now, in as many commands as the UIDs need, without waiting for
    // any answer: also from the visit of another fetch, whose answer is still arriving.
    // The server answers it next, with no round trip in between. Its messages come from
    // readSentFetches(), which must follow before any other command.
    void sendFetch(const QList<quint32>& uids, const QByteArray& item);
    // Reads the answers to every fetch sent, in order; meanwhile runs first, while the
    // server prepares them. Each is read to its end even when one is refused, so that the
    // connection stays in step.
    bool readSentFetches(const std::function<void(const FetchedMessage&)>& visit, QString* error,
        const std::function<void()>& meanwhile = {});
    // The same for every message in the folder (UID FETCH 1:*).
    bool fetchAll(
        const QByteArray& item, const std::function<void(const FetchedMessage&)>& visit, QString* error);
    // EXAMINE folder and UID FETCH 1:* of item, sent together: one round trip, not two.
    // opened sees the folder's state first and says whether its messages are wanted (set
    // the error when not): a folder found changed is read to the end of the answer and
    // handed to nobody.
    std::optional<FolderStatus> examineAndFetchAll(const QString& folder, const QByteArray& item,
        const std::function<bool(const FolderStatus&, QString*)>& opened,
        const std::function<void(const FetchedMessage&)>& visit, QString* error);
    // Sends those two commands now, behind the fetches sent: the server opens the folder
    // as soon as it has answered them, with no round trip in between. The next command
    // after readSentFetches() must be examineAndFetchAll() of the same folder and item,
    // which then only reads.
    void sendExamineAndFetchAll(const QString& folder, const QByteArray& item);

    // UID FETCH uids (UID BODYSTRUCTURE): each message's MIME tree, by UID.
    std::optional<QHash<quint32, MessagePart>> structures(const QList<quint32>& uids, QString* error);
    // UID FETCH uid (UID items...) of one message: every section it sent, keyed as the
    // server names it ("HEADER", "1.MIME", "2"). Empty when the message is gone.
    std::optional<QHash<QByteArray, QByteArray>> sections(
        quint32 uid, const QList<QByteArray>& items, QString* error);
    // UID MOVE (RFC 6851) of exactly these messages; the mapping is empty when the
    // server gives no COPYUID.
    std::optional<UidMapping> move(const QList<quint32>& uids, const QString& target, QString* error);
    std::optional<UidMapping> copy(const QList<quint32>& uids, const QString& target, QString* error);
    bool markDeleted(const QList<quint32>& uids, QString* error);
    bool clearDeleted(const QList<quint32>& uids, QString* error);
    // UID EXPUNGE (RFC 4315): removes these messages only, never what other programs flagged.
    bool expunge(const QList<quint32>& uids, QString* error);

    // The last failure was the connection itself (dropped, timed out, out of step): only a
    // new connection can go on.
    bool connectionLost() const { return m_connectionLost; }

private:
    class SectionReader;
    QString closedByServer() const;
    QString refusedByServer(const QString& action, const QString& said) const;
    QByteArray openCommand(const QString& folder, bool readOnly) const;
    bool fetchSet(const QByteArray& uidSet, const QByteArray& item,
        const std::function<void(const FetchedMessage&)>& visit, QString* error);
    // The session's connection; nullptr (with the error) when there is none.
    std::shared_ptr<vmime::net::imap::IMAPConnection> connected(QString* error);
    // Sends command on the session's connection; nullptr (with the error) when there is none.
    std::shared_ptr<vmime::net::imap::IMAPConnection> send(const QByteArray& command, QString* error);
    // A vmime exception in the middle of a command: the connection is out of step.
    void failed(const QByteArray& command, const std::exception& failure, QString* error);
    // Sends command and reads its answer without vmime's parser, handing each untagged
    // response to visit as soon as it is whole: for the answers that carry mail.
    bool stream(const QByteArray& command, const QString& action,
        const std::function<void(const ImapResponse&)>& visit, QString* error, QByteArray* tagged = nullptr);
    // Reads the answer with this tag off the reader; false (with the error) when the
    // server refused the command or closed the connection.
    bool readAnswer(PipelinedAnswers& answers, const QByteArray& tag, const QByteArray& command,
        const QString& action, bool more, const std::function<void(const ImapResponse&)>& visit,
        QString* error, QByteArray* tagged = nullptr);
    // Forgets every command sent ahead and the reader of their answers.
    void dropSent();
    // The reader of answers off this connection's socket, kept while sent fetches wait:
    // the bytes read past one answer may be the next one's.
    PipelinedAnswers& answersOn(vmime::net::imap::IMAPConnection& connection);
    std::unique_ptr<ParsedResponse> run(const QByteArray& command, const QString& action, QString* error);
    QByteArray mailboxName(const QString& folder) const;
    std::optional<UidMapping> transfer(const QByteArray& verb, const QList<quint32>& uids,
        const QString& target, const QString& action, QString* error);

    struct SentFetch {
        QByteArray tag;
        QByteArray command;
    };
    struct SentOpening {
        SentFetch examine;
        SentFetch fetch;
    };
    // Sends both, or says why not; the tags are those vmime gave them.
    std::optional<SentOpening> sendOpening(
        const QByteArray& examine, const QByteArray& fetch, QString* error);

    ImapConnection& m_connection;
    bool m_connectionLost = false;
    std::unique_ptr<PipelinedAnswers> m_answers;
    std::deque<SentFetch> m_sentFetches; // oldest first
    std::optional<SentOpening> m_sentOpening; // after the fetches
    QString m_sendError; // why a fetch could not be sent, for readSentFetches()
};

} // namespace Core::Imap
