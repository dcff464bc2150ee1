#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpSocket>

#include <functional>

// The lower bound the IMAP benchmark compares neversent-cli with: a client that asks for
// the same bytes in the fewest commands, one after another on a blocking socket, and does
// nothing with the answers beyond finding the literals ({n}) and the tagged completion. It
// knows no reconnects, caches, stores or analysis.
class MinimalImapClient {
public:
    struct Outcome {
        bool ok = false;
        QString error;
        double seconds = 0; // TCP connect to the LOGOUT's tagged OK
        qint64 bytesReceived = 0; // from the server, literals included
        qint64 bytesSent = 0;
        int commands = 0;
        int headers = 0; // header sections read (INBOX and Sent)
        int candidates = 0; // INBOX messages HeaderTriage lets through
        int bodies = 0; // message bodies read
        double triageSeconds = 0; // HeaderTriage::mayBeAutomatic over every INBOX header
    };

    MinimalImapClient(quint16 port, QByteArray user, QByteArray password);

    // LOGIN; EXAMINE INBOX; one UID FETCH 1:* of the scan's header fields; HeaderTriage on
    // each; one UID FETCH of the first 1 MB of every candidate; EXAMINE Sent; one UID FETCH
    // 1:* of the Sent fields; LOGOUT.
    Outcome firstScan(const QByteArray& inboxFields, const QByteArray& sentFields);
    // LOGIN; STATUS INBOX; STATUS Sent; LOGOUT: what finding out that nothing changed costs.
    Outcome unchangedRescan();
    // LOGIN; SELECT from; one UID FETCH 1:* of the Message-ID (to recognise them, as a clean
    // does); one UID MOVE 1:* to; LOGOUT.
    Outcome moveAll(const QByteArray& from, const QByteArray& to);

private:
    // One response: its text with the literals left out, and the literals in order.
    using ResponseVisitor = std::function<void(const QByteArray& text, const QList<QByteArray>& literals)>;

    bool open(QString* error);
    bool command(const QByteArray& text, QString* error, const ResponseVisitor& visit = {});
    bool readResponse(QByteArray* text, QList<QByteArray>* literals, QString* error);
    bool readLine(QByteArray* line, QString* error);
    bool readExactly(qsizetype count, QByteArray* bytes, QString* error);
    bool fill(QString* error);
    Outcome finish(Outcome outcome, bool ok, const QString& error);

    const quint16 m_port;
    const QByteArray m_user;
    const QByteArray m_password;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_tag = 0;
    int m_commands = 0;
    qint64 m_received = 0;
    qint64 m_sent = 0;
};
