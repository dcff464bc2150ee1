#pragma once

#include "imap/ResponseAssembler.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace vmime::net {
class socket;
}
namespace vmime::net::imap {
class IMAPConnection;
}

namespace Core::Imap {

// Answers read straight off a connection's socket, for commands sent one after another
// without waiting for each answer (each tagged by vmime as it was sent), and for the
// answers that carry mail: each untagged response is handed on as soon as it is whole.
// The reader is kept while answers are awaited, since the bytes read past one answer may
// be the next one's. Throws vmime's exceptions where the connection is out of step.
class PipelinedAnswers {
public:
    explicit PipelinedAnswers(vmime::net::imap::IMAPConnection& connection);

    bool isOn(const vmime::net::imap::IMAPConnection& connection) const;

    struct Ending {
        enum class Kind {
            Ok,
            Refused, // NO or BAD: the connection stays in step
            Closed, // BYE: the server ended the connection
            GoAhead, // a continuation request: the server waits for the rest of the command
        };
        Kind kind = Kind::Ok;
        QByteArray status; // the tagged line after the tag: "OK [READ-ONLY] Done."
        QString said; // for Refused: the server's words without the response code
    };

    // Reads the answer to the command with this tag. answersFollow tells, when the tagged
    // line comes, whether other commands were sent behind this one (whose answers may
    // already be in the bytes read); without, bytes after the answer put it out of step.
    Ending read(const QByteArray& tag, const QByteArray& command, const std::function<bool()>& answersFollow,
        const std::function<void(const ImapResponse&)>& visit);

    // Reads up to the server's go-ahead ("+ idling") to the command with this tag, or up
    // to its answer where it gives none.
    Ending readGoAhead(const QByteArray& tag, const QByteArray& command,
        const std::function<void(const ImapResponse&)>& visit);
    // The next whole untagged response, waited for until the time is up (none then): for
    // IDLE, where the server rightly says nothing for minutes. Only a cancel ends the wait
    // sooner (the timeout handler then throws).
    std::optional<ImapResponse> nextUntil(std::chrono::steady_clock::time_point until);

    // "OK", "ok done" and "OK [CODE] done" start with the word "OK"; "OKAY" does not.
    static bool startsWithWord(QByteArrayView text, QByteArrayView word);
    // The words of the response code of an OK status ("OK [UIDNEXT 4] Predicted" gives
    // UIDNEXT and 4; the untagged "* " and the tag taken off first); none for anything else.
    static QByteArrayList okCodeOf(QByteArrayView status);

private:
    Ending readUntil(const QByteArray& tag, const QByteArray& command,
        const std::function<bool()>& answersFollow, const std::function<void(const ImapResponse&)>& visit,
        bool goAheadEnds);
    // Waits for what the server sends next, as vmime's parser waits.
    void receive();

    const vmime::net::imap::IMAPConnection* m_connection;
    std::shared_ptr<vmime::net::socket> m_socket;
    ResponseAssembler m_assembler;
};

} // namespace Core::Imap
