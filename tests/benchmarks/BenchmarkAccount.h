#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class DovecotFixture;

// The mailbox the IMAP benchmark scans, made from the labelled corpus: an INBOX that
// alternates a bounce (round robin over tests/data/corpus/bounces) and an ordinary message
// (round robin over tests/data/corpus/not-bounces), each with a Message-ID of its own, and
// a Sent folder of small generated messages. For every fourth bounce file whose original
// Message-ID the corpus labels know, Sent also has that original, so that some bounces are
// genuine and the rest backscatter, as in a real mailbox.
class BenchmarkAccount {
public:
    struct Composition {
        int inbox = 0;
        int bounces = 0;
        int ordinary = 0;
        int sent = 0;
        int sentOriginals = 0; // Sent messages a bounce is about
        qint64 inboxBytes = 0;
        qint64 sentBytes = 0;
    };

    explicit BenchmarkAccount(QString corpusDirectory);

    // Reads the corpus files into memory (a few MB).
    bool load(QString* error);
    // Writes the messages into the fixture's Maildir: before start() is fastest.
    bool fill(DovecotFixture& server, int inboxMessages, int sentMessages, QString* error);
    Composition composition() const { return m_composition; }
    int bounceFiles() const { return int(m_bounces.size()); }
    int ordinaryFiles() const { return int(m_ordinary.size()); }

private:
    struct CorpusMessage {
        QByteArray header; // LF line ends, without Message-ID, ending in "\n"
        QByteArray body; // from the empty line on
        QByteArray originalMessageId;
    };

    bool loadFolder(const QString& folder, QList<CorpusMessage>* messages, QString* error) const;
    static CorpusMessage split(QByteArray bytes);
    static QByteArray sentMessage(int index, int total, const QByteArray& messageId);

    const QString m_corpus;
    QHash<QString, QByteArray> m_originalIds; // corpus-relative path -> original Message-ID
    QList<CorpusMessage> m_bounces;
    QList<CorpusMessage> m_ordinary;
    Composition m_composition;
};
