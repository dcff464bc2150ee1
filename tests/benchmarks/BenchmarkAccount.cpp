#include "BenchmarkAccount.h"

#include "DovecotFixture.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

bool isMessageFile(const QString& path)
{
    // The corpus folders also hold license files, its README and the labels.
    return path.endsWith(u".eml") || path.endsWith(u".txt");
}

QByteArray uniformLineEnds(QByteArray bytes)
{
    // A mail server keeps lines as it received them over SMTP: never bare CR (the corpus
    // has an old-Mac copy of some bounces). Dovecot serves LF as CRLF.
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    return bytes;
}

} // namespace

BenchmarkAccount::BenchmarkAccount(QString corpusDirectory)
    : m_corpus(std::move(corpusDirectory))
{
}

bool BenchmarkAccount::load(QString* error)
{
    QFile labels(m_corpus + QStringLiteral("/expected.jsonl"));
    if (!labels.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(labels.fileName());
        return false;
    }
    for (const QByteArray& line : labels.readAll().split('\n')) {
        const QJsonObject label = QJsonDocument::fromJson(line).object();
        const QString id = label.value(u"message_id").toString();
        if (!id.isEmpty())
            m_originalIds.insert(label.value(u"file").toString(), id.toUtf8());
    }
    return loadFolder(QStringLiteral("bounces"), &m_bounces, error)
        && loadFolder(QStringLiteral("not-bounces"), &m_ordinary, error);
}

bool BenchmarkAccount::loadFolder(const QString& folder, QList<CorpusMessage>* messages, QString* error) const
{
    QStringList paths;
    QDirIterator it(m_corpus + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isMessageFile(path))
            paths.append(path);
    }
    paths.sort();
    const QDir corpus(m_corpus);
    for (const QString& path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        CorpusMessage message = split(file.readAll());
        message.originalMessageId = m_originalIds.value(corpus.relativeFilePath(path));
        messages->append(std::move(message));
    }
    if (messages->isEmpty()) {
        *error = QStringLiteral("no messages below %1/%2").arg(m_corpus, folder);
        return false;
    }
    return true;
}

BenchmarkAccount::CorpusMessage BenchmarkAccount::split(QByteArray bytes)
{
    bytes = uniformLineEnds(std::move(bytes));
    // An mbox "From " envelope line is not part of the message.
    if (bytes.startsWith("From ")) {
        const qsizetype end = bytes.indexOf('\n');
        bytes.remove(0, end < 0 ? bytes.size() : end + 1);
    }
    qsizetype headerEnd = bytes.indexOf("\n\n");
    headerEnd = headerEnd < 0 ? bytes.size() : headerEnd + 1;
    CorpusMessage message;
    message.body = bytes.mid(headerEnd);
    // The header without its Message-ID field (continuation lines included): each copy
    // in the mailbox gets one of its own.
    bool skipping = false;
    for (const QByteArray& line : bytes.left(headerEnd).split('\n')) {
        if (line.isEmpty())
            continue;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation)
            skipping = line.toLower().startsWith("message-id:");
        if (!skipping)
            message.header += line + '\n';
    }
    return message;
}

QByteArray BenchmarkAccount::sentMessage(int index, int total, const QByteArray& messageId)
{
    // Spread over thirty years, so that the Sent folder reaches back before the bounces.
    static const QDateTime first(QDate(1995, 1, 1), QTime(9, 0), QTimeZone::utc());
    const qint64 span = qint64(30) * 365 * 24 * 3600;
    const QDateTime date = first.addSecs(total > 1 ? span * index / (total - 1) : 0);
    const QByteArray number = QByteArray::number(index);
    const QByteArray friendNumber = QByteArray::number(index % 997);
    QByteArray message = "From: Sam Example <sam@bench-sender.invalid>\n";
    message += "To: Friend " + friendNumber + " <friend" + friendNumber + "@bench-recipients.invalid>\n";
    if (index % 5 == 0)
        message += "Cc: colleague" + QByteArray::number(index % 31) + "@bench-recipients.invalid\n";
    message += "Subject: Notes number " + number + " about the plans\n";
    message += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + '\n';
    message += "Message-ID: " + messageId + '\n';
    message += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n";
    message += "Hello,\n\nhere are my notes number " + number + ". Talk soon.\n\nSam\n";
    return message;
}

bool BenchmarkAccount::fill(DovecotFixture& server, int inboxMessages, int sentMessages, QString* error)
{
    m_composition = {};
    // Sent first: the originals of every fourth bounce file that appears in the INBOX.
    const int bouncesInInbox = (inboxMessages + 1) / 2;
    QList<QByteArray> originals;
    for (int i = 0; i < qMin(int(m_bounces.size()), bouncesInInbox); i += 4) {
        if (!m_bounces.at(i).originalMessageId.isEmpty())
            originals.append('<' + m_bounces.at(i).originalMessageId + '>');
    }
    for (int i = 0; i < sentMessages; ++i) {
        const bool original = i < originals.size();
        const QByteArray messageId
            = original ? originals.at(i) : "<sent-" + QByteArray::number(i) + ".bench@neversent.invalid>";
        const QByteArray message = sentMessage(i, sentMessages, messageId);
        if (!server.addMessage(QStringLiteral("Sent"), message, error))
            return false;
        ++m_composition.sent;
        m_composition.sentOriginals += original;
        m_composition.sentBytes += message.size();
    }

    int bounce = 0;
    int ordinary = 0;
    for (int i = 0; i < inboxMessages; ++i) {
        const bool isBounce = i % 2 == 0;
        const CorpusMessage& source = isBounce ? m_bounces.at(bounce++ % m_bounces.size())
                                               : m_ordinary.at(ordinary++ % m_ordinary.size());
        const QByteArray message = "Message-ID: <inbox-" + QByteArray::number(i)
            + ".bench@neversent.invalid>\n" + source.header + source.body;
        if (!server.addMessage(QStringLiteral("INBOX"), message, error))
            return false;
        m_composition.inboxBytes += message.size();
    }
    m_composition.inbox = inboxMessages;
    m_composition.bounces = bounce;
    m_composition.ordinary = ordinary;
    return true;
}
