#include "mail/MessageSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Core::Mail {

namespace {

    QString joined(const QString& folder, const QString& relative)
    {
        return folder.endsWith(u'/') ? folder + relative : folder + u'/' + relative;
    }

    bool isFromLine(QByteArrayView line)
    {
        return line.startsWith("From ");
    }

} // namespace

MessageSource::MessageSource(const QStringList& paths)
{
    for (const QString& path : paths)
        m_pending.push_back({ path, path, true });
}

MessageSource::~MessageSource() = default;

QStringList MessageSource::missingPaths(const QStringList& paths)
{
    QStringList missing;
    for (const QString& path : paths) {
        // Not readable is also what a path that does not exist is: one look per path.
        if (!QFileInfo(path).isReadable())
            missing.append(path);
    }
    return missing;
}

void MessageSource::expandFolder(const QString& path)
{
    const QDir root(QDir(path).absolutePath());
    QStringList relatives;
    // Hidden files are mail programs' bookkeeping (and placeholders), not messages.
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        relatives.append(root.relativeFilePath(it.fileInfo().absoluteFilePath()));
    }
    std::sort(relatives.begin(), relatives.end());
    // In the folder's place, before the paths named after it.
    for (auto relative = relatives.crbegin(); relative != relatives.crend(); ++relative)
        m_pending.push_front({ joined(path, *relative), root.filePath(*relative), false });
}

bool MessageSource::isMbox(QByteArrayView start)
{
    return start.startsWith("From ");
}

bool MessageSource::next(Message* message)
{
    while (true) {
        if (m_mbox) {
            if (nextFromMbox(message))
                return true;
            m_mbox.reset();
        }
        if (m_pending.empty())
            return false;
        const Entry entry = m_pending.front();
        m_pending.pop_front();
        // A message file is read whole in one go, without QFile's buffer: most paths are
        // message files, and each costs its system calls on the thread that feeds the
        // analysis. read(n) reserves n bytes first: ask for what the file holds.
        auto file = std::make_unique<QFile>(entry.filePath);
        const auto unopened = [&] {
            *message = { entry.source, {}, tr("The file cannot be opened: %1").arg(file->errorString()) };
            return true;
        };
        if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            // QFile opens no folder. Asking first whether each named path is one cost
            // every message file a look of its own, all before the first was analysed.
            if (entry.named && QFileInfo(entry.filePath).isDir()) {
                expandFolder(entry.filePath);
                continue;
            }
            return unopened();
        }
        QByteArray bytes = file->read(qMin(file->size(), MaxMessageBytes));
        if (isMbox(bytes)) {
            // An mbox is read a line at a time, through the buffer, from its start.
            file->close();
            if (!file->open(QIODevice::ReadOnly))
                return unopened();
            m_mbox = std::move(file);
            m_mboxSource = entry.source;
            m_mboxIndex = 0;
            m_mboxFromLine = m_mbox->readLine();
            continue;
        }
        *message = { entry.source, std::move(bytes), {} };
        return true;
    }
}

bool MessageSource::nextFromMbox(Message* message)
{
    if (m_mbox->atEnd() && m_mboxFromLine.isEmpty())
        return false;
    QByteArray bytes;
    m_mboxFromLine.clear();
    // One buffer for every line: a fresh QByteArray per line costs more than the parsing.
    // A line longer than the buffer arrives in pieces; only a piece that starts a line
    // can be an envelope line or quoted.
    m_lineBuffer.resize(LineBufferBytes);
    bool atLineStart = true;
    while (!m_mbox->atEnd()) {
        const qint64 length = m_mbox->readLine(m_lineBuffer.data(), LineBufferBytes);
        if (length <= 0)
            break;
        QByteArrayView line(m_lineBuffer.constData(), length);
        const bool startsLine = atLineStart;
        atLineStart = line.endsWith('\n');
        if (startsLine && isFromLine(line)) {
            m_mboxFromLine = line.toByteArray();
            break;
        }
        // mboxrd: one level of ">From " quoting was added when the message was stored.
        if (startsLine && line.startsWith('>')) {
            qsizetype quotes = 0;
            while (quotes < line.size() && line.at(quotes) == '>')
                ++quotes;
            if (line.sliced(quotes).startsWith("From "))
                line = line.sliced(1);
        }
        if (bytes.size() < MaxMessageBytes)
            bytes += line;
    }
    ++m_mboxIndex;
    // A file holding one message behind an envelope line is a message file, not a mailbox.
    const bool alone = m_mboxIndex == 1 && m_mboxFromLine.isEmpty();
    const QString source = alone ? m_mboxSource : m_mboxSource + u'#' + QString::number(m_mboxIndex);
    *message = { source, std::move(bytes), {} };
    return true;
}

} // namespace Core::Mail
