#include "mail/MaildirFolder.h"

#include "analysis/MessageSanitizer.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Core::Mail {

namespace {

    // Version 1 wrote file names as they are, so a name with a space at an end or a line
    // end in it came back as another name (found by fuzzing); version 2 percent-encodes
    // them, and version 1 lists are still read.
    const QByteArray listMagic = QByteArrayLiteral("neversent-uidlist");
    const QByteArray listVersion = QByteArrayLiteral("2");

    // The highest UID a folder gives out when it is opened: the half of the 32 bits above
    // it is left for the files moved in while it is open.
    constexpr quint64 HighestOpeningUid = 0x7fffffff;

    quint32 freshUidValidity()
    {
        quint32 value = 0;
        while (value == 0)
            value = QRandomGenerator::global()->generate();
        return value;
    }

} // namespace

MaildirFolder::MaildirFolder(QString path)
    : m_path(std::move(path))
{
}

std::optional<MaildirFolder> MaildirFolder::open(const QString& path, QString* error)
{
    MaildirFolder folder(path);
    if (!folder.load(error))
        return std::nullopt;
    return folder;
}

QString MaildirFolder::listPath() const
{
    return QDir(m_path).filePath(QStringLiteral(".neversent-uidlist"));
}

QString MaildirFolder::uniquePart(const QString& fileName)
{
    return fileName.section(InfoSeparator, 0, 0);
}

QString MaildirFolder::keyOf(
    const QString& subfolder, const QString& fileName, const std::function<bool(const QString&)>& taken)
{
    // Two files with one unique part break the Maildir rules; each still counts. One
    // name in both cur/ and new/ (found by fuzzing) is told apart by its subfolder.
    QString key = uniquePart(fileName);
    if (taken(key))
        key = fileName;
    if (taken(key))
        key = subfolder + u'/' + fileName;
    return key;
}

bool MaildirFolder::load(QString* error)
{
    const QDir dir(m_path);
    if (!dir.exists(QStringLiteral("cur")) || !dir.exists(QStringLiteral("new"))) {
        *error = tr("The folder %1 is not a mail folder (it has no cur and new folders).").arg(m_path);
        return false;
    }

    QHash<QString, quint32> listed;
    QSet<quint32> listedUids;
    QFile list(listPath());
    if (list.open(QIODevice::ReadOnly)) {
        // A list that cannot be read is started afresh under a new UIDVALIDITY, as a
        // server does when it loses its numbering: old UIDs then match nothing.
        const QList<QByteArray> head = list.readLine().trimmed().split(' ');
        if (head.size() == 4 && head.at(0) == listMagic && (head.at(1) == "1" || head.at(1) == listVersion)) {
            const bool encoded = head.at(1) == listVersion;
            m_uidValidity = head.at(2).toUInt();
            m_nextUid = head.at(3).toUInt();
            while (!list.atEnd()) {
                QByteArray line = list.readLine();
                if (line.endsWith('\n'))
                    line.chop(1);
                const qsizetype space = line.indexOf(' ');
                const quint32 uid = line.left(space).toUInt();
                const QByteArray name = line.mid(space + 1);
                // A UID listed twice would name two messages: the second file is numbered anew.
                if (space > 0 && uid != 0 && uid < m_nextUid && !listedUids.contains(uid)) {
                    listed.insert(
                        QString::fromUtf8(encoded ? QByteArray::fromPercentEncoding(name) : name), uid);
                    listedUids.insert(uid);
                }
            }
        }
        if (m_uidValidity == 0 || m_nextUid == 0) {
            qCInfo(lcMail) << "unreadable UID list in" << m_path << "- numbering the folder anew";
            listed.clear();
        }
    }
    bool changed = m_uidValidity == 0 || m_nextUid == 0;
    if (changed) {
        m_uidValidity = freshUidValidity();
        m_nextUid = 1;
    }

    struct Found {
        QString key;
        QString fileName;
        Message message;
    };
    QList<Found> fresh;
    QSet<QString> claimed;
    for (const QString& subfolder : { QStringLiteral("cur"), QStringLiteral("new") }) {
        const QFileInfoList files
            = QDir(dir.filePath(subfolder)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& file : files) {
            const QString key = keyOf(
                subfolder, file.fileName(), [&](const QString& taken) { return claimed.contains(taken); });
            claimed.insert(key);
            Message message { listed.value(key), file.filePath(), file.size() };
            if (message.uid == 0) {
                fresh.append({ key, file.fileName(), message });
                continue;
            }
            m_uids.insert(key, message.uid);
            m_messages.append(message);
        }
    }
    if (quint64(m_nextUid) + quint64(fresh.size()) > HighestOpeningUid) {
        // Found by fuzzing: a list that says the next UID is near 2^32 made the numbers
        // wrap to 0. Out of UIDs, a folder is numbered anew, as a server does: every file
        // is new under a new UIDVALIDITY, and old UIDs match nothing.
        qCInfo(lcMail) << "UIDs used up in" << m_path << "- numbering the folder anew";
        QHash<quint32, QString> keys;
        for (auto it = m_uids.cbegin(); it != m_uids.cend(); ++it)
            keys.insert(it.value(), it.key());
        for (const Message& message : std::as_const(m_messages))
            fresh.append({ keys.value(message.uid), QFileInfo(message.filePath).fileName(), message });
        m_messages.clear();
        m_uids.clear();
        const quint32 old = m_uidValidity;
        while (m_uidValidity == old)
            m_uidValidity = freshUidValidity();
        m_nextUid = 1;
        changed = true;
    }
    std::sort(
        fresh.begin(), fresh.end(), [](const Found& a, const Found& b) { return a.fileName < b.fileName; });
    for (Found& found : fresh) {
        found.message.uid = m_nextUid++;
        m_uids.insert(found.key, found.message.uid);
        m_messages.append(found.message);
    }
    std::sort(m_messages.begin(), m_messages.end(),
        [](const Message& a, const Message& b) { return a.uid < b.uid; });
    changed = changed || !fresh.isEmpty() || listed.size() != m_uids.size();
    return !changed || save(error);
}

bool MaildirFolder::save(QString* error) const
{
    QSaveFile file(listPath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The message numbers of %1 cannot be saved: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(listMagic + ' ' + listVersion + ' ' + QByteArray::number(m_uidValidity) + ' '
        + QByteArray::number(m_nextUid) + '\n');
    for (auto it = m_uids.cbegin(); it != m_uids.cend(); ++it)
        file.write(QByteArray::number(it.value()) + ' ' + it.key().toUtf8().toPercentEncoding() + '\n');
    if (!file.commit()) {
        *error = tr("The message numbers of %1 cannot be saved: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<MaildirFolder::Message> MaildirFolder::message(quint32 uid) const
{
    const auto it = std::lower_bound(m_messages.cbegin(), m_messages.cend(), uid,
        [](const Message& message, quint32 wanted) { return message.uid < wanted; });
    if (it == m_messages.cend() || it->uid != uid)
        return std::nullopt;
    return *it;
}

std::optional<QByteArray> MaildirFolder::read(const QString& filePath, qint64 maxBytes, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be opened: %1").arg(file.errorString());
        return std::nullopt;
    }
    // read(n) reserves n bytes first: ask for what the file holds.
    return file.read(qMin(file.size(), maxBytes));
}

std::optional<QByteArray> MaildirFolder::readHeader(const QString& filePath, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be opened: %1").arg(file.errorString());
        return std::nullopt;
    }
    QByteArray header;
    while (header.size() < Analysis::MessageSanitizer::MaxMessageBytes && !file.atEnd()) {
        const QByteArray line
            = file.readLine(Analysis::MessageSanitizer::MaxMessageBytes - header.size() + 1);
        header += line;
        if (line == "\n" || line == "\r\n")
            break;
    }
    return header;
}

std::optional<quint32> MaildirFolder::moveTo(
    quint32 uid, MaildirFolder& target, const QString& subfolder, QString* error)
{
    const auto found = message(uid);
    if (!found) {
        *error = tr("There is no message %1 in %2.").arg(uid).arg(m_path);
        return std::nullopt;
    }
    const QString fileName = QFileInfo(found->filePath).fileName();
    const QString destination = QDir(target.m_path).filePath(subfolder + u'/' + fileName);
    // A rename within one file system: the message is in one place or the other, never lost.
    if (QFileInfo::exists(destination) || !QDir().rename(found->filePath, destination)) {
        *error = tr("The message file %1 could not be moved to %2.").arg(fileName, target.m_path);
        return std::nullopt;
    }
    forget(uid);
    const quint32 newUid = target.adopt(destination, found->size);
    // The file has moved whatever the lists say: a list not saved is rebuilt on the next
    // open, which numbers the file anew, and the move still counts.
    QString saveError;
    if (!save(&saveError) || !target.save(&saveError))
        qCWarning(lcMail) << saveError;
    return newUid;
}

std::optional<quint32> MaildirFolder::copyTo(
    quint32 uid, MaildirFolder& target, const QString& subfolder, QString* error)
{
    const auto found = message(uid);
    if (!found) {
        *error = tr("There is no message %1 in %2.").arg(uid).arg(m_path);
        return std::nullopt;
    }
    const QString fileName = QFileInfo(found->filePath).fileName();
    const QString destination = QDir(target.m_path).filePath(subfolder + u'/' + fileName);
    if (QFileInfo::exists(destination) || !QFile::copy(found->filePath, destination)) {
        *error = tr("The message file %1 could not be copied to %2.").arg(fileName, target.m_path);
        return std::nullopt;
    }
    const quint32 newUid = target.adopt(destination, found->size);
    QString saveError;
    if (!target.save(&saveError))
        qCWarning(lcMail) << saveError;
    return newUid;
}

quint32 MaildirFolder::adopt(const QString& filePath, qint64 size)
{
    const QFileInfo file(filePath);
    const QString key = keyOf(file.dir().dirName(), file.fileName(),
        [this](const QString& taken) { return m_uids.contains(taken); });
    const quint32 uid = m_nextUid++;
    m_uids.insert(key, uid);
    m_messages.append({ uid, filePath, size });
    return uid;
}

void MaildirFolder::forget(quint32 uid)
{
    m_messages.removeIf([uid](const Message& message) { return message.uid == uid; });
    m_uids.removeIf([uid](const QHash<QString, quint32>::iterator it) { return it.value() == uid; });
}

QString MaildirFolder::flags(const Message& message)
{
    const QString fileName = QFileInfo(message.filePath).fileName();
    const qsizetype info = fileName.indexOf(InfoSeparator + QStringLiteral("2,"));
    return info < 0 ? QString() : fileName.mid(info + 3);
}

bool MaildirFolder::setFlag(quint32 uid, QChar flag, bool on, QString* error)
{
    const auto it = std::find_if(
        m_messages.begin(), m_messages.end(), [uid](const Message& message) { return message.uid == uid; });
    if (it == m_messages.end()) {
        *error = tr("There is no message %1 in %2.").arg(uid).arg(m_path);
        return false;
    }
    QString now = flags(*it);
    if (now.contains(flag) == on)
        return true;
    if (on)
        now.append(flag);
    else
        now.remove(flag);
    std::sort(now.begin(), now.end()); // Maildir wants the flags in ASCII order
    const QString fileName = QFileInfo(it->filePath).fileName();
    const QString renamed = QDir(m_path).filePath(
        QStringLiteral("cur/") + uniquePart(fileName) + InfoSeparator + QStringLiteral("2,") + now);
    if (QFileInfo::exists(renamed) || !QDir().rename(it->filePath, renamed)) {
        *error = tr("The flags of message file %1 could not be changed.").arg(fileName);
        return false;
    }
    it->filePath = renamed;
    return true;
}

bool MaildirFolder::remove(quint32 uid, QString* error)
{
    const auto found = message(uid);
    if (!found || !QFile::remove(found->filePath)) {
        *error = tr("The message file of %1 in %2 could not be removed.").arg(uid).arg(m_path);
        return false;
    }
    forget(uid);
    return save(error);
}

} // namespace Core::Mail
